package org.inkstone.diagnostic;

import java.util.Arrays;

/** Where each line of a text starts: offset → line in O(log n) (flexmark's own lookup scans the whole text and made big files quadratic). */
public final class LineStarts {
    private final int[] starts;

    public LineStarts(CharSequence text) {
        int[] s = new int[64];
        int n = 1;
        for (int i = 0, len = text.length(); i < len; i++) {
            if (text.charAt(i) == '\n') {
                if (n == s.length) s = Arrays.copyOf(s, n * 2);
                s[n++] = i + 1;
            }
        }
        starts = Arrays.copyOf(s, n);
    }

    /** The 1-based line of a character offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The offset where the line after {@code line} (1-based) starts, or -1 when {@code line} is the last. */
    int startOfLineAfter(int line) {
        return line < starts.length ? starts[line] : -1;
    }
}
