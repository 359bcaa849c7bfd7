package org.inkstone.transform;

import org.inkstone.model.Block;
import org.inkstone.model.Heading;
import org.inkstone.model.PlainText;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A heading's section of a note, as {@code ![[note#heading]]} embeds it: the heading and the blocks after
 * it up to the next heading of the same or a higher level (only top-level headings count). Headings match
 * as Obsidian matches them: by their text, ignoring letter case, runs of spaces and the characters a link
 * cannot hold ({@code # | ^ : [ ]}). {@code 章#节} finds the section 节 inside the section 章.
 */
public final class NoteSections {
    private NoteSections() {}

    /** The section {@code headingPath} names, or empty when the note has no such heading. */
    public static Optional<List<Block>> section(List<Block> blocks, String headingPath) {
        List<Block> scope = blocks;
        boolean narrowed = false;
        for (String part : headingPath.split("#")) {
            if (part.isBlank()) continue;
            Optional<List<Block>> found = find(scope, key(part), narrowed);
            if (found.isEmpty()) return Optional.empty();
            scope = found.get();
            narrowed = true;
        }
        return Optional.of(scope);
    }

    /** The texts of the top-level headings, for a message naming what there is. */
    public static List<String> headings(List<Block> blocks) {
        return blocks.stream().filter(b -> b instanceof Heading).map(b -> PlainText.of(((Heading) b).content()).strip()).toList();
    }

    private static Optional<List<Block>> find(List<Block> blocks, String key, boolean skipFirst) {
        for (int i = skipFirst ? 1 : 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h && key(PlainText.of(h.content())).equals(key)) {
                int end = i + 1;
                while (end < blocks.size() && !(blocks.get(end) instanceof Heading next && next.level() <= h.level())) end++;
                return Optional.of(blocks.subList(i, end));
            }
        }
        return Optional.empty();
    }

    private static String key(String heading) {
        return heading.replaceAll("[#|^:\\[\\]]", " ").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
