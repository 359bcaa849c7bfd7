package org.inkstone.parse;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/** flexmark node for {@code $…$} (inline) and {@code $$…$$} (display); {@code tex} is verbatim. */
final class MathNode extends SourceSpanNode {
    final boolean display;
    final String tex;

    MathNode(BasedSequence chars, boolean display, String tex) {
        super(chars);
        this.display = display;
        this.tex = tex;
    }
}
