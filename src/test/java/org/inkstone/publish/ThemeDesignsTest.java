package org.inkstone.publish;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.options.FontSize;
import org.inkstone.options.RequestedOptions;
import org.inkstone.theme.Colour;
import org.inkstone.theme.Theme;
import org.inkstone.theme.ThemeLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each bundled theme promises, read back from its outputs: faces in the PDF, WeChat styles, numbering, the accent. */
class ThemeDesignsTest {
    private static final String DOC = """
            ---
            title: 样张
            ---
            # 样张

            正文，含**粗体**与 `code`，还有扩展B区的𠮷字。

            ## 背景

            ![](missing.png "示意图")
            """;

    private static Inkstone.Result build(Path dir, String theme, RequestedOptions options, String... formats) throws IOException {
        Path md = dir.resolve("a.md");
        Files.writeString(md, DOC);
        return Inkstone.builder().formats(formats).output(dir.resolve("out")).home(Path.of("")).theme(theme).options(options)
                .assets(AssetPolicy.defaults().withOffline(true))
                .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).build().publish(md);
    }

    private static Set<String> pdfFonts(Path pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName n : res.getFontNames()) {
                    PDFont f = res.getFont(n);
                    names.add(f.getName().replaceAll("^[A-Z]{6}\\+", ""));
                }
            }
        }
        return names;
    }

    private static Element wechat(Path dir) throws IOException {
        return Jsoup.parseBodyFragment(Files.readString(dir.resolve("out/a.wechat.html"))).body();
    }

    @Test
    void theFourNewThemesExtendTheDefaultWithANameAndAOneLineDescription() {
        ThemeLoader loader = new ThemeLoader(Path.of(""));
        for (String name : List.of("book", "sans", "vivid", "academic")) {
            Theme t = loader.load(name);
            assertEquals(name, t.properties().get("name"));
            assertEquals("default", t.properties().get("extends"), name);
            String description = t.properties().getOrDefault("description", "");
            assertTrue(!description.isBlank() && !description.contains("\n") && description.length() < 160, name + ": " + description);
        }
    }

    @Test
    void bookSetsTheTextInSongAndBoldInHeiWithWenKaiForWhatSongAndHeiLack(@TempDir Path dir) throws IOException {
        Inkstone.Result r = build(dir, "book", RequestedOptions.defaults(), "pdf");
        assertTrue(r.succeeded(), r.toString());
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.message().contains("no font")), r.diagnostics().toString());
        Set<String> fonts = pdfFonts(dir.resolve("out/a.pdf"));
        assertTrue(fonts.contains("BousungEG-Light-GB"), "the Song face (AR PL SungtiL GB): " + fonts);
        assertTrue(fonts.contains("WenQuanYiMicroHei"), "Hei for headings and bold: " + fonts);
        assertTrue(fonts.contains("WenQuanYiMicroHeiMono"), "code: " + fonts);
        assertTrue(fonts.contains("LXGWWenKai-Regular"), "𠮷 (CJK Extension B) from the fallback: " + fonts);
        assertFalse(fonts.contains("LXGWWenKai-Bold"), fonts.toString());
    }

    @Test
    void sansUsesHeiThroughout(@TempDir Path dir) throws IOException {
        assertTrue(build(dir, "sans", RequestedOptions.defaults(), "pdf").succeeded());
        Set<String> fonts = pdfFonts(dir.resolve("out/a.pdf"));
        assertTrue(fonts.contains("WenQuanYiMicroHei"), fonts.toString());
        assertFalse(fonts.contains("BousungEG-Light-GB"), fonts.toString());
    }

    @Test
    void vividMakesTheH2APillInTheAccentAndFollowsAChosenAccent(@TempDir Path dir) throws IOException {
        assertTrue(build(dir, "vivid", RequestedOptions.defaults(), "wechat").succeeded());
        String h2 = wechat(dir).selectFirst("h2").attr("style");
        assertTrue(h2.contains("background-color: #e0475b") && h2.contains("color: #ffffff") && h2.contains("border-radius"), h2);

        Path other = dir.resolve("blue");
        Files.createDirectories(other);
        RequestedOptions blue = RequestedOptions.builder().accent(Colour.parse("#0066cc").orElseThrow())
                .fontSize(FontSize.parse("15px").orElseThrow()).build();
        assertTrue(build(other, "vivid", blue, "wechat").succeeded());
        Element body = wechat(other);
        assertTrue(body.selectFirst("h2").attr("style").contains("background-color: #0066cc"), body.selectFirst("h2").attr("style"));
        assertTrue(body.selectFirst("section").attr("style").contains("font-size: 15px"), body.selectFirst("section").attr("style"));
        String html = body.html().toLowerCase(java.util.Locale.ROOT);
        for (String themeColour : List.of("#e0475b", "#fbe3e6", "#fdf2f4", "#f4b3bc", "#b8283c", "#fff8f9")) {
            assertFalse(html.contains(themeColour), themeColour + " should follow the chosen accent");
        }
    }

    @Test
    void academicNumbersHeadingsAndFiguresInTheWechatText(@TempDir Path dir) throws IOException {
        assertTrue(build(dir, "academic", RequestedOptions.defaults(), "wechat").succeeded());
        Element body = wechat(dir);
        assertEquals("1 背景", body.selectFirst("h2").text());
        assertEquals("图 1\u3000示意图", body.selectFirst("figcaption").text());
    }
}
