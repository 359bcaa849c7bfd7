package org.inkstone.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark node for an Obsidian comment block: a line starting with {@code %%} up to the line
 * holding the next {@code %%}. {@code text} is what lies between the markers; {@code trailing} is
 * any text after the closing {@code %%} on its line, which Obsidian shows.
 */
final class CommentBlock extends Block {
    String text = "";
    String trailing = "";
    boolean closed;

    @Override public BasedSequence[] getSegments() { return EMPTY_SEGMENTS; }
}
