package org.inkstone.render.wechat;

import org.inkstone.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code :::} containers (VuePress callouts, pandoc fenced divs) and pandoc attributes, spans and
 * implicit heading references in the web page and the WeChat fragment, built by the command line.
 */
class ContainersAndAttributesTest {
    static final String MARKDOWN = """
            # 容器与属性

            ## Options {.options #opts key=val}

            正文见 [Options] 与 [高亮的文字]{#hl .mark}，[链接](https://example.org){.external}。

            ==只在本次会话有效。=={.warning} 用 `map`{.haskell}。

            ::: tip 提示
            这是一个**提示**。
            :::

            ::: details 点击展开
            隐藏的内容。
            :::

            ::: {.note #n1 lang=zh}
            pandoc 的 fenced div。
            :::

            ```{.python #code1}
            print("hi")
            ```
            """;

    @TempDir static Path dir;
    static Document page;
    static Element fragment;

    @BeforeAll
    static void build() throws Exception {
        Path md = dir.resolve("attrs.md");
        Files.writeString(md, MARKDOWN, StandardCharsets.UTF_8);
        assertEquals(0, Main.run("build", md.toString(), "--to", "html,wechat", "--out", dir.resolve("out").toString()));
        page = Jsoup.parse(Files.readString(dir.resolve("out/attrs.html")), "", Parser.xmlParser());
        fragment = Jsoup.parseBodyFragment(Files.readString(dir.resolve("out/attrs.wechat.html"))).body();
    }

    @Test
    void headingAttributesBecomeIdClassAndDataAndLeaveTheText() {
        Element h2 = page.selectFirst("h2#opts");
        assertNotNull(h2, page.body().html());
        assertEquals("Options", h2.text());
        assertTrue(h2.hasClass("options"));
        assertEquals("val", h2.attr("data-key"));
    }

    @Test
    void implicitHeadingReferenceLinksToTheHeading() {
        Element a = page.selectFirst("a[href=#opts]");
        assertNotNull(a);
        assertEquals("Options", a.text());
        assertFalse(page.text().contains("[Options]"));
    }

    @Test
    void spansLinksAndCodeKeepTheirAttributesNotTheirBraces() {
        Element span = page.selectFirst("span#hl.mark");
        assertNotNull(span);
        assertEquals("高亮的文字", span.text());
        assertNotNull(page.selectFirst("a.external[href=https://example.org]"));
        Element pre = page.selectFirst("pre#code1");
        assertNotNull(pre);
        assertNotNull(pre.selectFirst("code.language-python"));
        assertFalse(page.selectFirst("article").text().contains("{"), page.selectFirst("article").text());
    }

    @Test
    void attributesAfterHighlightOrCodeGoOnASpanAroundIt() {
        assertEquals("只在本次会话有效。", page.selectFirst("span.warning > mark").text());
        assertEquals("map", page.selectFirst("span.haskell > code").text());
        assertFalse(fragment.text().contains("{."), fragment.text());
        assertTrue(fragment.text().contains("只在本次会话有效。"), fragment.text());
    }

    @Test
    void vuepressContainersAreCallouts() {
        Element tip = page.selectFirst("aside.callout-tip");
        assertNotNull(tip);
        assertEquals("提示", tip.selectFirst("p.callout-title").text());
        assertEquals("这是一个提示。", tip.selectFirst("div.callout-body").text());
        Element details = page.selectFirst("aside.callout-note");
        assertNotNull(details);
        assertEquals("点击展开", details.selectFirst("p.callout-title").text());
        assertFalse(page.text().contains(":::"));
    }

    @Test
    void pandocFencedDivIsADivWithItsClassesAndId() {
        Element div = page.selectFirst("div#n1.note");
        assertNotNull(div);
        assertEquals("zh", div.attr("data-lang"));
        assertEquals("pandoc 的 fenced div。", div.text());
    }

    @Test
    void wechatKeepsTheContentWithoutClassIdOrBraces() {
        String text = fragment.text();
        for (String s : new String[] {"这是一个提示。", "隐藏的内容。", "pandoc 的 fenced div。", "高亮的文字", "Options"}) {
            assertTrue(text.contains(s), s + " in " + text);
        }
        assertFalse(text.contains(":::"), text);
        assertFalse(text.contains("{"), text);
        for (Element e : fragment.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().equals("class") || a.getKey().equals("id") || a.getKey().startsWith("data-"),
                        a.getKey() + " on <" + e.normalName() + ">");
            }
        }
        Element tipTitle = fragment.getElementsContainingOwnText("提示").first();
        assertNotNull(tipTitle);
        assertTrue(tipTitle.attr("style").contains("font-weight") || tipTitle.parent().attr("style").contains("border"),
                "the callout keeps the theme's inlined style: " + tipTitle.outerHtml());
    }
}
