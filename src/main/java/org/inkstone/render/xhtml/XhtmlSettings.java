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
 * @param titleShown      write the title (a title block, or the first heading when that is the title); false for an
 *                        output that shows the title elsewhere (WeChat's title field)
 * @param cjkEmphasis     how emphasis on Chinese text is marked for the theme's CSS ({@link CjkEmphasis}: the theme's
 *                        {@code cjk-emphasis=}); {@link CjkEmphasis#ITALIC} writes a plain {@code <em>}
 */
public record XhtmlSettings(boolean highlight, boolean lineNumbers, CodeHighlighter highlighter, Supplier<MathRenderer> math,
                            String mathInk, boolean epubSemantics, int maxTableColumns, boolean titleShown,
                            CjkEmphasis cjkEmphasis) {

    /**
     * Highlighted code with a highlighter of its own, no line numbers, math as TeX source, plain footnotes, every
     * table a table, emphasis a plain {@code <em>}.
     */
    public static XhtmlSettings defaults() {
        return builder().build();
    }

    /** A builder that starts from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * What an output starts from: the build's choices (line numbers), the theme's emphasis for Chinese text and the
     * theme's math, drawn for the output's text size and no wider than {@code mathMaxWidthPx} (0: no limit).
     */
    public static Builder forOutput(RenderContext ctx, float textSizePx, int mathMaxWidthPx) {
        return builder().lineNumbers(ctx.options().lineNumbers())
                .cjkEmphasis(CjkEmphasis.of(ctx.theme().properties(), ctx.diagnostics()))
                .highlighter(ctx.caches().highlighter())
                .math(ThemeMath.renderer(ctx.caches(), ctx.theme(), textSizePx, mathMaxWidthPx));
    }

    /** Collects the settings; each setter names one (see the record's components). */
    public static final class Builder {
        private boolean highlight = true;
        private boolean lineNumbers;
        private CodeHighlighter highlighter;
        private Supplier<MathRenderer> math;
        private String mathInk;
        private boolean epubSemantics;
        private int maxTableColumns;
        private boolean titleShown = true;
        private CjkEmphasis cjkEmphasis = CjkEmphasis.ITALIC;

        private Builder() {}

        public Builder highlighting(boolean on) {
            this.highlight = on;
            return this;
        }

        public Builder lineNumbers(boolean on) {
            this.lineNumbers = on;
            return this;
        }

        public Builder highlighter(CodeHighlighter h) {
            this.highlighter = h;
            return this;
        }

        public Builder math(Supplier<MathRenderer> renderer) {
            this.math = renderer;
            return this;
        }

        public Builder mathInk(String ink) {
            this.mathInk = ink;
            return this;
        }

        public Builder epubSemantics(boolean on) {
            this.epubSemantics = on;
            return this;
        }

        public Builder wideTablesAsLists(int columns) {
            this.maxTableColumns = columns;
            return this;
        }

        public Builder titleShown(boolean on) {
            this.titleShown = on;
            return this;
        }

        public Builder cjkEmphasis(CjkEmphasis choice) {
            this.cjkEmphasis = choice;
            return this;
        }

        public XhtmlSettings build() {
            return new XhtmlSettings(highlight, lineNumbers, highlighter == null ? new CodeHighlighter() : highlighter, math, mathInk, epubSemantics, maxTableColumns, titleShown,
                    cjkEmphasis);
        }
    }
}
