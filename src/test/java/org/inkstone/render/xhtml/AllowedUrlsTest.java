package org.inkstone.render.xhtml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one rule for link and image addresses, spelling by spelling. */
class AllowedUrlsTest {
    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)",
            "\tjavascript:alert(1)", " javascript:alert(1)", "java\u0000script:alert(1)", "java\nscript:alert(1)",
            "java\u200Bscript:alert(1)", "java\uFEFFscript:alert(1)", "java\uFFFDscript:alert(1)", "java\u0085script:x",
            "java&#x09;script:alert(1)", "java&Tab;script:alert(1)", "javascript&#58;alert(1)", "javascript&colon;alert(1)",
            "vbscript:msgbox(1)", "VBScript:msgbox(1)", "file:///etc/passwd", "FILE:/etc/passwd", "data:text/html,<b>x</b>",
            "data:text/html;base64,PGI+", "data:image/png;base64,iVBO", "foo:bar", "x-app://open", "javascript:"})
    void refusedLinks(String href) {
        assertFalse(AllowedUrls.link(href), href);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org/", "HTTPS://example.org/a?b=1&c=2#d", " https://example.org", "mailto:a@b.c",
            "MAILTO:a@b.c", "tel:+8610123", "#target", "#", "?q=1", "./foo:bar", "a/b:c", "docs/a:b.html", "../up.html",
            "plain.html", "//example.org/x", "", "#x:y", "?next=javascript:alert(1)", "https://example.org/?u=javascript:x",
            "目录/文件.html", "a%3Ab", "文件:1.md", ":"})
    void keptLinks(String href) {
        assertTrue(AllowedUrls.link(href), href);
    }

    @ParameterizedTest
    @ValueSource(strings = {"images/a.png", "./a:b.png", "https://example.org/a.png", "http://example.org/a.png",
            "//example.org/a.png", "data:image/png;base64,iVBO", "DATA:IMAGE/svg+xml;base64,PHN2Zz4=", " data:image/gif;base64,R0"})
    void keptImages(String src) {
        assertTrue(AllowedUrls.image(src), src);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "java\tscript:x", "data:text/html;base64,PGI+", "data:,x", "file:///a.png",
            "mailto:a@b.c", "tel:+1", "foo:bar.png", "data&#58;text/html,x"})
    void refusedImages(String src) {
        assertFalse(AllowedUrls.image(src), src);
    }

    @Test
    void theWarningShowsTheAddressWithItsHiddenCharactersMadeVisible() {
        assertEquals("link 'java\\tscript:alert(1)' was removed: only http, https, mailto, tel, relative and #fragment links"
                + " are kept", AllowedUrls.linkRemoved("java\tscript:alert(1)"));
        assertEquals("link 'java\\u0000script:x' was removed: " + AllowedUrls.LINKS_KEPT, AllowedUrls.linkRemoved("java\u0000script:x"));
        assertEquals("image 'javascript:x' was removed: only http, https, relative and data:image/* images are kept",
                AllowedUrls.imageRemoved("javascript:x"));
        String longOne = AllowedUrls.linkRemoved("foo:" + "a".repeat(200));
        assertTrue(longOne.contains("a…' was removed"), longOne);
        assertTrue(longOne.length() < 200, longOne);
    }
}
