package org.inkstone.parse;

import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Obsidian's inline comments: {@code %%} opens a comment that the next {@code %%} closes, possibly
 * on a later line of the same paragraph. Code spans, math and links are read before a {@code %}
 * that comes after their opening character, so {@code `a %% b`} stays code. Without a closing
 * {@code %%} the comment takes the rest of the paragraph ({@link CommentNode#closed} false).
 */
final class CommentSyntax extends InlineSyntax {
    static final String MARKER = "%%";

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        if (start + 1 >= input.length() || input.charAt(start + 1) != '%') return false;
        int close = input.indexOf(MARKER, start + 2);
        boolean closed = close >= 0;
        int end = closed ? close + 2 : input.length();
        String text = input.subSequence(start + 2, closed ? close : input.length()).toString().strip();
        parser.flushTextNode();
        parser.getBlock().appendChild(new CommentNode(input.subSequence(start, end), text, closed));
        parser.setIndex(end);
        return true;
    }
}
