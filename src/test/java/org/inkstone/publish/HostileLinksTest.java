package org.inkstone.publish;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.render.epub.EpubCheckResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document full of hostile link and image addresses, built to all four outputs: no output keeps
 * a live script (or other non-allowed) address anywhere (attributes, PDF link actions, any PDF
 * object), every link text is still there, each bad address gets one warning at its line, and the
 * good links (http, https, mailto, tel, relative, #fragment) still work where the output has them.
 */
class HostileLinksTest {
    /** Each bad address on a line of its own; the link texts (坏甲 …) never spell a scheme. */
    private static final String SOURCE = """
            # 链接安全

            ## 目标 {#target}

            [坏甲](javascript:alert(1))
            [坏乙](JaVaScRiPt:alert(2))
            [坏丙](JAVASCRIPT:alert(3))
            [坏丁](java&#x09;script:alert(4))
            [坏戊](&#9;javascript:alert(5))
            [坏己](java&#0;script:alert(6))
            [坏庚](java&#x200B;script:alert(7))
            [坏辛](vbscript:msgbox(8))
            [坏壬](file:///etc/passwd)
            [坏癸](data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==)
            [坏子](foo:bar)
            <vbscript:msgbox(10)>
            [坏丑][bad]
            <a href="javascript:alert(12)">坏寅</a>
            <a href="java&#x09;script:alert(13)">坏卯</a>
            <a href=" JAVASCRIPT:alert(14)">坏辰</a>
            <a href="foo:bar">坏巳</a>
            ![坏午](javascript:alert(15))
            <img src="javascript:alert(16)" alt="坏未">
            ![坏申](data:text/html;base64,PHNjcmlwdD5hbGVydCgxNyk8L3NjcmlwdD4=)

            [![坏酉](images/figure.png)](javascript:alert(18))

            [好网页](https://example.org/a)
            [普通网页](http://example.org/b)
            [写信](mailto:editor@example.org)
            [致电](tel:+8610123)
            [相对一](./foo:bar.html)
            [相对二](docs/a:b.html)
            [查询](?q=1)
            [跳到目标](#target)
            <a href="https://example.org/raw">原始好链</a>
            ![好图](images/figure.png)

            [无处可去](#nowhere)

            [bad]: javascript:alert(11)
            """;

    private static final List<String> BAD_TEXTS = List.of("坏甲", "坏乙", "坏丙", "坏丁", "坏戊", "坏己", "坏庚", "坏辛",
            "坏壬", "坏癸", "坏子", "vbscript:msgbox(10)", "坏丑", "坏寅", "坏卯", "坏辰", "坏巳");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

    @TempDir static Path dir;
    private static Inkstone.Result result;
    private static Path out;

    @BeforeAll
    static void build() throws IOException {
        Files.createDirectories(dir.resolve("images"));
        Files.copy(TestDocs.RESOURCES.resolve("corpus/images/figure.png"), dir.resolve("images/figure.png"));
        Path md = Files.writeString(dir.resolve("links.md"), SOURCE, StandardCharsets.UTF_8);
        out = dir.resolve("out");
        result = Inkstone.builder().formats(List.of("html", "wechat", "epub", "pdf")).output(out).clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).build().publish(md);
        assertNull(result.failure(), result.failure());
    }

    /** The 1-based line of the fixture that holds {@code needle}. */
    private static int lineOf(String needle) {
        String[] lines = SOURCE.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle + " is not in the fixture");
    }

    /** An independent reading of an address: its scheme as a browser finds it, or "" for a relative one. */
    private static String scheme(String url) {
        StringBuilder sb = new StringBuilder();
        for (char c : Parser.unescapeEntities(url, true).toCharArray()) {
            if (c > ' ' && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT && c != '\uFFFD') sb.append(c);
        }
        Matcher m = SCHEME.matcher(sb.toString().toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : "";
    }

    private static void assertSafeAttributes(String name, Document doc) {
        for (Element e : doc.select("[href], [src], [cite], [xlink:href]")) {
            for (String key : List.of("href", "src", "cite", "xlink:href")) {
                if (!e.hasAttr(key)) continue;
                String value = e.attr(key);
                String scheme = scheme(value);
                boolean ok = scheme.isEmpty() || LINK_SCHEMES.contains(scheme)
                        || (key.equals("src") && value.startsWith("data:image/"));
                assertTrue(ok, name + ": " + e.normalName() + " keeps " + key + "=\"" + value + "\"");
            }
        }
    }

    private static void assertNoScript(String name, String text) {
        assertFalse(text.toLowerCase(Locale.ROOT).contains("javascript:"), name + " contains javascript:");
        assertFalse(text.toLowerCase(Locale.ROOT).contains("script:alert"), name + " contains a spelled-apart script URL");
    }

    private static void assertTextsKept(String name, String text) {
        for (String t : BAD_TEXTS) assertTrue(text.contains(t), name + " lost the link text " + t);
    }

    private static Document html(String file) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(file)));
    }

    @Test
    void webPageKeepsNoBadAddressButKeepsTheTextsAndGoodLinks() throws IOException {
        String raw = Files.readString(out.resolve("links.html"));
        assertNoScript("links.html", raw);
        Document doc = html("links.html");
        assertSafeAttributes("links.html", doc);
        assertTextsKept("links.html", doc.text());
        for (String[] good : new String[][] {{"好网页", "https://example.org/a"}, {"普通网页", "http://example.org/b"},
                {"写信", "mailto:editor@example.org"}, {"致电", "tel:+8610123"}, {"相对一", "./foo:bar.html"},
                {"相对二", "docs/a:b.html"}, {"查询", "?q=1"}, {"跳到目标", "#target"}, {"原始好链", "https://example.org/raw"}}) {
            Element a = doc.selectFirst("a:containsOwn(" + good[0] + ")");
            assertNotNull(a, good[0] + " is no link");
            assertEquals(good[1], a.attr("href"), good[0]);
        }
        assertNotNull(doc.getElementById("target"), "the #target heading");
        assertNull(doc.selectFirst("a[href=#nowhere]"), "a link to no target is no link");
        assertTrue(doc.text().contains("无处可去"));
        assertEquals(2, doc.select("img").size(), "the good image and the figure's image are shown: " + doc.select("img"));
        assertTrue(doc.text().contains("坏午") && doc.text().contains("坏未") && doc.text().contains("坏申"),
                "refused images leave their alt text");
    }

    @Test
    void wechatFragmentAndPreviewKeepNoBadAddress() throws IOException {
        for (String file : List.of("links.wechat.html", "links.wechat.preview.html")) {
            String raw = Files.readString(out.resolve(file));
            assertNoScript(file, raw);
            Document doc = html(file);
            assertSafeAttributes(file, doc);
            assertTextsKept(file, doc.text());
        }
        String text = html("links.wechat.html").text();
        assertTrue(text.contains("https://example.org/a") && text.contains("http://example.org/b")
                && text.contains("https://example.org/raw"), "web links become references: " + text);
    }

    @Test
    void epubKeepsNoBadAddressAndStaysValid() throws IOException {
        StringBuilder all = new StringBuilder();
        Map<String, Document> pages = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out.resolve("links.epub")))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String text = new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1);
                assertFalse(text.toLowerCase(Locale.ROOT).contains("javascript:"), e.getName() + " contains javascript:");
                if (e.getName().endsWith(".xhtml")) {
                    String utf8 = new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                    pages.put(e.getName(), Jsoup.parse(utf8, "", Parser.xmlParser()));
                    all.append(utf8);
                }
            }
        }
        assertNoScript("links.epub", all.toString());
        String text = String.join(" ", pages.values().stream().map(Document::text).toList());
        assertTextsKept("links.epub", text);
        for (Map.Entry<String, Document> p : pages.entrySet()) assertSafeAttributes(p.getKey(), p.getValue());
        List<String> hrefs = pages.values().stream().flatMap(d -> d.select("a[href]").stream()).map(a -> a.attr("href")).toList();
        for (String good : List.of("https://example.org/a", "http://example.org/b", "mailto:editor@example.org",
                "tel:+8610123", "https://example.org/raw")) {
            assertTrue(hrefs.contains(good), good + " in " + hrefs);
        }
        assertTrue(hrefs.stream().anyMatch(h -> h.endsWith("#target")), "the link to #target: " + hrefs);
        EpubCheckResult check = EpubCheckResult.check(out.resolve("links.epub"));
        assertTrue(check.clean(), check.summary());
    }

    @Test
    void pdfHasNoBadLinkActionAndNoScriptInAnyObject() throws IOException {
        byte[] bytes = Files.readAllBytes(out.resolve("links.pdf"));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            Map<String, String> linkByText = new LinkedHashMap<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link)) continue;
                    String target;
                    if (link.getAction() instanceof PDActionURI uri) {
                        target = uri.getURI();
                        String scheme = scheme(target);
                        assertTrue(scheme.isEmpty() || LINK_SCHEMES.contains(scheme), "PDF link to " + target);
                    } else if (link.getAction() instanceof PDActionGoTo || link.getDestination() != null) {
                        target = "(inside)";
                    } else {
                        target = "(other)";
                    }
                    linkByText.merge(textIn(page, link.getRectangle()), target, (x, y) -> x + " " + y);
                }
            }
            for (String[] good : new String[][] {{"好网页", "https://example.org/a"}, {"普通网页", "http://example.org/b"},
                    {"写信", "mailto:editor@example.org"}, {"致电", "tel:+8610123"}, {"原始好链", "https://example.org/raw"},
                    {"跳到目标", "(inside)"}}) {
                assertTrue(linkByText.entrySet().stream().anyMatch(e -> e.getKey().contains(good[0]) && e.getValue().contains(good[1])),
                        good[0] + " → " + good[1] + " in " + linkByText);
            }
            for (String bad : BAD_TEXTS) {
                if (bad.startsWith("vbscript")) continue;
                assertFalse(linkByText.keySet().stream().anyMatch(k -> k.contains(bad)), bad + " is still a link: " + linkByText);
            }
            String text = new PDFTextStripper().getText(pdf);
            assertTextsKept("links.pdf", text.replaceAll("\\s+", ""));

            Map<COSBase, Boolean> seen = new IdentityHashMap<>();
            StringBuilder everything = new StringBuilder();
            for (var key : pdf.getDocument().getXrefTable().keySet()) collect(pdf.getDocument().getObjectFromPool(key), everything, seen);
            collect(pdf.getDocument().getTrailer(), everything, seen);
            assertTrue(everything.length() > 1000, "read the objects");
            assertNoScript("links.pdf objects", everything.toString());
        }
    }

    /** Every string, name and decompressed stream reachable from {@code base}, as Latin-1 and UTF-16 text. */
    private static void collect(COSBase base, StringBuilder sb, Map<COSBase, Boolean> seen) throws IOException {
        if (base == null || seen.put(base, true) != null) return;
        if (base instanceof COSObject o) collect(o.getObject(), sb, seen);
        else if (base instanceof COSString s) sb.append(s.getString()).append('\n')
                .append(new String(s.getBytes(), StandardCharsets.ISO_8859_1)).append('\n');
        else if (base instanceof COSName n) sb.append(n.getName()).append('\n');
        else if (base instanceof COSArray a) { for (COSBase b : a) collect(b, sb, seen); }
        else if (base instanceof COSDictionary d) {
            for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                collect(e.getKey(), sb, seen);
                collect(e.getValue(), sb, seen);
            }
            if (d instanceof COSStream s) {
                try (InputStream in = s.createInputStream()) {
                    byte[] data = in.readAllBytes();
                    sb.append(new String(data, StandardCharsets.ISO_8859_1)).append('\n')
                            .append(new String(data, StandardCharsets.UTF_16BE)).append('\n');
                }
            }
        }
    }

    private static String textIn(PDPage page, PDRectangle r) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        float h = page.getMediaBox().getHeight();
        stripper.addRegion("r", new Rectangle2D.Float(r.getLowerLeftX(), h - r.getUpperRightY(), r.getWidth(), r.getHeight()));
        stripper.extractRegions(page);
        return stripper.getTextForRegion("r").replaceAll("\\s+", "");
    }

    @Test
    void eachBadAddressIsOneWarningAtItsLine() {
        Map<Integer, List<String>> byLine = new LinkedHashMap<>();
        for (Diagnostic d : result.diagnostics()) {
            if (d.message().contains("embedded in the WeChat output")) continue; // about local images, not links
            byLine.computeIfAbsent(d.line(), k -> new ArrayList<>()).add(d.message());
        }
        List<String> badLinks = List.of("坏甲", "坏乙", "坏丙", "坏丁", "坏戊", "坏己", "坏庚", "坏辛", "坏壬", "坏癸", "坏子",
                "<vbscript:", "坏丑", "坏寅", "坏卯", "坏辰", "坏巳", "坏酉");
        for (String bad : badLinks) {
            List<String> at = byLine.getOrDefault(lineOf(bad), List.of());
            assertEquals(1, at.size(), "line " + lineOf(bad) + " (" + bad + "): " + at);
            assertTrue(at.get(0).startsWith("link '") && at.get(0).endsWith("was removed: only http, https, mailto, tel,"
                    + " relative and #fragment links are kept"), at.get(0));
        }
        for (String bad : List.of("坏午", "坏未", "坏申")) {
            List<String> at = byLine.getOrDefault(lineOf(bad), List.of());
            assertEquals(1, at.size(), "line " + lineOf(bad) + " (" + bad + "): " + at);
            assertTrue(at.get(0).startsWith("image '") && at.get(0).contains("was removed"), at.get(0));
        }
        assertTrue(byLine.getOrDefault(lineOf("坏甲"), List.of()).get(0).contains("'javascript:alert(1)'"));
        assertTrue(byLine.getOrDefault(lineOf("坏丁"), List.of()).get(0).contains("'java\\tscript:alert(4)'"),
                "a tab in the address is shown as \\t");

        List<String> nowhere = byLine.getOrDefault(lineOf("无处可去"), List.of());
        assertEquals(1, nowhere.size(), nowhere.toString());
        assertTrue(nowhere.get(0).contains("#nowhere"), nowhere.get(0));
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.message().contains("Could not find valid target")),
                "the PDF library's own message does not leak: " + result.diagnostics());
        for (String good : List.of("好网页", "普通网页", "写信", "致电", "跳到目标", "原始好链", "好图")) {
            assertEquals(List.of(), byLine.getOrDefault(lineOf(good), List.of()), good);
        }
    }
}
