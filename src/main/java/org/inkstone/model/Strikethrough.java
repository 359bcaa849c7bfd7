package org.inkstone.model;

import java.util.List;

public record Strikethrough(List<Inline> content) implements Inline {
    public Strikethrough { content = List.copyOf(content); }
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitStrikethrough(this); }
}
