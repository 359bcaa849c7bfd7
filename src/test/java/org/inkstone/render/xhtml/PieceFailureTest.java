package org.inkstone.render.xhtml;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.highlight.FailingHighlighter;
import org.inkstone.math.MathRenderer;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One piece the writer fails on (a code block the highlighter throws on, a formula the renderer
 * cannot draw, an image the output cannot convert, raw HTML that cannot be read) degrades alone:
 * plain code, TeX source, a placeholder or text, with one warning at the piece's line; the rest
 * of the document is written as usual.
 */
class PieceFailureTest {
    private static final String DOC = """
            # 标题

            第一段。

            ```html
            <p class="x">段落</p>
            ```

            公式 $a^2+b^2$ 在行内。

            $$
            \\sum_{i=1}^n i
            $$

            ![示意图](images/figure.png)

            <p>原始 <img src="images/raw.png" alt="原始图"> 段落</p>

            最后一段。
            """;

    private final Diagnostics diagnostics = new Diagnostics("t.md");

    private Element write(XhtmlWriter writer) {
        return writer.article(TestDocs.build(DOC, diagnostics));
    }

    private List<String> warnings() {
        return diagnostics.all().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING)
                .map(Diagnostic::format).toList();
    }

    private static void restIsIntact(Element article) {
        assertEquals("标题", article.selectFirst("h1").text());
        List<String> paragraphs = article.select("p").eachText();
        assertTrue(paragraphs.contains("第一段。"), paragraphs.toString());
        assertTrue(paragraphs.contains("最后一段。"), paragraphs.toString());
    }

    @Test
    void aCodeBlockTheHighlighterFailsOnIsPlainCode() {
        for (Supplier<Throwable> failure : List.<Supplier<Throwable>>of(
                () -> new RuntimeException("Prism4j internal error. Number of entry nodes is greater\nNodes: []"),
                StackOverflowError::new)) {
            Diagnostics d = new Diagnostics("t.md");
            Element article = new XhtmlWriter(ImageResolver.AS_WRITTEN, d,
                    XhtmlSettings.builder().highlighter(FailingHighlighter.failingOn("markup", failure)).build()).article(TestDocs.build(DOC, d));
            Element pre = article.selectFirst("pre.code-block");
            assertNotNull(pre);
            assertEquals("<p class=\"x\">段落</p>", pre.selectFirst("code").wholeText(), "the code, as plain text");
            assertTrue(pre.select("span").isEmpty());
            assertFalse(pre.hasClass("highlighted"));
            assertEquals("html", pre.attr("data-lang"));
            List<String> warnings = d.all().stream().map(Diagnostic::format).toList();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("t.md:5: warning: the html code block could not be highlighted ("),
                    warnings.get(0));
            assertTrue(warnings.get(0).endsWith("); it is shown as plain code"), warnings.get(0));
            assertFalse(warnings.get(0).contains("Nodes:"), "one line of the library's message");
            restIsIntact(article);
        }
    }

    @Test
    void formulasTheRendererCannotDrawAreTexSource() {
        Supplier<MathRenderer> broken = () -> {
            throw new IllegalStateException("no fonts for math");
        };
        Element article = write(new XhtmlWriter(ImageResolver.AS_WRITTEN, diagnostics, XhtmlSettings.builder().math(broken).build()));
        assertEquals("a^2+b^2", article.selectFirst("span.math-inline code.math-source").text());
        assertEquals("\\sum_{i=1}^n i", article.selectFirst("div.math-display code.math-source").text());
        assertTrue(article.select("svg").isEmpty());
        assertEquals(List.of(
                "t.md:9: warning: formula `a^2+b^2` could not be drawn (no fonts for math); it is shown as TeX source",
                "t.md:11: warning: formula `\\sum_{i=1}^n i` could not be drawn (no fonts for math); it is shown as TeX source"),
                warnings());
        restIsIntact(article);
    }

    @Test
    void imagesTheOutputFailsOnArePlaceholders() {
        ImageResolver failing = image -> {
            if (image.src().equals("images/figure.png")) throw new IllegalArgumentException("image 'images/figure.png' is damaged");
            if (image.src().equals("images/raw.png")) throw new StackOverflowError();
            return ImageResolver.Resolved.at(image.src());
        };
        Element article = write(new XhtmlWriter(failing, diagnostics));
        assertTrue(article.select("img").isEmpty(), article.html());
        assertEquals(List.of("示意图", "原始图"), article.select("span.image-missing").eachAttr("aria-label"));
        assertEquals(List.of(
                "t.md:15: warning: image 'images/figure.png' could not be used (image 'images/figure.png' is damaged);"
                        + " it is shown as a placeholder",
                "t.md:17: warning: image 'images/raw.png' could not be used (it nests too deeply); it is shown as a placeholder"),
                warnings());
        assertTrue(article.text().contains("原始"), "the raw paragraph's text stays");
        restIsIntact(article);
    }

    @Test
    void rawHtmlThatCannotBeReadIsText() {
        RawHtmlSanitizer sanitizer = new RawHtmlSanitizer(diagnostics, html -> {
            throw new IllegalStateException("parser gave up");
        });
        List<org.jsoup.nodes.Node> nodes = sanitizer.clean(new RawHtmlSource().raw("<p>原始 <b>粗</b></p>", 17));
        assertEquals(1, nodes.size());
        assertEquals("<p>原始 <b>粗</b></p>", ((org.jsoup.nodes.TextNode) nodes.get(0)).getWholeText());
        Element holder = new Element("div");
        holder.appendChild(nodes.get(0));
        assertEquals("&lt;p&gt;原始 &lt;b&gt;粗&lt;/b&gt;&lt;/p&gt;", holder.html(), "escaped, never markup");
        assertEquals(List.of("t.md:17: warning: raw HTML could not be read (parser gave up); it is shown as text"), warnings());
    }
}
