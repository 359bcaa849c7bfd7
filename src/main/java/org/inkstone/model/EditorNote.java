package org.inkstone.model;

/** An HTML comment or an Obsidian {@code %%} comment in the source: a note for editors, never for readers unless asked for. */
public record EditorNote(String text, int line) implements Block, Inline {
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitEditorNoteBlock(this); }
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitEditorNoteInline(this); }
}
