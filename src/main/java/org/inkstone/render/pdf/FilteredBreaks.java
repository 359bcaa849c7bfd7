package org.inkstone.render.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;

import java.text.BreakIterator;

/**
 * A line breaker that offers the break opportunities of another, less those a rule forbids. Only
 * opportunities are removed: the text, and what a reader copies, is unchanged. OpenHTMLtoPDF reuses one
 * breaker for every text run of a document, so each PDF gets its own.
 */
abstract class FilteredBreaks implements FSTextBreaker {
    private final FSTextBreaker inner;
    private String text = "";

    FilteredBreaks(FSTextBreaker inner) {
        this.inner = inner;
    }

    @Override
    public final void setText(String newText) {
        text = newText;
        inner.setText(newText);
    }

    @Override
    public final int next() {
        int at = inner.next();
        while (at != BreakIterator.DONE && forbids(text, at)) at = inner.next();
        return at;
    }

    /** Whether the rule forbids a break at {@code at} (between the characters before and after it) in {@code text}. */
    abstract boolean forbids(String text, int at);
}
