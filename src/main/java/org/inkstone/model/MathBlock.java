package org.inkstone.model;

/** Display math; the TeX source is kept verbatim. */
public record MathBlock(String tex, int line) implements Block {
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitMathBlock(this); }
}
