package org.inkstone.model;

/**
 * A code block. {@code language} is the first word of the fence info ("" when none);
 * {@code text} is verbatim and ends without a trailing newline.
 */
public record CodeBlock(String language, String info, String text, int line) implements Block {
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitCodeBlock(this); }
}
