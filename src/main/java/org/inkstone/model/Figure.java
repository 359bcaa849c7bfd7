package org.inkstone.model;

import java.util.List;

/**
 * An image standing alone in its paragraph. The caption comes from the image title, else its alt text
 * (empty when both are empty). {@code href} is set when the image is wrapped in a link, else null.
 */
public record Figure(Image image, List<Inline> caption, String href) implements Block {
    public Figure { caption = List.copyOf(caption); }
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitFigure(this); }
}
