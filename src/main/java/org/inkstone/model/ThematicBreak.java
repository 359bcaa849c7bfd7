package org.inkstone.model;

public record ThematicBreak() implements Block {
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitThematicBreak(this); }
}
