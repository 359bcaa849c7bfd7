package org.inkstone.parse;

import java.util.Arrays;

/** Offset → line number in O(log n) (flexmark's own lookup scans the whole text and made big files quadratic). */
final class LineIndex {
    private final int[] starts;

    LineIndex(CharSequence text) {
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

    /** 0-based line of a character offset. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
