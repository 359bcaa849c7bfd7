package org.inkstone.render.wechat;

import org.inkstone.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article's title goes into the Official Account editor's own title field, so the fragment never
 * starts with it (neither the first H1 that gave the title nor the front matter's title block); the
 * preview page shows it above the fragment, labelled, outside what the copy button copies.
 */
class WechatTitleTest {
    @TempDir Path dir;

    private record Built(String raw, Element root, Document preview) {}

    private Built build(String name, String markdown) throws IOException {
        Path md = dir.resolve(name + ".md");
        Files.writeString(md, markdown, StandardCharsets.UTF_8);
        Path out = dir.resolve("out-" + name);
        assertEquals(0, Main.run("build", md.toString(), "--to", "wechat", "--out", out.toString()));
        String raw = Files.readString(out.resolve(name + ".wechat.html"));
        Document fragment = Jsoup.parseBodyFragment(raw);
        assertEquals(1, fragment.body().childrenSize(), "one root element");
        return new Built(raw, fragment.body().child(0), Jsoup.parse(Files.readString(out.resolve(name + ".wechat.preview.html"))));
    }

    @Test
    void theFirstHeadingThatIsTheTitleIsLeftOut() throws IOException {
        Built b = build("heading", "# 研墨的四种去处\n\n第一段正文。\n\n## 小节\n\n第二段正文。\n");
        assertTrue(b.root().select("h1").isEmpty(), b.raw());
        assertFalse(b.root().text().contains("研墨的四种去处"), b.raw());
        assertEquals("第一段正文。", b.root().child(0).text(), "the fragment starts with the body");
        assertEquals("小节", b.root().selectFirst("h2").text());
    }

    @Test
    void theContentsListLosesTheTitlesEntryAndKeepsItsSections() throws IOException {
        Built b = build("toc", "# 研墨的四种去处\n\n[TOC]\n\n## 第一节\n\n正文。\n\n### 小节\n\n正文。\n\n## 第二节\n\n正文。\n");
        assertFalse(b.root().text().contains("研墨的四种去处"), b.raw());
        String contents = b.root().child(0).text();
        assertTrue(contents.contains("第一节") && contents.contains("小节") && contents.contains("第二节"), contents);
    }

    @Test
    void anEditorNoteBeforeTheTitleHeadingChangesNothing() throws IOException {
        Built b = build("noted", "<!-- 写给自己的话 -->\n\n# 研墨的四种去处\n\n第一段正文。\n");
        assertTrue(b.root().select("h1").isEmpty(), b.raw());
        assertEquals("第一段正文。", b.root().child(0).text());
    }

    @Test
    void theFrontMatterTitleIsLeftOutToo() throws IOException {
        Built b = build("front", "---\ntitle: 前置的标题\nsubtitle: 副题\nauthor: 林清远\n---\n\n第一段正文。\n");
        assertFalse(b.root().text().contains("前置的标题"), b.raw());
        assertEquals("第一段正文。", b.root().child(0).text());
    }

    @Test
    void aFirstHeadingOtherThanTheFrontMatterTitleStays() throws IOException {
        Built b = build("chapter", "---\ntitle: 一本书\n---\n\n# 第一章\n\n正文。\n");
        assertEquals("第一章", b.root().selectFirst("h1").text());
        assertFalse(b.root().text().contains("一本书"));
    }

    @Test
    void thePreviewShowsTheTitleAboveTheFragmentForTheTitleField() throws IOException {
        Built b = build("preview", "# 研墨的四种去处\n\n第一段正文。\n");
        Element field = b.preview().selectFirst(".ink-title-field");
        assertNotNull(field, b.preview().html());
        assertNull(field.closest("#wechat-fragment"), "the title is not part of the copied fragment");
        assertEquals("标题（粘贴到公众号的标题栏）", field.selectFirst(".ink-title-label").text());
        assertEquals("研墨的四种去处", field.selectFirst(".ink-article-title").text());
        Element shown = b.preview().getElementById("wechat-fragment");
        assertTrue(field.siblingIndex() < shown.siblingIndex() && field.parent() == shown.parent(), "above the fragment's column");
        assertFalse(shown.text().contains("研墨的四种去处"));
        // the copy button copies exactly the fragment file
        assertEquals(WechatPreviewPage.jsonString(b.raw().strip()), b.preview().getElementById("wechat-source").data());
    }

    @Test
    void theLabelFollowsTheDocumentLanguage() throws IOException {
        Built b = build("english", "---\nlang: en\n---\n\n# Four Roads for One Manuscript\n\nBody text.\n");
        assertEquals("Title (paste it into the editor's title field)", b.preview().selectFirst(".ink-title-label").text());
        assertEquals("Four Roads for One Manuscript", b.preview().selectFirst(".ink-article-title").text());
        assertTrue(b.root().select("h1").isEmpty(), b.raw());
    }
}
