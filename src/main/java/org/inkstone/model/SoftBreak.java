package org.inkstone.model;

public record SoftBreak() implements Inline {
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitSoftBreak(this); }
}
