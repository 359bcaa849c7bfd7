package org.inkstone.publish;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inkstone.asset.AssetPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numbered headings, figures and tables in every output: PDF text and bookmarks, EPUB navigation, the WeChat fragment. */
class NumberingPublishTest {
    private static final String ARTICLE = """
            ---
            title: 编号
            heading-numbers: %s
            figure-numbers: on
            ---
            # 编号

            ## 研究背景

            ### 问题的提出

            ![](missing.png "流程图")

            | 甲 | 乙 |
            |----|----|
            | 1  | 2  |

            Table: 两列数据

            ## 结果
            """;

    private static Inkstone inkstone(Path out, String... formats) {
        return Inkstone.builder().formats(formats).output(out).home(Path.of(""))
                .assets(AssetPolicy.defaults().withOffline(true))
                .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).build();
    }

    private static Path article(Path dir, String style) throws IOException {
        Path md = dir.resolve("a.md");
        Files.writeString(md, ARTICLE.formatted(style));
        return md;
    }

    @Test
    void decimalNumbersReachThePdfTextItsBookmarksTheEpubNavigationAndWechat(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Inkstone.Result r = inkstone(out, "pdf", "epub", "wechat").publish(article(dir, "decimal"));
        assertTrue(r.succeeded(), r.toString());

        try (PDDocument pdf = Loader.loadPDF(out.resolve("a.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("1研究背景"), text);
            assertTrue(text.contains("1.1问题的提出"), text);
            assertTrue(text.contains("2结果"), text);
            assertTrue(text.contains("图1"), text);
            assertTrue(text.contains("表1"), text);
            List<String> marks = new ArrayList<>();
            bookmarks(pdf.getDocumentCatalog().getDocumentOutline(), marks);
            assertTrue(marks.containsAll(List.of("1 研究背景", "1.1 问题的提出", "2 结果")), marks.toString());
        }

        List<String> nav = navTexts(out.resolve("a.epub"));
        assertTrue(nav.containsAll(List.of("1 研究背景", "1.1 问题的提出", "2 结果")), nav.toString());

        Element wechat = Jsoup.parseBodyFragment(Files.readString(out.resolve("a.wechat.html"))).body();
        assertEquals(List.of("1 研究背景", "2 结果"), wechat.select("h2").eachText());
        assertEquals("1.1 问题的提出", wechat.selectFirst("h3").text());
        assertTrue(wechat.selectFirst("figcaption").text().startsWith("图 1"), wechat.selectFirst("figcaption").text());
        assertTrue(wechat.text().contains("表 1\u3000两列数据"), wechat.text());
        assertTrue(wechat.select("[class]").isEmpty(), "the number spans keep the WeChat rules: no class");
    }

    @Test
    void chineseNumbersAndAFrontMatterOffSwitch(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertTrue(inkstone(out, "wechat").publish(article(dir, "chinese")).succeeded());
        Element wechat = Jsoup.parseBodyFragment(Files.readString(out.resolve("a.wechat.html"))).body();
        assertEquals(List.of("一、研究背景", "二、结果"), wechat.select("h2").eachText());
        assertEquals("（一）问题的提出", wechat.selectFirst("h3").text());

        Path off = dir.resolve("off");
        assertTrue(inkstone(off, "wechat").publish(article(dir, "off")).succeeded());
        Element plain = Jsoup.parseBodyFragment(Files.readString(off.resolve("a.wechat.html"))).body();
        assertEquals(List.of("研究背景", "结果"), plain.select("h2").eachText());
    }

    @Test
    void aBadValueIsAWarningAtItsLine(@TempDir Path dir) throws IOException {
        Inkstone.Result r = inkstone(dir.resolve("out"), "wechat").publish(article(dir, "roman"));
        assertTrue(r.succeeded());
        assertTrue(r.diagnostics().toString().contains("heading-numbers 'roman' takes decimal, chinese or off"), r.diagnostics().toString());
    }

    @Test
    void aBookNumbersItsBodyChaptersAndLeavesTheFrontAndBackMatter(@TempDir Path dir) throws IOException {
        Path book = dir.resolve("tea");
        copy(BookPublishTest.TEA, book);
        Files.writeString(book.resolve("book.yaml"), "heading-numbers: decimal\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("out");
        Inkstone.Result r = inkstone(out, "pdf", "epub").publish(book);
        assertTrue(r.succeeded(), r.toString());

        List<String> nav = navTexts(out.resolve("tea.epub"));
        assertTrue(nav.contains("序"), nav.toString());
        assertTrue(nav.containsAll(List.of("1 绿茶", "1.1 概述", "1.3 龙井的采摘", "1.3.1 明前与雨前", "2 红茶", "3 水与器", "3.1 水温")), nav.toString());
        assertTrue(nav.stream().anyMatch(t -> t.startsWith("附录")), nav.toString());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("tea.pdf").toFile())) {
            List<String> marks = new ArrayList<>();
            bookmarks(pdf.getDocumentCatalog().getDocumentOutline(), marks);
            assertTrue(marks.containsAll(List.of("序", "1 绿茶", "1.3 龙井的采摘", "2 红茶", "3 水与器", "后记")), marks.toString());
        }
    }

    private static void bookmarks(PDOutlineNode node, List<String> out) {
        if (node == null) return;
        for (PDOutlineItem item : node.children()) {
            out.add(item.getTitle());
            bookmarks(item, out);
        }
    }

    private static List<String> navTexts(Path epub) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String nav = new String(zip.getInputStream(zip.getEntry("EPUB/nav.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            for (Element n : Jsoup.parse(nav, "", Parser.xmlParser()).select("nav")) {
                if (n.attr("epub:type").equals("toc")) return n.select("a").eachText();
            }
            return List.of();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
