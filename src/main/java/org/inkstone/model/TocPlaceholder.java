package org.inkstone.model;

/** Where the source asked for a table of contents ({@code [TOC]} or {@code [toc]}). */
public record TocPlaceholder() implements Block {
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitToc(this); }
}
