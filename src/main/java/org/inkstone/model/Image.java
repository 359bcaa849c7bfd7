package org.inkstone.model;

/**
 * An image reference as written. {@code width}/{@code height} are 0 when not given (Obsidian
 * {@code ![[img.png|300]]} sets the width). {@code line} is the source line, for diagnostics.
 */
public record Image(String src, String alt, String title, int width, int height, int line) implements Inline {
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitImage(this); }
}
