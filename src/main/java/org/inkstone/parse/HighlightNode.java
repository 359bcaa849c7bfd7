package org.inkstone.parse;

import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** flexmark node for {@code ==highlight==}; exists only inside the parse package. */
final class HighlightNode extends Node implements DelimitedNode {
    private BasedSequence opening = BasedSequence.NULL;
    private BasedSequence text = BasedSequence.NULL;
    private BasedSequence closing = BasedSequence.NULL;

    HighlightNode(BasedSequence opening, BasedSequence text, BasedSequence closing) {
        super(opening.baseSubSequence(opening.getStartOffset(), closing.getEndOffset()));
        this.opening = opening;
        this.text = text;
        this.closing = closing;
    }

    @Override public BasedSequence[] getSegments() { return new BasedSequence[] {opening, text, closing}; }
    @Override public BasedSequence getOpeningMarker() { return opening; }
    @Override public void setOpeningMarker(BasedSequence s) { opening = s; }
    @Override public BasedSequence getText() { return text; }
    @Override public void setText(BasedSequence s) { text = s; }
    @Override public BasedSequence getClosingMarker() { return closing; }
    @Override public void setClosingMarker(BasedSequence s) { closing = s; }
}
