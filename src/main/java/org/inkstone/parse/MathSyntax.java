package org.inkstone.parse;

import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Reads TeX math before flexmark's escape handling can touch it, so {@code \,} survives.
 * Rules follow pandoc's {@code tex_math_dollars}: an opening {@code $} must be followed by a
 * non-space, a closing {@code $} must follow a non-space and must not be followed by a digit, so
 * {@code 价格 $5 与 $10} stays text. Unlike pandoc, the first unescaped {@code $} after an opening
 * one closes the formula or rules it out (a formula cannot contain a bare {@code $}), so a price
 * before a real formula on the same line ({@code $5 与 $\pi r^2$}) does not swallow the text
 * between them. {@code $$…$$} is display math and may span lines.
 */
final class MathSyntax extends InlineSyntax {

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        int n = input.length();
        boolean display = start + 1 < n && input.charAt(start + 1) == '$';
        int end = display ? findDisplayEnd(input, start + 2) : findInlineEnd(input, start + 1);
        if (end < 0) return false;
        int open = display ? 2 : 1;
        String tex = input.subSequence(start + open, end).toString();
        if (display) tex = tex.strip();
        parser.flushTextNode();
        BasedSequence chars = input.subSequence(start, end + open);
        parser.getBlock().appendChild(new MathNode(chars, display, tex));
        parser.setIndex(end + open);
        return true;
    }

    /** Index of the closing {@code $$}, or -1. */
    private static int findDisplayEnd(BasedSequence input, int from) {
        int n = input.length();
        for (int i = from; i + 1 < n; i++) {
            char c = input.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '$' && input.charAt(i + 1) == '$') {
                return input.subSequence(from, i).toString().isBlank() ? -1 : i;
            }
        }
        return -1;
    }

    /** Index of the closing {@code $}, or -1. */
    private static int findInlineEnd(BasedSequence input, int from) {
        int n = input.length();
        if (from >= n || Character.isWhitespace(input.charAt(from))) return -1;
        for (int i = from; i < n; i++) {
            char c = input.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '\n' && i + 1 < n && input.charAt(i + 1) == '\n') return -1;
            if (c == '$') {
                boolean afterSpace = Character.isWhitespace(input.charAt(i - 1));
                boolean beforeDigit = i + 1 < n && Character.isDigit(input.charAt(i + 1));
                // A formula holds no bare $: the first one either closes it or there is none here.
                return !afterSpace && !beforeDigit && i > from ? i : -1;
            }
        }
        return -1;
    }
}
