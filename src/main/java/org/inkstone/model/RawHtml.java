package org.inkstone.model;

/** Raw HTML from the source, block or inline; renderers sanitise it. */
public record RawHtml(String html, int line) implements Block, Inline {
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitRawHtmlBlock(this); }
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitRawHtmlInline(this); }
}
