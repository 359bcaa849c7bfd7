package org.inkstone.render.xhtml;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostics;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A link whose text is its own address is marked {@code a.url}, which the theme lets break anywhere. */
class BareUrlLinksTest {

    private static List<Element> links(String markdown) {
        Diagnostics d = new Diagnostics("t.md");
        return new XhtmlWriter(ImageResolver.AS_WRITTEN, d).article(TestDocs.build(markdown, d)).select("a[href]");
    }

    @Test
    void autolinksAndLinksThatShowTheirAddressAreMarked() {
        List<Element> links = links("访问 https://example.org/a/long/path 与 <https://example.net/> 和 <editor@example.com>，"
                + "或 [https://example.com/x](https://example.com/x/)。\n");
        assertEquals(4, links.size());
        for (Element a : links) assertTrue(a.hasClass("url"), a.outerHtml());
    }

    @Test
    void linksWithWordsAreNot() {
        for (Element a : links("看[这个链接](https://example.org)，或 [example.org 的首页](https://example.org)。\n")) {
            assertFalse(a.hasClass("url"), a.outerHtml());
        }
        assertTrue(InlineElements.showsItsAddress("HTTPS://Example.org/", "https://example.org"));
        assertFalse(InlineElements.showsItsAddress("", "https://example.org"));
    }
}
