package org.inkstone.model;

public record Code(String text) implements Inline {
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitCode(this); }
}
