package org.inkstone.render.xhtml;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.math.MathRenderer;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A paragraph that mixes Markdown with raw HTML tags: the tags are sanitised, the writer's own
 * markup between them (formulas, footnote references, images, spaces) comes through untouched.
 */
class MixedRawHtmlTest {
    private record Result(Element article, List<Diagnostic> diagnostics) {}

    private static Result write(String markdown) {
        Diagnostics d = new Diagnostics("t.md");
        MathRenderer renderer = new MathRenderer(16);
        Element article = new XhtmlWriter(ImageResolver.AS_WRITTEN, d, XhtmlSettings.builder().math(() -> renderer).epubSemantics(true).build())
                .article(TestDocs.build(markdown, d));
        return new Result(article, d.all());
    }

    @Test
    void formulasNoteReferencesAndSpacesSurviveBesideRawTags() {
        Result r = write("按 <kbd>Ctrl</kbd> 键，公式 $x^2$ 和脚注[^1]，还有 **粗体** 与 [链接](https://example.com)。\n\n[^1]: 注释。\n");
        Element p = r.article().selectFirst("p");
        assertEquals("按 Ctrl 键，公式 x^2 和脚注1，还有 粗体 与 链接。", p.text());
        assertEquals("<kbd>Ctrl</kbd>", p.selectFirst("kbd").outerHtml());
        Element svg = p.selectFirst("span.math-inline > svg");
        assertNotNull(svg, p.outerHtml());
        assertEquals("x^2", svg.attr("aria-label"));
        assertTrue(svg.hasAttr("viewBox") && svg.selectFirst("path") != null, svg.outerHtml());
        Element ref = p.selectFirst("sup.footnote-ref > a");
        assertEquals("noteref", ref.attr("epub:type"), p.outerHtml());
        assertEquals("#fn-1", ref.attr("href"));
        assertEquals("https://example.com", p.selectFirst("a:contains(链接)").attr("href"));
        assertEquals(List.of(), r.diagnostics(), "nothing of the writer's is reported as removed");
    }

    @Test
    void rawTagsStillPairAroundMarkdownAndUnsafeOnesGo() {
        Result r = write("前 <b>粗 *斜* 体 $y$</b> 中 <span onclick=\"x()\">危险</span> 后 <u>下划线</u>\n");
        Element p = r.article().selectFirst("p");
        Element b = p.selectFirst("b");
        assertNotNull(b, p.outerHtml());
        assertEquals("粗 斜 体 y", b.text());
        assertNotNull(b.selectFirst("em"), "the Markdown emphasis is inside the raw <b>");
        assertNotNull(b.selectFirst("svg"), "the formula is inside the raw <b>");
        assertTrue(p.select("[onclick]").isEmpty(), p.outerHtml());
        assertEquals("前 粗 斜 体 y 中 危险 后 下划线", p.text());
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        assertTrue(r.diagnostics().get(0).message().contains("onclick"), r.diagnostics().toString());
    }

    @Test
    void privateUseCharactersInTheTextAreLeftAlone() {
        Result r = write("私用区 \uE000 和 \uE0017\uE001 <i>斜</i> 字\n");
        assertEquals("私用区 \uE000 和 \uE0017\uE001 斜 字", r.article().selectFirst("p").text());
    }

    @Test
    void aRawLinkAroundAMarkdownLinkDoesNotNestLinks() {
        Result r = write("地址：<a href=\"https://github.com/foo/bar\" target=\"_blank\">https://github.com/foo/bar</a>，"
                + "<a href=\"https://example.org\">见 [文档](https://example.com/doc) 与脚注[^1]</a>。\n\n[^1]: 注。\n");
        Element p = r.article().selectFirst("p");
        assertTrue(p.select("a a").isEmpty(), p.outerHtml());
        assertEquals("https://github.com/foo/bar", p.selectFirst("a:contains(github)").attr("href"));
        assertEquals("https://example.org", p.selectFirst("a:contains(文档)").attr("href"), "the raw, outer link is kept");
        assertEquals("地址：https://github.com/foo/bar，见 文档 与脚注1。", p.text());
    }
}
