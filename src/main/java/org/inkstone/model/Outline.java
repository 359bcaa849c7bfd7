package org.inkstone.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The document's outline, computed once from the model: its top-level headings in order (headings
 * inside quotes, lists or callouts are not part of it), each with its level, id, text and the index
 * of the top-level block where it stands. The PDF's contents page, bookmarks and running titles and
 * the EPUB's navigation and chapters read it instead of searching the rendered page.
 *
 * <p>Compute it from the document the renderer renders (the one in its context): transforms that
 * only some outputs run, such as Han–Latin spacing, change heading text.
 */
public record Outline(List<Entry> entries) {
    /**
     * One heading of the outline.
     *
     * @param level   1–6
     * @param id      the heading's id, or null when the heading-id transform has not run
     * @param text    its text as a reader sees it, without footnote references and editor notes ({@link HeadingText#of})
     * @param block   the index, in {@link Document#blocks()}, of the heading
     * @param content the heading's inlines, for outputs that show the heading otherwise
     */
    public record Entry(int level, String id, String text, int block, List<Inline> content) {
        public Entry {
            content = List.copyOf(content);
        }

        /** Whether a chapter starts here when chapters start at headings of {@code splitLevel} and above. */
        public boolean startsChapter(int splitLevel) {
            return level == 1 || (splitLevel >= 2 && level == 2);
        }
    }

    public Outline {
        entries = List.copyOf(entries);
    }

    /** The outline of {@code doc}: every heading among its top-level blocks. */
    public static Outline of(Document doc) {
        List<Entry> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h) {
                out.add(new Entry(h.level(), h.id(), HeadingText.of(h.content()), i, h.content()));
            }
        }
        return new Outline(out);
    }

    /** The entries of levels 1 to {@code deepest}, in order. */
    public List<Entry> upTo(int deepest) {
        return entries.stream().filter(e -> e.level() <= deepest).toList();
    }

    /**
     * The entries where chapters start: every H1, and with {@code splitLevel} 2 every H2 too. What
     * stands before the first of them is a chapter of its own when it shows anything.
     */
    public List<Entry> chapterStarts(int splitLevel) {
        return entries.stream().filter(e -> e.startsChapter(splitLevel)).toList();
    }
}
