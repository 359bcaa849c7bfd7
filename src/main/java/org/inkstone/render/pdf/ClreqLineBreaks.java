package org.inkstone.render.pdf;



/**
 * The line breaker OpenHTMLtoPDF is given: the JDK's line rules (URL-aware, without the break after a word-initial
 * hyphen: {@link LeadingHyphenBreaks}) less the breaks that clreq's basic prohibition rules forbid inside a run of
 * text ({@link LineEdgeMarks}): none before a closing, pause or stop mark or an ellipsis (the JDK allows one before
 * {@code ……}), none after an opening mark, none inside {@code ——} or {@code ……}; and none between a number's decimal
 * point and its next digit ({@code v2.0}, which the JDK would cut after {@code v2.}).
 *
 * <p>A breaker sees one run of text at a time; where a mark meets an inline element's edge, {@link InlineBoundaryGlue}
 * keeps it with its neighbour. Only break opportunities are removed: the text is unchanged.
 * OpenHTMLtoPDF reuses one breaker for every text run of a document, so each PDF gets its own.
 */
final class ClreqLineBreaks extends FilteredBreaks {
    ClreqLineBreaks() {
        super(new LeadingHyphenBreaks());
    }

    @Override
    boolean forbids(String text, int at) {
        return forbidden(text, at);
    }

    /** Whether clreq forbids a line break at {@code at} (between the characters before and after it) in {@code text}. */
    static boolean forbidden(CharSequence text, int at) {
        if (at <= 0 || at >= text.length()) return false;
        int before = Character.codePointBefore(text, at);
        int after = Character.codePointAt(text, at);
        return LineEdgeMarks.notAtStart(after) || LineEdgeMarks.notAtEnd(before)
                || (before == after && LineEdgeMarks.unsplittable(before))
                || decimalPoint(text, at, before, after);
    }

    private static boolean decimalPoint(CharSequence text, int at, int before, int after) {
        return before == '.' && at >= 2 && Character.isDigit(text.charAt(at - 2)) && Character.isDigit(after);
    }
}
