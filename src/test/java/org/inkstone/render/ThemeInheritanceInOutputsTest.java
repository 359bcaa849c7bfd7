package org.inkstone.render;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.publish.Inkstone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user theme in {@code themes/} beside the document that {@code extends=default} and changes one thing
 * changes only that in every output: one rule (the second-level heading's bar) in the WeChat inline styles,
 * the EPUB's style sheet and the PDF's drawn colours, every other rule the default theme's; its
 * {@code accent=} recolours all of the default theme's accent, as {@code --accent} does.
 */
class ThemeInheritanceInOutputsTest {
    private static final String ARTICLE = """
            ---
            title: 继承
            ---

            引言。

            ## 第一节

            正文里有[一个链接](https://example.com/)。

            > 一段引文。

            ## 第二节

            正文。
            """;

    @TempDir Path dir;

    /** The outputs of one build: the EPUB's style sheet, the WeChat fragment, the PDF's fill colours. */
    record Outputs(String htmlCss, String epubCss, Element wechat, Set<Integer> pdfFills) {}

    @Test
    void aChildThatChangesOneRuleKeepsEveryOtherRuleOfItsParent() throws IOException {
        userTheme("bars", "extends=default\ndescription=Green heading bars\n",
                ".ink-document h2 {\n  border-left: 4px solid #0a7f3f;\n}\n");
        Outputs parent = build("default");
        Outputs child = build("bars");

        String parentH2 = parent.wechat().selectFirst("h2").attr("style");
        assertTrue(parentH2.contains("border-left: 4px solid #b5452a"), parentH2);
        assertEquals(parentH2.replace("border-left: 4px solid #b5452a", "border-left: 4px solid #0a7f3f"),
                child.wechat().selectFirst("h2").attr("style"), "WeChat: the heading keeps every other declaration");
        assertEquals(parent.wechat().select("span:containsOwn(一个链接)").attr("style"),
                child.wechat().select("span:containsOwn(一个链接)").attr("style"), "WeChat: links keep the parent's accent");
        assertEquals(parent.wechat().selectFirst("blockquote").attr("style"), child.wechat().selectFirst("blockquote").attr("style"));
        assertEquals(parent.wechat().select("h2").size(), child.wechat().select("h2").size());

        assertTrue(child.epubCss().startsWith(parent.epubCss()), "EPUB: the parent's style sheet whole, first");
        String tail = child.epubCss().substring(parent.epubCss().length());
        assertEquals("\n.ink-document h2 {\n  border-left: 4px solid #0a7f3f;\n}\n", tail, "EPUB: then the child's rule");
        assertTrue(child.htmlCss().contains("border-left: 4px solid #0a7f3f"), "web page");

        assertTrue(parent.pdfFills().contains(0xb5452a), ThemeColoursInOutputsTest.hex(parent.pdfFills()));
        assertFalse(parent.pdfFills().contains(0x0a7f3f));
        assertTrue(child.pdfFills().contains(0x0a7f3f), "PDF: the heading bars are green: " + ThemeColoursInOutputsTest.hex(child.pdfFills()));
        assertTrue(child.pdfFills().contains(0xb5452a), "PDF: the title rule keeps the parent's accent");
    }

    @Test
    void aChildsAccentRecoloursEveryOutputOfItsParent() throws IOException {
        userTheme("green", "extends=default\naccent=#0a7f3f\n", null);
        Outputs o = build("green");
        assertTrue(o.epubCss().contains("#0a7f3f") && !o.epubCss().contains("#b5452a"), "EPUB style sheet");
        assertTrue(o.htmlCss().contains("#0a7f3f") && !o.htmlCss().contains("#b5452a") && !o.htmlCss().contains("#e7c3b8"), "web page, tints too");
        assertTrue(o.wechat().selectFirst("h2").attr("style").contains("border-left: 4px solid #0a7f3f"), o.wechat().selectFirst("h2").attr("style"));
        assertTrue(o.wechat().select("span:containsOwn(一个链接)").attr("style").contains("color: #0a7f3f"));
        assertFalse(o.wechat().outerHtml().toLowerCase(Locale.ROOT).contains("#b5452a"), "WeChat: no trace of the parent's accent");
        assertTrue(o.pdfFills().contains(0x0a7f3f), ThemeColoursInOutputsTest.hex(o.pdfFills()));
        assertFalse(o.pdfFills().contains(0xb5452a), ThemeColoursInOutputsTest.hex(o.pdfFills()));
    }

    @Test
    void aBookFindsTheThemeItsBookYamlNamesInItsThemesFolder() throws IOException {
        Path book = Files.createDirectories(dir.resolve("book"));
        Files.writeString(book.resolve("book.yaml"), "title: 书\ntheme: bars\n");
        Files.writeString(book.resolve("SUMMARY.md"), "# 书\n\n- [第一章](one.md)\n");
        Files.writeString(book.resolve("one.md"), "# 第一章\n\n## 一节\n\n正文。\n");
        Path theme = Files.createDirectories(book.resolve("themes/bars"));
        Files.writeString(theme.resolve("theme.properties"), "extends=default\n");
        Files.writeString(theme.resolve("epub.css"), ".from-the-book-theme { color: #0a7f3f; }\n");
        Path out = dir.resolve("book-out");
        Inkstone.Result r = Inkstone.builder().formats(List.of("epub")).output(out).home(Path.of("").toAbsolutePath())
                .clock(Clock.fixed(Instant.parse("2026-11-28T08:30:00Z"), ZoneOffset.UTC)).build().publish(book);
        assertNull(r.failure(), () -> r.failure() + " " + r.diagnostics());
        String css = ThemeColoursInOutputsTest.zipEntry(Files.readAllBytes(out.resolve("book.epub")), "EPUB/styles/book.css");
        assertTrue(css.contains(".from-the-book-theme { color: #0a7f3f; }"), "the book's own themes/bars/");
        assertTrue(css.contains("border-left: 4px solid #b5452a"), "and the default theme it extends");
    }

    private void userTheme(String name, String properties, String baseCss) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("themes").resolve(name));
        Files.writeString(folder.resolve("theme.properties"), properties);
        if (baseCss != null) Files.writeString(folder.resolve("base.css"), baseCss);
    }

    private Outputs build(String theme) throws IOException {
        Path md = dir.resolve("inherit.md");
        Files.writeString(md, ARTICLE, StandardCharsets.UTF_8);
        Path out = dir.resolve("out-" + theme);
        Inkstone publisher = Inkstone.builder().formats(List.of("html", "epub", "wechat", "pdf")).theme(theme).output(out)
                .home(Path.of("").toAbsolutePath()).clock(Clock.fixed(Instant.parse("2026-11-28T08:30:00Z"), ZoneOffset.UTC))
                .assets(AssetPolicy.defaults().withOffline(true)).build();
        Inkstone.Result r = publisher.publish(md);
        assertNull(r.failure(), () -> r.failure() + " " + r.diagnostics());
        assertEquals(List.of(), r.diagnostics());
        String html = Files.readString(out.resolve("inherit.html"));
        String htmlCss = String.join("\n", Jsoup.parse(html, "", Parser.xmlParser()).select("style").eachText()).toLowerCase(Locale.ROOT);
        Element wechat = Jsoup.parseBodyFragment(Files.readString(out.resolve("inherit.wechat.html"))).body().child(0);
        return new Outputs(htmlCss, ThemeColoursInOutputsTest.zipEntry(Files.readAllBytes(out.resolve("inherit.epub")), "EPUB/styles/book.css"), wechat,
                ThemeColoursInOutputsTest.fillColours(Files.readAllBytes(out.resolve("inherit.pdf"))));
    }
}
