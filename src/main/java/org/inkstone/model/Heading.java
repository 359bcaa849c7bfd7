package org.inkstone.model;

import java.util.List;

/** A heading; {@code id} is null until the heading-id transform (or an explicit {@code {#id}}) sets it. */
public record Heading(int level, String id, List<Inline> content) implements Block {
    public Heading {
        if (level < 1 || level > 6) throw new IllegalArgumentException("heading level " + level);
        content = List.copyOf(content);
    }
    public Heading withId(String newId) { return new Heading(level, newId, content); }
    public Heading withContent(List<Inline> newContent) { return new Heading(level, id, newContent); }
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitHeading(this); }
}
