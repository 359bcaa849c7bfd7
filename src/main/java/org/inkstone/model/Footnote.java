package org.inkstone.model;

import java.util.List;

/** A footnote's content; {@code references} is how many times the text refers to it. */
public record Footnote(String label, int number, int references, List<Block> blocks) {
    public Footnote { blocks = List.copyOf(blocks); }
    public Footnote withBlocks(List<Block> newBlocks) { return new Footnote(label, number, references, newBlocks); }
}
