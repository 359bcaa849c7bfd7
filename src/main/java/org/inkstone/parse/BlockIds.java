package org.inkstone.parse;

import org.inkstone.model.Block;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Obsidian block ids of one note ({@code 一段话。 ^block-id} at the end of a paragraph or list item, or
 * {@code ^block-id} alone in the paragraph after a block), and the block each marks: what
 * {@code ![[note#^block-id]]} embeds. The markers themselves are taken out of the text.
 */
final class BlockIds {
    /** A marker at the end of a text: whitespace (or nothing, after a line break), {@code ^}, letters, digits, dashes. */
    static final Pattern MARKER = Pattern.compile("(?s)(^|.*?[ \\t\\u3000])\\^([A-Za-z0-9-]+)[ \\t]*$");

    private final Map<String, Block> blocks = new LinkedHashMap<>();

    /** The text before a block-id marker ending {@code text} and the id, or null when it has none. */
    static String[] split(String text) {
        Matcher m = MARKER.matcher(text);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    void mark(String id, Block block) {
        blocks.putIfAbsent(id, block);
    }

    /** A list item's paragraph carried the id: from now on it marks {@code list}, the item alone in its list. */
    void moveToList(List<Block> itemBlocks, Block list) {
        for (Map.Entry<String, Block> e : blocks.entrySet()) {
            for (Block b : itemBlocks) if (e.getValue() == b) e.setValue(list);
        }
    }

    Map<String, Block> asMap() {
        return Map.copyOf(blocks);
    }
}
