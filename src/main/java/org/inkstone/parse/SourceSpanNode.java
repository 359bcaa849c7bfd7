package org.inkstone.parse;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A flexmark node of ours that stands for one span of the source, with no child nodes of its own. */
abstract class SourceSpanNode extends Node {
    SourceSpanNode(BasedSequence chars) {
        super(chars);
    }

    @Override public BasedSequence[] getSegments() { return new BasedSequence[] {getChars()}; }
}
