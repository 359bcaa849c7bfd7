package org.inkstone.model;

import java.util.List;

/**
 * A callout (Obsidian {@code > [!TYPE]}, Admonition {@code ```ad-TYPE}, MkDocs {@code !!! TYPE}).
 * {@code kind} is lower-case ("note", "tip", "warning" …); {@code title} is empty when the source gave none.
 */
public record Callout(String kind, List<Inline> title, Fold fold, List<Block> blocks) implements Block {
    public enum Fold { NONE, FOLDED, OPEN }
    public Callout {
        title = List.copyOf(title);
        blocks = List.copyOf(blocks);
    }
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitCallout(this); }
}
