package org.inkstone.model;

import java.util.List;

/** The whole document: metadata, body blocks and footnotes (in order of first reference). */
public record Document(Metadata metadata, List<Block> blocks, List<Footnote> footnotes) {
    public Document {
        blocks = List.copyOf(blocks);
        footnotes = List.copyOf(footnotes);
    }
    public Document withBlocks(List<Block> newBlocks) { return new Document(metadata, newBlocks, footnotes); }
    public Document withFootnotes(List<Footnote> newNotes) { return new Document(metadata, blocks, newNotes); }
    public Document withMetadata(Metadata newMeta) { return new Document(newMeta, blocks, footnotes); }
}
