package org.inkstone.render.xhtml;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostics;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Highlighted code blocks in the shared writer: token spans, exact text, line numbers, plain fallbacks. */
class CodeElementsTest {
    private static final String JAVA = "// 问候\npublic class Hello {\n    /* 两行\n       注释 */\n    String s = \"你好\";\n}";

    private static Element pre(String markdown, boolean lineNumbers, Diagnostics d) {
        Element article = new XhtmlWriter(ImageResolver.AS_WRITTEN, d, XhtmlSettings.builder().lineNumbers(lineNumbers).build())
                .article(TestDocs.build(markdown, d));
        return article.selectFirst("pre");
    }

    private static Element pre(String markdown, boolean lineNumbers) {
        return pre(markdown, lineNumbers, new Diagnostics("t.md"));
    }

    /** The code's text without the line-number spans. */
    private static String codeText(Element pre) {
        Element copy = pre.clone();
        copy.select(".line-number").remove();
        return copy.selectFirst("code").wholeText();
    }

    @Test
    void tokensAreSpansAndTheTextIsTheSource() {
        Element pre = pre("```java\n" + JAVA + "\n```\n", false);
        assertTrue(pre.hasClass("highlighted"));
        assertEquals(JAVA, codeText(pre));
        assertEquals("public", pre.select("span.tok-keyword").first().text());
        assertEquals("\"你好\"", pre.select("span.tok-string").text());
        assertEquals(List.of("// 问候", "/* 两行", "注释 */"),
                pre.select("span.tok-comment").stream().map(e -> e.text().strip()).collect(Collectors.toList()),
                "a comment over two lines is closed at the line end and reopened");
        for (TextNode t : pre.selectFirst("code").textNodes()) {
            assertTrue(t.getWholeText().equals("\n") || !t.getWholeText().contains("\n") , "newlines sit between spans");
        }
        for (Element span : pre.select("span")) assertFalse(span.wholeText().contains("\n"), "no span crosses a line end");
    }

    @Test
    void lineNumbersFromTheOptionOrTheFence() {
        Element numbered = pre("```java\n" + JAVA + "\n```\n", true);
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), numbered.select(".line-number").eachText());
        assertEquals(JAVA, codeText(numbered));
        assertTrue(numbered.hasClass("line-numbers"));
        assertEquals("true", numbered.selectFirst(".line-number").attr("aria-hidden"));

        Element fence = pre("```python linenos\nx = 1\ny = 2\n```\n", false);
        assertEquals(List.of("1", "2"), fence.select(".line-number").eachText());
        assertEquals("python", fence.attr("data-lang"));
        Element braces = pre("```js {.line-numbers}\nlet a\n```\n", false);
        assertEquals(1, braces.select(".line-number").size());
        assertEquals(0, pre("```java\nint x;\n```\n", false).select(".line-number").size());
    }

    @Test
    void unknownAndPlainLanguagesStayPlainWithoutWarnings() {
        for (String fence : List.of("```\n", "```text\n", "```mermaid\n", "```no-such-language\n")) {
            Diagnostics d = new Diagnostics("t.md");
            Element pre = pre(fence + "graph TD; A-->B\n```\n", false, d);
            assertEquals(0, pre.select("span").size(), fence);
            assertFalse(pre.hasClass("highlighted"));
            assertEquals("graph TD; A-->B", codeText(pre));
            assertEquals(List.of(), d.all(), "no warning for " + fence);
        }
    }

    @Test
    void highlightingCanBeSwitchedOff() {
        Diagnostics d = new Diagnostics("t.md");
        Element article = new XhtmlWriter(ImageResolver.AS_WRITTEN, d, XhtmlSettings.builder().highlighting(false).build())
                .article(TestDocs.build("```java\n" + JAVA + "\n```\n", d));
        assertEquals(0, article.select("pre span").size());
        assertEquals(JAVA, article.selectFirst("pre code").wholeText());
    }
}
