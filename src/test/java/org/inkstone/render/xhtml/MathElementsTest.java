package org.inkstone.render.xhtml;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.math.MathRenderer;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Formulas in the shared writer: SVG on the baseline or centred, TeX source when they cannot be drawn. */
class MathElementsTest {
    private static final String DOC = "# 公式\n\n质能 $E = mc^2$，再写一次 $E = mc^2$。\n\n$$\n\\int_0^1 x^2 \\, dx = \\frac{1}{3}\n$$\n\n坏的 $\\frac{1}{$ 公式。\n";

    private record Result(Element article, List<Diagnostic> warnings, MathRenderer renderer) {}

    private static Result write(String markdown) {
        Diagnostics d = new Diagnostics("t.md");
        MathRenderer renderer = new MathRenderer(16);
        Element article = new XhtmlWriter(ImageResolver.AS_WRITTEN, d, XhtmlSettings.builder().math(() -> renderer).build())
                .article(TestDocs.build(markdown, d));
        return new Result(article, d.all(), renderer);
    }

    @Test
    void inlineAndDisplayFormulasAreSvg() {
        Result r = write(DOC);
        List<Element> inline = r.article().select("span.math-inline > svg");
        assertEquals(2, inline.size());
        assertTrue(inline.get(0).attr("style").startsWith("vertical-align:"), inline.get(0).attr("style"));
        assertEquals("E = mc^2", inline.get(0).attr("aria-label"));
        Element display = r.article().selectFirst("div.math-display > svg");
        assertTrue(display.attr("style").contains("display:block"));
        assertEquals("\\int_0^1 x^2 \\, dx = \\frac{1}{3}", display.attr("aria-label"));
        assertTrue(display.hasAttr("viewBox"), "viewBox keeps its case");
    }

    @Test
    void aRepeatedFormulaIsRenderedOnce() {
        Result r = write(DOC);
        assertEquals(3, r.renderer().renderCount(), "E = mc^2 twice, the integral, the broken one: three distinct");
    }

    @Test
    void invalidTexWarnsWithTheLineAndShowsTheSource() {
        Result r = write(DOC);
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertEquals(9, r.warnings().get(0).line());
        assertTrue(r.warnings().get(0).message().contains("shown as TeX source"));
        assertEquals("\\frac{1}{", r.article().selectFirst("span.math-inline > code.math-source").text());
    }

    @Test
    void thePageIsWellFormedXmlWithSvgInItsNamespace() throws Exception {
        Result r = write(DOC);
        String xhtml = XhtmlWriter.serialize(XhtmlWriter.page(TestDocs.build(DOC, new Diagnostics("t.md")).metadata(), "",
                r.article()));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        var svgs = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertEquals(3, svgs.getLength());
        assertEquals(0, dom.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "svg").getLength());
    }

    @Test
    void withoutARendererMathStaysTexSource() {
        Diagnostics d = new Diagnostics("t.md");
        Element article = new XhtmlWriter(ImageResolver.AS_WRITTEN, d).article(TestDocs.build(DOC, d));
        assertEquals(0, article.select("svg").size());
        assertEquals(4, article.select("code.math-source").size());
        assertEquals(List.of(), d.all());
    }
}
