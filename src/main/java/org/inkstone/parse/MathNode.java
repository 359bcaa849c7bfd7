package org.inkstone.parse;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** flexmark node for {@code $…$} (inline) and {@code $$…$$} (display); {@code tex} is verbatim. */
final class MathNode extends Node {
    final boolean display;
    final String tex;

    MathNode(BasedSequence chars, boolean display, String tex) {
        super(chars);
        this.display = display;
        this.tex = tex;
    }

    @Override public BasedSequence[] getSegments() { return new BasedSequence[] {getChars()}; }
}
