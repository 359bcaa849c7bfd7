package org.inkstone.model;

public record HardBreak() implements Inline {
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitHardBreak(this); }
}
