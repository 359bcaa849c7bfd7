package org.inkstone.render.wechat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview page as markup: the fragment kept verbatim, the button and both copy paths, nothing able to break out. */
class WechatPreviewPageTest {

    private static final String FRAGMENT =
            "<section style=\"font-size: 16px; color: #2b2926; line-height: 1.75;\">"
            + "<p style=\"margin: 0 0 1.1em 0;\">中文段落，含 &amp; 与 &lt;尖括号&gt; 和 &quot;引号&quot;。</p>"
            + "<section style=\"margin: 0 0 0.4em 0;\"><span style=\"color: #c0392b;\">•&nbsp;</span>第一项</section>"
            + "<pre style=\"overflow-x: auto; white-space: nowrap;\"><code style=\"font-family: Menlo, monospace;\">"
            + "int&nbsp;x&nbsp;=&nbsp;1;<br>return&nbsp;x;</code></pre>"
            + "</section>";

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    /** The fragment exactly as it appears between the wrapper's tags in the page text. */
    private static String servedFragment(String page) {
        String open = "<div id=\"wechat-fragment\">";
        int start = page.indexOf(open);
        assertTrue(start >= 0, "no <div id=\"wechat-fragment\"> in the page");
        int end = page.indexOf("</div>\n  </article>", start);
        assertTrue(end > start, "the fragment wrapper is not closed where expected");
        return page.substring(start + open.length(), end);
    }

    @Test
    void fragmentIsInsertedVerbatimAndParsesAsOneSection() {
        String page = WechatPreviewPage.page("测试文章", "zh-Hans", FRAGMENT);
        assertEquals(FRAGMENT, servedFragment(page));

        Document doc = parse(page);
        Element wrapper = doc.getElementById("wechat-fragment");
        assertNotNull(wrapper);
        assertEquals(1, wrapper.childrenSize(), "the wrapper holds exactly the fragment's root");
        Element root = wrapper.child(0);
        assertEquals("section", root.normalName());
        assertTrue(root.attr("style").contains("font-size: 16px"));
        assertEquals("•\u00a0第一项", root.child(1).wholeText());
    }

    @Test
    void pageIsStandaloneHtml5() {
        String page = WechatPreviewPage.page("测试文章", "zh-Hans", FRAGMENT);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        Document doc = parse(page);
        assertEquals("zh-Hans", doc.selectFirst("html").attr("lang"));
        assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
        assertTrue(doc.title().contains("测试文章"));
        assertTrue(doc.select("link, [src], iframe, object, embed").isEmpty(), "nothing is loaded from elsewhere");
        assertFalse(page.contains("http://") || page.contains("https://"), "no URL at all in the page chrome");
        assertTrue(doc.select("script[src]").isEmpty());
    }

    @Test
    void titleIsEscapedInChrome() {
        Document doc = parse(WechatPreviewPage.page("<b>粗</b> & \"引\"", "zh-Hans", FRAGMENT));
        assertEquals("<b>粗</b> & \"引\"", doc.selectFirst(".ink-article-title").text());
        assertTrue(doc.select(".ink-article-title b, .ink-bar b").isEmpty());
    }

    @Test
    void copyButtonExists() {
        Document doc = parse(WechatPreviewPage.page("测试文章", "zh-Hans", FRAGMENT));
        Element button = doc.getElementById("copy-button");
        assertNotNull(button);
        assertEquals("button", button.normalName());
        assertEquals("button", button.attr("type"));
        assertEquals("复制到公众号", button.text());
        Element status = doc.getElementById("copy-status");
        assertNotNull(status, "a visible status line");
        assertEquals("status", status.attr("role"));
        assertFalse(doc.selectFirst(".ink-hint").text().isBlank(), "a usage hint");
        assertNotNull(button.closest("header"), "the button is page chrome, outside the fragment");
        assertTrue(doc.getElementById("wechat-fragment").select("button, #copy-status, .ink-hint").isEmpty());
    }

    @Test
    void scriptHasBothCopyPaths() {
        Document doc = parse(WechatPreviewPage.page("测试文章", "zh-Hans", FRAGMENT));
        String script = doc.select("script:not([type])").html();
        assertTrue(script.contains("navigator.clipboard.write"));
        assertTrue(script.contains("new ClipboardItem"));
        assertTrue(script.contains("'text/html'") && script.contains("'text/plain'"));
        assertTrue(script.contains("document.execCommand('copy')"));
        assertTrue(script.contains("clipboardData.setData('text/html', html)"));
        assertTrue(script.contains("clipboardData.setData('text/plain', text)"));
        assertTrue(script.contains("preventDefault()"));
        for (String result : new String[] {"'clipboard'", "'execCommand'", "'failed'"}) {
            assertTrue(script.contains(result), "window.__inkstoneCopyResult can be " + result);
        }
        assertTrue(script.contains("window.__inkstoneCopyResult"));
    }

    @Test
    void sourceIsTheFragmentAsJson() {
        Document doc = parse(WechatPreviewPage.page("测试文章", "zh-Hans", FRAGMENT));
        Element source = doc.getElementById("wechat-source");
        assertNotNull(source);
        assertEquals("application/json", source.attr("type"));
        assertEquals(FRAGMENT, decodeJsonString(source.data()));
    }

    @Test
    void scriptEndTagInsideTheFragmentCannotBreakThePage() {
        String hostile = "<section style=\"color: #333;\"><p>代码：&lt;/script&gt;</p>"
                + "<script>alert(1)</script><!-- <script> --></script><p>后文 \u2028 \\ \" ' 😀</p></section>";
        String page = WechatPreviewPage.page("</title></script><script>alert(2)</script>", "zh-Hans", hostile);
        Document doc = parse(page);

        Element source = doc.getElementById("wechat-source");
        assertNotNull(source);
        String json = source.data();
        assertFalse(json.contains("<") || json.contains(">"), "no raw angle bracket inside the JSON: " + json);
        assertEquals(hostile, decodeJsonString(json), "the copy source round-trips exactly");

        // Exactly the page's own two scripts plus the one the fragment brings (which sits inside the wrapper).
        assertEquals(1, doc.select("script:not([type])").stream().filter(s -> s.closest("#wechat-fragment") == null).count());
        Element main = doc.select("script:not([type])").stream()
                .filter(s -> s.closest("#wechat-fragment") == null).findFirst().orElseThrow();
        assertTrue(main.data().contains("window.__inkstoneCopyResult"), "the page script is intact");
        assertNotNull(doc.getElementById("copy-button"));
        assertTrue(doc.title().contains("</title></script><script>alert(2)</script>"), "title escaped: " + doc.title());
    }

    @Test
    void jsonStringEscapesEverythingDangerous() {
        assertEquals("\"\\u003c/script\\u003e\"", WechatPreviewPage.jsonString("</script>"));
        assertEquals("\"\\u003c!--\"", WechatPreviewPage.jsonString("<!--"));
        assertEquals("\"a\\\"b\\\\c\\nd\\u2028\\u2029\"", WechatPreviewPage.jsonString("a\"b\\c\nd\u2028\u2029"));
        assertEquals("\"\\u0026nbsp;\"", WechatPreviewPage.jsonString("&nbsp;"));
        assertEquals("\"\\ud83d\\ude00\"", WechatPreviewPage.jsonString("😀"));
        assertEquals("\"\\ud800x\"", WechatPreviewPage.jsonString("\ud800x"), "a lone surrogate stays representable");
        assertEquals("\"中文\"", WechatPreviewPage.jsonString("中文"));
    }

    /** A minimal JSON string decoder (what JSON.parse does with the literals jsonString writes). */
    private static String decodeJsonString(String json) {
        String s = json.strip();
        assertTrue(s.startsWith("\"") && s.endsWith("\""), "a JSON string literal: " + s);
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|[\"\\\\/bfnrt])").matcher(s.substring(1, s.length() - 1));
        int last = 0;
        String body = s.substring(1, s.length() - 1);
        while (m.find()) {
            String plain = body.substring(last, m.start());
            assertFalse(plain.contains("\"") || plain.contains("\\"), "unescaped quote or backslash in " + plain);
            out.append(plain);
            String e = m.group(1);
            switch (e.charAt(0)) {
                case 'u' -> out.append((char) Integer.parseInt(e.substring(1), 16));
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                default -> out.append(e.charAt(0));
            }
            last = m.end();
        }
        out.append(body.substring(last));
        return out.toString();
    }
}
