package org.inkstone.model;

import java.util.List;

public record Paragraph(List<Inline> content) implements Block {
    public Paragraph { content = List.copyOf(content); }
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitParagraph(this); }
}
