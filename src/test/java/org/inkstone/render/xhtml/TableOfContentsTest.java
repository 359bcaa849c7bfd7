package org.inkstone.render.xhtml;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostics;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code [TOC]}: every heading of levels 1–3, nested by level, whatever level comes first. */
class TableOfContentsTest {
    private static Element toc(String markdown) {
        Diagnostics d = new Diagnostics("t.md");
        return new XhtmlWriter(ImageResolver.AS_WRITTEN, d).article(TestDocs.build(markdown, d)).selectFirst("nav.toc");
    }

    @Test
    void nestsByLevel() {
        Element toc = toc("[TOC]\n\n# 一\n\n## 一.1\n\n### 一.1.1\n\n## 一.2\n\n# 二\n");
        assertEquals(List.of("一", "二"), toc.select("nav > ol > li > a").eachText());
        assertEquals(List.of("一.1", "一.2"), toc.select("nav > ol > li > ol > li > a").eachText());
        assertEquals(List.of("一.1.1"), toc.select("nav > ol > li > ol > li > ol > li > a").eachText());
    }

    @Test
    void aShallowerHeadingAfterTheFirstIsNotDropped() {
        Element toc = toc("[TOC]\n\n### 引子\n\n## 第一节\n\n### 小节\n\n# 第二部分\n\n## 第二节\n");
        assertEquals(List.of("引子", "第一节", "小节", "第二部分", "第二节"), toc.select("a").eachText());
        assertEquals(List.of("引子", "第一节", "第二部分"), toc.select("nav > ol > li > a").eachText());
        assertEquals(List.of("小节", "第二节"), toc.select("nav > ol > li > ol > li > a").eachText());
    }
}
