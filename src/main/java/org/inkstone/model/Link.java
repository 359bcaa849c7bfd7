package org.inkstone.model;

import java.util.List;

/**
 * A link; {@code title} is "" when absent. Autolinks and bare URLs are links whose content is the URL.
 * {@code line} is the source line, for diagnostics (0 when unknown). {@code attributes} come from a
 * pandoc {@code {#id .class key=value}} right after it.
 */
public record Link(String href, String title, List<Inline> content, int line, Attributes attributes) implements Inline {
    public Link { content = List.copyOf(content); }
    public Link(String href, String title, List<Inline> content, int line) { this(href, title, content, line, Attributes.NONE); }
    public Link withContent(List<Inline> newContent) { return new Link(href, title, newContent, line, attributes); }
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitLink(this); }
}
