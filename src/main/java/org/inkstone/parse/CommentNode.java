package org.inkstone.parse;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark node for an Obsidian comment {@code %%…%%} inside a paragraph, a heading or a table
 * cell. {@code text} is what lies between the markers; an unclosed comment ({@code closed} false)
 * runs to the end of its paragraph here, and the converter hides the rest of the file.
 */
final class CommentNode extends SourceSpanNode {
    final String text;
    final boolean closed;

    CommentNode(BasedSequence chars, String text, boolean closed) {
        super(chars);
        this.text = text;
        this.closed = closed;
    }
}
