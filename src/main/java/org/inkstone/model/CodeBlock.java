package org.inkstone.model;

/**
 * A code block. {@code language} is the first word of the fence info ("" when none);
 * {@code text} is verbatim and ends without a trailing newline. {@code attributes} come from a pandoc
 * {@code {#id .class}} in the info string (its first class is then the language).
 */
public record CodeBlock(String language, String info, String text, int line, Attributes attributes) implements Block {
    public CodeBlock(String language, String info, String text, int line) { this(language, info, text, line, Attributes.NONE); }
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitCodeBlock(this); }
}
