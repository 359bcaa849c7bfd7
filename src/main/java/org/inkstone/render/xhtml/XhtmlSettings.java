package org.inkstone.render.xhtml;

import org.inkstone.highlight.CodeHighlighter;
import org.inkstone.math.MathRenderer;
import org.inkstone.render.RenderContext;
import org.inkstone.render.ThemeMath;

import java.util.function.Supplier;

/**
 * How the {@link XhtmlWriter} writes, chosen once by each output.
 *
 * @param highlight       highlight code at build time
 * @param lineNumbers     number the lines of every code block (a fence can ask with {@code linenos} on its own)
 * @param highlighter     the highlighter (and its cache)
 * @param math            draws formulas as SVG, asked for when the first formula comes; null: formulas show as TeX source
 * @param mathInk         the formulas' colour where the output cannot pass the text colour on ({@code currentColor}
 *                        in OpenHTMLtoPDF); null leaves the colour to the page
 * @param epubSemantics   mark footnotes with EPUB structural semantics: each reference gets {@code epub:type="noteref"},
 *                        and each note becomes {@code <aside epub:type="footnote">} (with its number) instead of an item
 *                        of an ordered list, so e-readers can show it as a pop-up; the page must declare {@code xmlns:epub}
 * @param maxTableColumns show a table of more columns as a list of its rows, each cell as "column name：value", with a
 *                        warning at its line (0: every table stays a table); for a page of fixed width, where such a
 *                        table cannot fit and loses columns
 */
public record XhtmlSettings(boolean highlight, boolean lineNumbers, CodeHighlighter highlighter, Supplier<MathRenderer> math,
                            String mathInk, boolean epubSemantics, int maxTableColumns) {

    /** Highlighted code with the process-wide highlighter, no line numbers, math as TeX source, plain footnotes, every table a table. */
    public static XhtmlSettings defaults() {
        return new XhtmlSettings(true, false, CodeHighlighter.shared(), null, null, false, 0);
    }

    /**
     * What an output starts from: the build's choices (line numbers) and the theme's math, drawn for
     * the output's text size and no wider than {@code mathMaxWidthPx} (0: no limit).
     */
    public static XhtmlSettings forOutput(RenderContext ctx, float textSizePx, int mathMaxWidthPx) {
        return defaults().withLineNumbers(ctx.options().lineNumbers())
                .withMath(ThemeMath.renderer(ctx.theme(), textSizePx, mathMaxWidthPx));
    }

    public XhtmlSettings withLineNumbers(boolean on) {
        return new XhtmlSettings(highlight, on, highlighter, math, mathInk, epubSemantics, maxTableColumns);
    }

    public XhtmlSettings withHighlighting(boolean on) {
        return new XhtmlSettings(on, lineNumbers, highlighter, math, mathInk, epubSemantics, maxTableColumns);
    }

    public XhtmlSettings withHighlighter(CodeHighlighter h) {
        return new XhtmlSettings(highlight, lineNumbers, h, math, mathInk, epubSemantics, maxTableColumns);
    }

    public XhtmlSettings withMath(Supplier<MathRenderer> renderer) {
        return new XhtmlSettings(highlight, lineNumbers, highlighter, renderer, mathInk, epubSemantics, maxTableColumns);
    }

    public XhtmlSettings withMathInk(String ink) {
        return new XhtmlSettings(highlight, lineNumbers, highlighter, math, ink, epubSemantics, maxTableColumns);
    }

    public XhtmlSettings withEpubSemantics(boolean on) {
        return new XhtmlSettings(highlight, lineNumbers, highlighter, math, mathInk, on, maxTableColumns);
    }

    public XhtmlSettings withWideTablesAsLists(int columns) {
        return new XhtmlSettings(highlight, lineNumbers, highlighter, math, mathInk, epubSemantics, columns);
    }
}
