package org.inkstone.model;

import java.util.List;

public record OrderedList(int start, boolean tight, List<ListItem> items) implements Block {
    public OrderedList { items = List.copyOf(items); }
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitOrderedList(this); }
}
