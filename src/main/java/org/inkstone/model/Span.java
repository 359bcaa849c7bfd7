package org.inkstone.model;

import java.util.List;

/** pandoc's bracketed span {@code [text]{#id .class key=value}}: text with attributes and no meaning of its own. */
public record Span(Attributes attributes, List<Inline> content) implements Inline {
    public Span { content = List.copyOf(content); }
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitSpan(this); }
}
