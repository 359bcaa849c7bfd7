package org.inkstone.model;

import java.util.List;

public record Subscript(List<Inline> content) implements Inline {
    public Subscript { content = List.copyOf(content); }
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitSubscript(this); }
}
