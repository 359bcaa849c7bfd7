package org.inkstone.model;

import java.util.List;

/** One list item; {@code task} says whether it is a task item and whether it is done. */
public record ListItem(Task task, List<Block> blocks) {
    public enum Task { NONE, OPEN, DONE }
    public ListItem { blocks = List.copyOf(blocks); }
    public ListItem withBlocks(List<Block> newBlocks) { return new ListItem(task, newBlocks); }
}
