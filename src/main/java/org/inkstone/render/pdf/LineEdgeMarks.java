package org.inkstone.render.pdf;

/**
 * The marks that clreq's basic prohibition rules keep off a line's edges: closing brackets and quotes, pause and stop
 * marks, the ellipsis and interpuncts may not start a line; opening brackets and quotes may not end one. A two-em dash
 * {@code ——} and an ellipsis {@code ……} stay whole.
 *
 * @see <a href="https://www.w3.org/TR/clreq/#prohibition_rules_for_line_start_end">clreq: prohibition rules</a>
 */
final class LineEdgeMarks {
    private static final String NOT_AT_START = "，。、：；！？‼⁇⁈⁉．”’）》」』】〉〕］｝〗〙〛｠»›…‥·・";
    private static final String NOT_AT_END = "“‘（《「『【〈〔［｛〖〘〚｟«‹";

    private LineEdgeMarks() {}

    /** Whether a line may not start with {@code c}: a closing, pause or stop mark. */
    static boolean notAtStart(int c) {
        return c > 0x7f && NOT_AT_START.indexOf(c) >= 0;
    }

    /** Whether a line may not end with {@code c}: an opening bracket or quote. */
    static boolean notAtEnd(int c) {
        return c > 0x7f && NOT_AT_END.indexOf(c) >= 0;
    }

    /** Whether {@code c} doubled ({@code ——}, {@code ……}) may not be split by a line end. */
    static boolean unsplittable(int c) {
        return c == '—' || c == '…' || c == '⸺';
    }
}
