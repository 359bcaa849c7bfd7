package org.inkstone.transform;

import org.inkstone.model.Block;
import org.inkstone.model.EditorNote;
import org.inkstone.model.Inline;

import java.util.List;

/** Removes editor notes (HTML and Obsidian {@code %%} comments) so that readers never see them. */
final class EditorNotes extends RebuildingTransform {
    @Override public List<Block> visitEditorNoteBlock(EditorNote n) { return List.of(); }
    @Override public List<Inline> visitEditorNoteInline(EditorNote n) { return List.of(); }
}
