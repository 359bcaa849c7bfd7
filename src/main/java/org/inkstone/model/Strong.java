package org.inkstone.model;

import java.util.List;

public record Strong(List<Inline> content) implements Inline {
    public Strong { content = List.copyOf(content); }
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitStrong(this); }
}
