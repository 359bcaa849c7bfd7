package org.inkstone.render.epub;

import org.inkstone.model.Block;
import org.inkstone.model.Code;
import org.inkstone.model.CodeBlock;
import org.inkstone.model.Document;
import org.inkstone.model.DocumentWalker;
import org.inkstone.model.Inline;

/** Whether a document shows any code (a code block or inline code): a book without it needs no monospaced face. */
final class ShownCode extends DocumentWalker {
    private boolean found;

    private ShownCode() {}

    static boolean in(Document doc) {
        ShownCode s = new ShownCode();
        s.walk(doc);
        return s.found;
    }

    @Override protected void visitBlock(Block b) {
        if (b instanceof CodeBlock) found = true;
    }

    @Override protected void visitInline(Inline i) {
        if (i instanceof Code) found = true;
    }
}
