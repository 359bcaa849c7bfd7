package org.inkstone.model;

import java.util.List;

/**
 * Reads a document node by node and changes nothing: the body, then the footnotes; each node before
 * its children, every block and inline at any depth. Subclasses override the hooks for the nodes they
 * look at (by default they do nothing). The way down is {@link ChildLists}', the one that transforms
 * rebuild along.
 */
public abstract class DocumentWalker {

    /** The body, then each footnote. */
    public final void walk(Document d) {
        ChildLists.map(d, this::walk);
    }

    /** These blocks and everything inside them. */
    public final List<Block> walk(List<Block> blocks) {
        for (Block b : blocks) {
            visitBlock(b);
            ChildLists.map(b, this::walk, this::walkInlines);
        }
        return blocks;
    }

    private List<Inline> walkInlines(List<Inline> inlines) {
        for (Inline i : inlines) {
            visitInline(i);
            ChildLists.map(i, this::walkInlines);
        }
        return inlines;
    }

    /** Called for every block, before its children. */
    protected void visitBlock(Block block) {}

    /** Called for every inline, before its children. */
    protected void visitInline(Inline inline) {}
}
