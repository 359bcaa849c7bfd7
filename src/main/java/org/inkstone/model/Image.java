package org.inkstone.model;

/**
 * An image reference as written. {@code width}/{@code height} are 0 when not given (Obsidian
 * {@code ![[img.png|300]]} sets the width; so does a pandoc {@code {width=300}}). {@code line} is the
 * source line, for diagnostics. {@code attributes} come from a pandoc {@code {#id .class key=value}} after it.
 */
public record Image(String src, String alt, String title, int width, int height, int line, Attributes attributes) implements Inline {
    public Image(String src, String alt, String title, int width, int height, int line) {
        this(src, alt, title, width, height, line, Attributes.NONE);
    }
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitImage(this); }
}
