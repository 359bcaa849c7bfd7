package org.inkstone.theme;

import org.inkstone.TestDocs;
import org.inkstone.cache.Caches;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.font.GlyphCoverage;
import org.inkstone.font.LoadedFace;
import org.inkstone.fuzz.OutputChecks;
import org.inkstone.options.AutoSwitch;
import org.inkstone.options.FontSize;
import org.inkstone.options.PageSize;
import org.inkstone.options.PdfOptions;
import org.inkstone.options.RequestedOptions;
import org.inkstone.publish.Inkstone;
import org.inkstone.render.epub.EpubCheckResult;
import org.inkstone.render.pdf.VeraPdf;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundled theme builds features.md to every output: the EPUB passes EPUBCheck with no error or warning,
 * the PDF/A passes veraPDF, the WeChat fragment keeps its rules, every character of features.md and the example
 * article has a glyph in the theme's faces, and {@code --accent} and {@code --font-size} still reach the output.
 */
class BundledThemesTest {
    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final Path ARTICLE = HOME.resolve("examples/article.md");
    private static final Caches CACHES = new Caches();

    @TempDir
    static Path dir;

    static List<String> themes() {
        return new ThemeLoader(HOME).available();
    }

    @BeforeAll
    static void fiveThemesOrMore() {
        assertTrue(themes().size() >= 5, "at least five bundled themes: " + themes());
    }

    private static Inkstone inkstone(String theme, Path out, RequestedOptions options, String... formats) {
        return Inkstone.builder().formats(formats).output(out).home(HOME).theme(theme).caches(CACHES)
                .clock(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC)).options(options).build();
    }

    @ParameterizedTest
    @MethodSource("themes")
    void everyOutputPassesItsValidator(String theme) throws IOException {
        Path out = dir.resolve(theme + "-all");
        RequestedOptions pdfA = RequestedOptions.builder()
                .pdf(new PdfOptions(PageSize.A5, AutoSwitch.AUTO, false, true, false)).build();
        Inkstone.Result r = inkstone(theme, out, pdfA, "pdf", "epub", "wechat", "html").publish(TestDocs.FEATURES);
        assertTrue(r.succeeded(), theme + ": " + r.failure());
        List<String> glyphWarnings = r.diagnostics().stream().map(Diagnostic::toString)
                .filter(s -> s.contains("no font of the theme")).toList();
        assertEquals(List.of(), glyphWarnings, theme + ": every character has a glyph in the PDF");

        EpubCheckResult check = EpubCheckResult.check(out.resolve("features.epub"));
        assertTrue(check.clean(), theme + " EPUB: " + check.summary());
        VeraPdf.assertCompliant(Files.readAllBytes(out.resolve("features.pdf")), "2u");
        OutputChecks.wechatFragment(theme, Files.readAllBytes(out.resolve("features.wechat.html")));
        assertTrue(Jsoup.parse(Files.readString(out.resolve("features.html"))).select("h2").size() > 3,
                theme + ": the web page has the headings");
    }

    @ParameterizedTest
    @MethodSource("themes")
    void everyCharacterOfTheSamplesHasAGlyphInTheThemesFaces(String theme) throws IOException {
        Theme loaded = new ThemeLoader(HOME).load(theme);
        List<LoadedFace> faces = CACHES.fonts().faces().loadAll(loaded.printFonts());
        GlyphCoverage coverage = new GlyphCoverage(faces);
        for (Path sample : List.of(TestDocs.FEATURES, ARTICLE)) {
            String text = Files.readString(sample);
            SortedSet<Integer> missing = coverage.missing(text.replaceAll("\\s", ""));
            assertTrue(missing.isEmpty(), theme + " lacks glyphs for " + sample.getFileName() + ": " + GlyphCoverage.describe(missing));
        }
    }

    @ParameterizedTest
    @MethodSource("themes")
    void accentAndFontSizeReachTheWechatFragment(String theme) throws IOException {
        Path out = dir.resolve(theme + "-accent");
        RequestedOptions chosen = RequestedOptions.builder().accent(Colour.parse("#1a7f37").orElseThrow())
                .fontSize(FontSize.parse("17px").orElseThrow()).build();
        Inkstone.Result r = inkstone(theme, out, chosen, "wechat").publish(ARTICLE);
        assertTrue(r.succeeded(), theme + ": " + r.failure());
        String fragment = Files.readString(out.resolve("article.wechat.html")).toLowerCase(Locale.ROOT);
        String own = new ThemeLoader(HOME).load(theme).properties().getOrDefault("accent", "").strip().toLowerCase(Locale.ROOT);
        assertTrue(fragment.contains("#1a7f37"), theme + ": the chosen accent is used");
        assertFalse(!own.isEmpty() && fragment.contains(own), theme + ": the theme's own accent " + own + " is replaced everywhere");
        Element root = Jsoup.parseBodyFragment(fragment).body().child(0);
        Element paragraph = root.selectFirst("p");
        assertTrue(paragraph != null && (paragraph.attr("style") + root.attr("style")).contains("font-size: 17px"),
                theme + ": the chosen size is the body text's: " + (paragraph == null ? root.attr("style") : paragraph.attr("style")));
    }

    @Test
    void everyThemeHasADescription() {
        for (String theme : themes()) {
            String description = new ThemeLoader(HOME).load(theme).properties().getOrDefault("description", "").strip();
            assertFalse(description.isEmpty(), theme + " has a description= line");
            assertFalse(description.contains("\n"), theme + ": one line");
        }
    }
}
