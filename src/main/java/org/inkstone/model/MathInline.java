package org.inkstone.model;

/** Inline math; the TeX source is kept verbatim. */
public record MathInline(String tex, int line) implements Inline {
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitMathInline(this); }
}
