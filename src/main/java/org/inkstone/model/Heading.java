package org.inkstone.model;

import java.util.List;

/**
 * A heading; {@code id} is null until the heading-id transform (or an explicit {@code {#id}}) sets it.
 * {@code attributes} are the classes and key–values of a {@code {.class key=value}} after it (its id is
 * {@code id}, never in them).
 */
public record Heading(int level, String id, List<Inline> content, Attributes attributes) implements Block {
    public Heading {
        if (level < 1 || level > 6) throw new IllegalArgumentException("heading level " + level);
        content = List.copyOf(content);
        attributes = attributes.withoutId();
    }
    public Heading(int level, String id, List<Inline> content) { this(level, id, content, Attributes.NONE); }
    public Heading withId(String newId) { return new Heading(level, newId, content, attributes); }
    public Heading withContent(List<Inline> newContent) { return new Heading(level, id, newContent, attributes); }
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitHeading(this); }
}
