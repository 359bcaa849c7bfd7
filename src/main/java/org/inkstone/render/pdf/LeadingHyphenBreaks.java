package org.inkstone.render.pdf;

import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * OpenHTMLtoPDF's line breaker without the break right after a word-initial hyphen: the JDK's line
 * rules (which OpenHTMLtoPDF uses, through its URL-aware wrapper) allow a break after every
 * hyphen-minus, so inline code such as {@code -EXTENSION}, {@code --cjk-spacing} or {@code -Xss16m}
 * could end a line with a lone {@code -} or {@code --}. A hyphen run that starts the text or follows
 * a space or an opening bracket or quote keeps to the character after it, as Unicode's line breaking
 * rules (UAX #14, LB20.1) say; hyphens inside a word ({@code a-very-long-identifier}) still allow a
 * break. Only break opportunities are removed: the text, and what a reader copies, is unchanged.
 *
 * <p>OpenHTMLtoPDF reuses one breaker for every text run of a document, so each PDF gets its own.
 */
final class LeadingHyphenBreaks extends FilteredBreaks {
    LeadingHyphenBreaks() {
        super(new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US)));
    }

    @Override
    boolean forbids(String text, int at) {
        return afterLeadingHyphen(text, at);
    }

    /** Whether a break at {@code at} would separate a word-initial hyphen (or run of them) from the word it starts. */
    static boolean afterLeadingHyphen(String text, int at) {
        if (at <= 0 || at >= text.length() || !isHyphen(text.charAt(at - 1)) || opensGap(text.charAt(at))) return false;
        int start = at - 1;
        while (start > 0 && isHyphen(text.charAt(start - 1))) start--;
        return start == 0 || opensGap(text.charAt(start - 1)) || opens(text.charAt(start - 1));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010';
    }

    private static boolean opensGap(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean opens(char c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION || c == '"' || c == '\'';
    }
}
