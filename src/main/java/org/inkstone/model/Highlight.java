package org.inkstone.model;

import java.util.List;

public record Highlight(List<Inline> content) implements Inline {
    public Highlight { content = List.copyOf(content); }
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitHighlight(this); }
}
