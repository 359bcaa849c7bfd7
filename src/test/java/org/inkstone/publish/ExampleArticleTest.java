package org.inkstone.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled example, built as a newcomer builds it: everything a reader should see, nothing more. */
class ExampleArticleTest {
    @TempDir Path out;

    private Document build(boolean notes) throws Exception {
        Inkstone p = Inkstone.builder().formats(List.of("html")).output(out).strict(true).editorNotes(notes).home(Path.of("")).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
        Inkstone.Result r = p.publish(Path.of("examples/article.md"));
        assertNull(r.failure(), "the example builds with --strict: " + r.diagnostics());
        return Jsoup.parse(Files.readString(out.resolve("article.html")));
    }

    @Test
    void readersSeeEverythingAndNoEditorNotes() throws Exception {
        Document page = build(false);
        assertFalse(page.html().contains("评注建议"), "editor notes never reach readers");
        assertEquals("准确率 98%，到底意味着什么？", page.select("aside.callout-tip > p.callout-title").text());
        assertTrue(page.select("aside.callout-tip strong").size() > 0, "Markdown inside the admonition is rendered");
        assertEquals("关于训练数据", page.select("aside.callout-note > p.callout-title").text());
        assertEquals(5, page.select("figure.figure > img").size(), "every standalone image is a figure");
        assertEquals(0, page.select(".image-missing").size(), "every image is found");
        for (String src : page.select("img").eachAttr("src")) {
            assertTrue(Files.isRegularFile(out.resolve(src).normalize()), "image link resolves from the page: " + src);
        }
        assertEquals(8, page.select("li > strong").stream().filter(s -> s.text().matches("20\\d\\d 年 \\d+ 月：")).count(),
                "every timeline bullet is there");
        assertEquals("图 1：各年度字符识别准确率", page.select("figure figcaption").text());
        assertEquals(1, page.select("section.footnotes li").size());
        assertEquals(1, page.select("div.table-wrap table").size());
        assertFalse(page.select("h1.title").text().isBlank());
        assertTrue(page.select("h2").size() >= 6);
        assertTrue(page.select("h2 strong").size() >= 5, "bold inside headings is kept");
    }

    @Test
    void notesFlagShowsBothEditorNotes() throws Exception {
        Document page = build(true);
        assertEquals(2, page.select(".editor-note").size());
        assertTrue(page.select(".editor-note").text().contains("评注建议"));
    }
}
