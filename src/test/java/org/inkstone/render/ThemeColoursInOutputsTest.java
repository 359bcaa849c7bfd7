package org.inkstone.render;

import org.inkstone.theme.Colour;
import org.inkstone.options.RequestedOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.publish.Inkstone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The theme's colours in real outputs. One accent for every output: {@code --accent} (or the front
 * matter's {@code accent:}) recolours the web page's style sheet, the EPUB's, the WeChat fragment's
 * inline styles and the PDF's drawn colours where the theme has its accent; a bad value is one
 * warning and every output keeps the theme's. The PDF's formulas take the theme's print text colour.
 */
class ThemeColoursInOutputsTest {
    private static final String THEME_ACCENT = "#b5452a";
    private static final String GREEN = "#0a7f3f";
    private static final String ARTICLE = """
            ---
            title: 颜色
            %s---

            引言。

            ## 第一节

            正文里有[一个链接](https://example.com/)和一条注释[^1]。

            - [x] 做完了
            - [ ] 还没做

            ## 第二节

            正文。

            [^1]: 注释的内容。
            """;

    @TempDir Path dir;

    /** The four outputs of one build, as text (the PDF: the colours it fills with, as 0xRRGGBB). */
    record Outputs(String htmlCss, String epubCss, Element wechat, Set<Integer> pdfFills, List<Diagnostic> diagnostics) {}

    @Test
    void theAccentOptionRecoloursEveryOutput() {
        assertInGreen(build("", RequestedOptions.builder().accent(new Colour(GREEN)).build()));
    }

    @Test
    void theFrontMatterAccentRecoloursEveryOutput() {
        assertInGreen(build("accent: \"#0A7F3F\"\n", RequestedOptions.defaults()));
    }

    @Test
    void aBadAccentIsOneWarningAndEveryOutputKeepsTheThemeColour() {
        Outputs o = build("accent: green\n", RequestedOptions.defaults());
        List<Diagnostic> accentWarnings = o.diagnostics().stream().filter(d -> d.message().contains("accent")).toList();
        assertEquals(1, accentWarnings.size(), o.diagnostics().toString());
        assertEquals(Diagnostic.Severity.WARNING, accentWarnings.get(0).severity());
        assertTrue(accentWarnings.get(0).message().contains("'green' is not of the form #RRGGBB"), accentWarnings.toString());
        assertTrue(accentWarnings.get(0).message().contains("using the theme's " + THEME_ACCENT), accentWarnings.toString());

        assertTrue(o.htmlCss().contains(THEME_ACCENT), "web page");
        assertTrue(o.epubCss().contains(THEME_ACCENT), "EPUB");
        assertTrue(o.wechat().selectFirst("h2").attr("style").contains(THEME_ACCENT), o.wechat().selectFirst("h2").attr("style"));
        assertTrue(o.pdfFills().contains(0xb5452a), "PDF fills: " + hex(o.pdfFills()));
    }

    @Test
    void pdfFormulasAreDrawnInTheThemesPrintTextColour() throws IOException {
        Path theme = dir.resolve("ink-theme");
        Files.createDirectories(theme);
        for (String css : List.of("base.css", "print.css")) Files.copy(Path.of("themes/default").resolve(css), theme.resolve(css));
        String props = Files.readString(Path.of("themes/default/theme.properties"))
                .replace("print-text-colour=#1f1d1b", "print-text-colour=#123456")
                .replace("|LXGW", "|" + Path.of("fonts").toAbsolutePath() + "/LXGW");
        assertTrue(props.contains("#123456"), "the default theme names its print text colour");
        Files.writeString(theme.resolve("theme.properties"), props);
        String md = "---\ntitle: 公式\n---\n\n$$\\frac{a}{b} = c^2$$\n";

        Inkstone.Result inked = publish(md, List.of("pdf"), theme.toString(), RequestedOptions.defaults(), dir.resolve("inked"));
        assertEquals(List.of(), inked.diagnostics());
        Set<Integer> fills = fillColours(Files.readAllBytes(dir.resolve("inked/colour.pdf")));
        assertTrue(fills.contains(0x123456), "the formula is filled in the theme's colour: " + hex(fills));

        publish(md, List.of("pdf"), "default", RequestedOptions.defaults(), dir.resolve("plain"));
        Set<Integer> plain = fillColours(Files.readAllBytes(dir.resolve("plain/colour.pdf")));
        assertFalse(plain.contains(0x123456), hex(plain));
        assertTrue(plain.contains(0x1f1d1b), "the default theme's text colour: " + hex(plain));
    }

    private void assertInGreen(Outputs o) {
        assertEquals(List.of(), o.diagnostics());

        assertTrue(o.htmlCss().contains(GREEN), "web page: the accent is in its style sheet");
        assertFalse(o.htmlCss().contains(THEME_ACCENT), "web page: the theme's accent is gone");
        assertFalse(o.htmlCss().contains("#e7c3b8"), "web page: the theme's light tint of its accent is recoloured too");

        assertTrue(o.epubCss().contains(GREEN), "EPUB style sheet");
        assertFalse(o.epubCss().contains(THEME_ACCENT), "EPUB style sheet");

        String h2 = o.wechat().selectFirst("h2").attr("style");
        assertTrue(h2.contains("border-left: 4px solid " + GREEN), "WeChat heading bar: " + h2);
        String link = o.wechat().select("span:containsOwn(一个链接)").first().attr("style");
        assertTrue(link.contains("color: " + GREEN), "WeChat link text: " + link);
        assertFalse(o.wechat().outerHtml().toLowerCase(Locale.ROOT).contains(THEME_ACCENT), "WeChat: no trace of the theme's accent");

        assertTrue(o.pdfFills().contains(0x0a7f3f), "PDF: the heading bars and title rule are filled green: " + hex(o.pdfFills()));
        assertFalse(o.pdfFills().contains(0xb5452a), "PDF: nothing in the theme's accent: " + hex(o.pdfFills()));
    }

    private Outputs build(String frontMatter, RequestedOptions options) {
        try {
            Path out = dir.resolve("out");
            Inkstone.Result r = publish(ARTICLE.formatted(frontMatter), List.of("html", "epub", "wechat", "pdf"), "default", options, out);
            String html = Files.readString(out.resolve("colour.html"));
            String htmlCss = String.join("\n", Jsoup.parse(html, "", Parser.xmlParser()).select("style").eachText()).toLowerCase(Locale.ROOT);
            String epubCss = zipEntry(Files.readAllBytes(out.resolve("colour.epub")), "EPUB/styles/book.css").toLowerCase(Locale.ROOT);
            Element wechat = Jsoup.parseBodyFragment(Files.readString(out.resolve("colour.wechat.html"))).body().child(0);
            return new Outputs(htmlCss, epubCss, wechat, fillColours(Files.readAllBytes(out.resolve("colour.pdf"))), r.diagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Inkstone.Result publish(String markdown, List<String> formats, String theme, RequestedOptions options, Path out)
            throws IOException {
        Path md = dir.resolve("colour.md");
        Files.writeString(md, markdown, StandardCharsets.UTF_8);
        Inkstone publisher = Inkstone.builder().formats(formats).theme(theme).output(out).home(Path.of("").toAbsolutePath()).clock(Clock.fixed(Instant.parse("2026-11-28T08:30:00Z"), ZoneOffset.UTC)).options(options).assets(AssetPolicy.defaults().withOffline(true)).build();
        Inkstone.Result r = publisher.publish(md);
        assertNull(r.failure(), () -> r.failure() + " " + r.diagnostics());
        return r;
    }

    static String zipEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in the EPUB");
    }

    /** Every RGB fill colour ({@code r g b rg}, or {@code sc} in an RGB space) the pages set, drawn forms included, as 0xRRGGBB. */
    static Set<Integer> fillColours(byte[] pdf) throws IOException {
        Set<Integer> colours = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) fillColours(page, page.getResources(), colours, 0);
        }
        return colours;
    }

    private static void fillColours(PDContentStream content, PDResources inherited, Set<Integer> colours, int depth) throws IOException {
        PDResources resources = content.getResources() != null ? content.getResources() : inherited;
        List<COSBase> operands = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(content);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op) {
                if (List.of("rg", "sc", "scn").contains(op.getName()) && operands.size() == 3
                        && operands.stream().allMatch(c -> c instanceof COSNumber)) {
                    int rgb = 0;
                    for (COSBase c : operands) rgb = rgb << 8 | Math.round(((COSNumber) c).floatValue() * 255);
                    colours.add(rgb);
                } else if (op.getName().equals("Do") && operands.size() == 1 && operands.get(0) instanceof COSName name
                        && resources != null && depth < 8 && resources.getXObject(name) instanceof PDFormXObject form) {
                    fillColours(form, resources, colours, depth + 1);
                }
                operands.clear();
            } else if (token instanceof COSBase operand) {
                operands.add(operand);
            }
        }
    }

    static String hex(Set<Integer> colours) {
        return colours.stream().map(c -> String.format("#%06x", c)).toList().toString();
    }
}
