package org.inkstone.transform;

import org.inkstone.model.Block;
import org.inkstone.model.NoteEmbed;

import java.util.List;
import java.util.function.Function;

/**
 * Replaces every {@link NoteEmbed}, at any depth (in list items, quotes, callouts, footnotes), by the blocks
 * a function gives for it: the embedded content, or the embed itself when it could not be resolved.
 */
public final class EmbedSplice extends RebuildingTransform {
    private final Function<NoteEmbed, List<Block>> content;

    public EmbedSplice(Function<NoteEmbed, List<Block>> content) {
        this.content = content;
    }

    /** These blocks with their embeds replaced. */
    public List<Block> splice(List<Block> in) {
        return blocks(in);
    }

    @Override public List<Block> visitNoteEmbed(NoteEmbed e) {
        return content.apply(e);
    }
}
