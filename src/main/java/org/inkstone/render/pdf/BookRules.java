package org.inkstone.render.pdf;

/**
 * The rules of a theme's print CSS that are for books only: the block from the comment line starting
 * {@code /* ---------- Books} to the one reading {@code /* ---------- end of books ---------- *}{@code /}
 * (to the end, without it). An article's page is written without them, so that adding them changed no
 * article's PDF (whose identifier is a digest of its page).
 */
final class BookRules {
    static final String START = "\n/* ---------- Books";
    static final String END = "/* ---------- end of books ---------- */\n";

    private BookRules() {}

    /** {@code css} without its books block; as it is when it has none. */
    static String leftOut(String css) {
        int start = css.indexOf(START);
        if (start < 0) return css;
        int end = css.indexOf(END, start);
        return css.substring(0, start) + (end < 0 ? "" : css.substring(end + END.length()));
    }
}
