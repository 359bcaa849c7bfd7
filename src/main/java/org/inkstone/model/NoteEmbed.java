package org.inkstone.model;

/**
 * An Obsidian note embed standing alone in its paragraph: {@code ![[note]]} (the whole note),
 * {@code ![[note#heading]]} (that heading's section) or {@code ![[note#^block-id]]} (the paragraph or
 * list item carrying that id). The build replaces it with the embedded blocks; one left in the model
 * could not be resolved (missing note, heading or block, an embed loop, or a build without embedding)
 * and is shown as its {@link #label()}. {@code heading} and {@code blockId} are "" when absent;
 * {@code line} is the source line, for diagnostics.
 */
public record NoteEmbed(String note, String heading, String blockId, int line) implements Block {
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitNoteEmbed(this); }

    /** What a reader sees in place of an embed that could not be resolved: "note › heading", else the note's name. */
    public String label() {
        return heading.isEmpty() ? note : note + " › " + heading;
    }

    /** The embed as written, without {@code ![[ ]]}: for messages. */
    public String target() {
        if (!blockId.isEmpty()) return note + "#^" + blockId;
        return heading.isEmpty() ? note : note + "#" + heading;
    }
}
