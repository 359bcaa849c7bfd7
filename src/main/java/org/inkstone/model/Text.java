package org.inkstone.model;

public record Text(String text) implements Inline {
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitText(this); }
}
