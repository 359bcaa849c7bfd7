package org.inkstone.parse;

import com.vladsch.flexmark.util.ast.Node;
import org.inkstone.diagnostic.LineStarts;

/** The 1-based source line of a flexmark node, for a text that starts {@code offset} lines into the file. */
record NodeLines(LineStarts index, int offset) {
    int of(Node n) {
        return index.lineOf(n.getStartOffset()) + offset;
    }
}
