package org.inkstone.model;

/**
 * A reference to footnote {@code number} (numbered by first reference). {@code occurrence} counts the
 * references to the same note, starting at 1, so each reference gets its own anchor.
 */
public record FootnoteRef(String label, int number, int occurrence) implements Inline {
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitFootnoteRef(this); }
}
