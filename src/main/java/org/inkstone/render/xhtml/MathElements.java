package org.inkstone.render.xhtml;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.Failure;
import org.inkstone.math.MathRenderer;
import org.inkstone.math.MathSvg;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

import java.util.function.Supplier;

/**
 * Math as markup: {@code <span class="math math-inline">} on the baseline and
 * {@code <div class="math math-display">} centred, each holding the formula's SVG (labelled with
 * its TeX). Without a renderer, or when the TeX cannot be rendered (the renderer has warned), the
 * TeX source is shown in code style; so is a formula the renderer fails on, with a warning at its line.
 */
final class MathElements {
    private final Supplier<MathRenderer> setup;
    private final String ink;
    private final Diagnostics diagnostics;
    private MathRenderer renderer;

    /**
     * @param setup gives the math renderer when the first formula needs it (null, or giving null:
     *              show TeX source), so documents without math never load it
     * @param ink   a colour for the SVG's {@code currentColor} where the output cannot inherit one, or null
     */
    MathElements(Supplier<MathRenderer> setup, String ink, Diagnostics diagnostics) {
        this.setup = setup;
        this.ink = ink;
        this.diagnostics = diagnostics;
    }

    /**
     * The formula's SVG element, or null to show the TeX source: when there is no renderer, when
     * the renderer refused the TeX (it has warned), or when rendering failed (warned here).
     */
    private Element drawn(String tex, boolean display, int line) {
        try {
            if (renderer == null && setup != null) renderer = setup.get();
            MathSvg svg = renderer == null ? null : renderer.render(tex, display, line, diagnostics);
            if (svg == null) return null;
            return element(svg.svg(ink, display ? "display:block;margin:0 auto" : "vertical-align:" + svg.verticalAlign()));
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.warn(line, "formula " + MathRenderer.quote(tex) + " could not be drawn (" + Failure.describe(e)
                    + "); it is shown as TeX source");
            return null;
        }
    }

    void inline(Element parent, String tex, int line) {
        Element span = parent.appendElement("span").addClass("math").addClass("math-inline");
        Element svg = drawn(tex, false, line);
        if (svg == null) source(span, tex);
        else span.appendChild(svg);
    }

    void display(Element parent, String tex, int line) {
        Element div = parent.appendElement("div").addClass("math").addClass("math-display");
        Element svg = drawn(tex, true, line);
        if (svg == null) source(div, tex);
        else div.appendChild(svg);
    }

    private static void source(Element holder, String tex) {
        holder.attr("role", "math").attr("aria-label", tex);
        holder.appendElement("code").addClass("math-source").text(tex);
    }

    /**
     * The SVG text as an element: parsed as XML (so {@code viewBox} keeps its case), then rebuilt
     * as plain elements, so that each output's serialiser writes them its own way
     * ({@code <path/>} in XHTML, {@code <path></path>} in HTML, as browsers do).
     */
    private static Element element(String svg) {
        return rebuild(Jsoup.parse(svg, "", Parser.xmlParser()).child(0));
    }

    private static Element rebuild(Element parsed) {
        Element e = new Element(Tag.valueOf(parsed.tagName(), Parser.NamespaceSvg, ParseSettings.preserveCase), "");
        for (Attribute a : parsed.attributes()) e.attributes().put(a.getKey(), a.getValue()); // attr() would lower-case viewBox
        for (Node child : parsed.childNodes()) {
            if (child instanceof Element c) e.appendChild(rebuild(c));
            else if (child instanceof TextNode t) e.appendText(t.getWholeText());
        }
        return e;
    }
}
