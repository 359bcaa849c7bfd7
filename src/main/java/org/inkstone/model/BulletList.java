package org.inkstone.model;

import java.util.List;

/** An unordered list; a tight list renders its paragraphs without paragraph spacing. */
public record BulletList(boolean tight, List<ListItem> items) implements Block {
    public BulletList { items = List.copyOf(items); }
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitBulletList(this); }
}
