package org.inkstone.math;

/**
 * One rendered formula: a self-contained SVG document (no ids, no {@code <defs>}, ink in
 * {@code currentColor}) and its size in whole CSS pixels.
 *
 * @param svg      the {@code <svg>} element, one line of well-formed XML in the SVG namespace, with
 *                 {@code width}/{@code height} equal to {@link #widthPx()}/{@link #heightPx()} and a
 *                 matching {@code viewBox}
 * @param widthPx  width in px (an integer: OpenHTMLtoPDF refuses decimal sizes)
 * @param heightPx height in px, ascent plus depth
 * @param depthPx  how far the bottom of the SVG lies below the formula's baseline, in px; inline math
 *                 sits on the text baseline with {@code vertical-align: -depthPx px}
 * @param tex      the TeX source the SVG was made from
 */
public record MathSvg(String svg, int widthPx, int heightPx, double depthPx, String tex) {

    /**
     * The SVG with presentation attributes on its root. {@code colour} (a CSS colour, e.g. the
     * theme's text colour) fixes the ink for renderers that draw the SVG apart from the page and so
     * do not inherit its colour: OpenHTMLtoPDF draws {@code currentColor} black without it.
     * {@code style} is an inline style, e.g. {@code "vertical-align:-5px"} or
     * {@code "display:block;margin:0 auto"}. Either may be null.
     */
    public String svg(String colour, String style) {
        StringBuilder attributes = new StringBuilder();
        if (colour != null) attributes.append(" color=\"").append(SvgWriter.escape(colour)).append('"');
        if (style != null) attributes.append(" style=\"").append(SvgWriter.escape(style)).append('"');
        return "<svg" + attributes + svg.substring("<svg".length());
    }

    /** The CSS {@code vertical-align} value that puts the formula's baseline on the text baseline, e.g. {@code -5px}. */
    public String verticalAlign() {
        return depthPx == 0 ? "0" : SvgNumbers.format(-depthPx) + "px";
    }
}
