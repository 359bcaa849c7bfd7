package org.inkstone.model;

import java.util.List;

/**
 * A link; {@code title} is "" when absent. Autolinks and bare URLs are links whose content is the URL.
 * {@code line} is the source line, for diagnostics (0 when unknown).
 */
public record Link(String href, String title, List<Inline> content, int line) implements Inline {
    public Link { content = List.copyOf(content); }
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitLink(this); }
}
