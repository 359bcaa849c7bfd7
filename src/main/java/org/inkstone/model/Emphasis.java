package org.inkstone.model;

import java.util.List;

public record Emphasis(List<Inline> content) implements Inline {
    public Emphasis { content = List.copyOf(content); }
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitEmphasis(this); }
}
