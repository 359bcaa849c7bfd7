package org.inkstone.render.pdf;

import org.inkstone.options.PageSize;


/**
 * The page a size name stands for: its dimensions, margins and body text size, written as the
 * {@code @page} rule that comes before the theme's print CSS; plus what the first page shows.
 *
 * @param name     A4, A5, B5 (ISO, 176 × 250 mm) or Letter
 * @param widthMm  page width
 * @param heightMm page height
 * @param topMm    top margin (holds the running header)
 * @param bottomMm bottom margin (holds the page number)
 * @param sideMm   left and right margins
 * @param fontPt   body text size; 10.5 pt is 五号, the usual size of a Chinese book page
 */
record PageSetup(String name, double widthMm, double heightMm, double topMm, double bottomMm, double sideMm, double fontPt) {

    static PageSetup of(PageSize size) {
        return switch (size) {
            case A5 -> new PageSetup(size.label(), 148, 210, 18, 17, 16, 9.5);
            case B5 -> new PageSetup(size.label(), 176, 250, 21, 19, 19, 10);
            case LETTER -> new PageSetup(size.label(), 215.9, 279.4, 24, 22, 25.4, 10.5);
            case A4 -> new PageSetup(size.label(), 210, 297, 25, 22, 24, 10.5);
        };
    }

    /** The body text size in CSS pixels (96 per inch). */
    float fontPx() {
        return (float) (fontPt * 96 / 72);
    }

    /** The width of the text block in body-text ems. */
    double textWidthEm() {
        return (widthMm - 2 * sideMm) / 25.4 * 72 / fontPt;
    }

    /** The width of the text block in CSS pixels (96 per inch). */
    double textWidthPx() {
        return (widthMm - 2 * sideMm) / 25.4 * 96;
    }

    /**
     * The page rule, the body text size and the title page's proportions (title a fifth of the way
     * down, a cover at most 40% of the page tall), written before the theme's print CSS, which may
     * override them.
     */
    String css() {
        double textHeight = heightMm - topMm - bottomMm;
        return "@page { size: " + mm(widthMm) + " " + mm(heightMm) + "; margin: " + mm(topMm) + " " + mm(sideMm) + " "
                + mm(bottomMm) + " " + mm(sideMm) + "; }\n"
                + "body.ink { font-size: " + num(fontPt) + "pt; }\n"
                + "section.title-page { padding-top: " + mm(Math.round(textHeight * 0.2)) + "; }\n"
                + "section.title-page.with-cover { padding-top: " + mm(Math.round(textHeight * 0.04)) + "; }\n"
                + "section.title-page div.cover img { max-height: " + mm(Math.round(heightMm * 0.4)) + "; }\n";
    }

    /** A book's part title page: the title a third of the way down the text block (written after the theme's CSS). */
    String partPageCss() {
        return "body.book .ink-document section.part-page { padding-top: " + mm(Math.round((heightMm - topMm - bottomMm) * 0.3)) + "; }\n";
    }

    /** With a title page, the first page has neither running header nor page number (written after the theme's CSS). */
    static String firstPageCss(boolean titlePage) {
        return titlePage ? "@page :first { @top-center { content: none; } @bottom-center { content: none; } }\n" : "";
    }

    private static String mm(double v) {
        return num(v) + "mm";
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
