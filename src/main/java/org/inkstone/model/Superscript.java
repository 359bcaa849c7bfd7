package org.inkstone.model;

import java.util.List;

public record Superscript(List<Inline> content) implements Inline {
    public Superscript { content = List.copyOf(content); }
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitSuperscript(this); }
}
