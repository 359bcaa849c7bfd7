package org.inkstone.render.html;

import org.inkstone.ObsidianDoc;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.publish.Inkstone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web page of {@link ObsidianDoc}: {@code %%} comments are never shown (and shown marked as
 * reviewer notes with {@code --notes}), one-dash delimiter rows make tables, and {@code \|} in a
 * table cell separates a wiki link's alias and an embed's size.
 */
class ObsidianSyntaxHtmlTest {
    @TempDir Path dir;

    private record Page(Document html, String source, String warnings) {}

    private Page build(boolean notes) throws Exception {
        Path md = ObsidianDoc.write(dir);
        Path out = dir.resolve(notes ? "notes" : "out");
        Inkstone.Result r = Inkstone.builder().formats(List.of("html")).output(out).editorNotes(notes).home(Path.of(""))
                .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build().publish(md);
        assertTrue(r.succeeded(), r.failure());
        String source = Files.readString(out.resolve("obsidian.html"));
        String warnings = r.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
        return new Page(Jsoup.parse(source, "", Parser.xmlParser()), source, warnings);
    }

    @Test
    void commentsAreNeverPublished() throws Exception {
        Page page = build(false);
        for (String secret : ObsidianDoc.SECRETS) assertFalse(page.source().contains(secret), secret);
        assertFalse(page.source().contains("%%</p>") || page.source().contains("<p>%%"), "no comment markers left");
        assertEquals("正文开头 正文继续。", page.html().select("article p").first().text());
        assertEquals("%% 代码照常 %%", page.html().selectFirst("article code").text(), "code is not a comment");
        assertTrue(page.html().select("article p").eachText().contains("结尾段落。"));
        assertTrue(page.warnings().contains("obsidian.md:" + ObsidianDoc.UNCLOSED_LINE
                + ": warning: this %% comment is never closed, so everything after it to the end of the file is hidden"),
                page.warnings());
        assertEquals(0, page.html().select(".editor-note").size());
    }

    @Test
    void notesFlagShowsEveryCommentAsAReviewerNote() throws Exception {
        Page page = build(true);
        String notes = page.html().select(".editor-note").text();
        for (String secret : ObsidianDoc.SECRETS) assertTrue(notes.contains(secret), secret + " in " + notes);
        assertEquals(3, page.html().select(".editor-note").size(), "inline, block, unclosed");
        assertEquals("aside", page.html().select(".editor-note").get(1).normalName(), "a comment block is a block note");
        assertTrue(page.html().select(".editor-note-label").eachText().stream().allMatch(l -> l.equals("审阅批注")));
    }

    @Test
    void oneDashDelimiterRowsMakeTables() throws Exception {
        Document html = build(false).html();
        List<Element> tables = html.select("article table");
        assertEquals(ObsidianDoc.TABLE_HEADS, tables.stream().map(t -> t.select("thead th").text()).toList());
        assertEquals("短丙 短丁", tables.get(1).select("tbody td").text());
        assertEquals("横丙 横丁", tables.get(2).select("tbody td").text(), "'- | -' is a delimiter row, not a list");
        assertEquals("text-align: right", tables.get(3).select("tbody td").get(1).attr("style"));
        assertEquals(0, html.select("article ul").size());
        assertFalse(html.select("article p").text().contains("|"), "no paragraph full of pipes");
    }

    @Test
    void escapedPipeInATableCellSeparatesAliasAndSize() throws Exception {
        Document html = build(false).html();
        Element cell = html.select("article table").first().selectFirst("tbody tr");
        Element link = cell.selectFirst(".wikilink");
        assertEquals("Markdown 语法", link.text());
        assertEquals("基本格式语法", link.attr("title"));
        Element img = cell.selectFirst("img");
        assertTrue(img.attr("src").endsWith("images/figure.png"), img.outerHtml());
        assertEquals("120", img.attr("width"));
        assertEquals(0, html.select(".image-missing").size());
    }
}
