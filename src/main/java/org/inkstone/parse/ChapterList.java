package org.inkstone.parse;

import java.util.List;

/**
 * The chapters a book lists, in reading order: SUMMARY.md, or book.yaml's front/chapters/back.
 * {@code title} is the book title the listing gives ("" when none: a {@code # Summary} or {@code # 目录}
 * heading is no title), {@code titleLine} its 1-based line (0 when there is none, and for book.yaml).
 */
public record ChapterList(String title, int titleLine, List<ChapterList.Item> items) {
    public ChapterList {
        java.util.Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }

    /** Where an entry stands: before the numbered chapters, among them, or after them. */
    public enum Matter { FRONT, BODY, BACK }

    /** One line of the contents: a part title, a chapter or a separator. */
    public sealed interface Item permits Part, Entry, Separator {}

    /** A part title; the BODY entries after it, up to the next part title, belong to it. */
    public record Part(String title, int line) implements Item {
        public Part {
            java.util.Objects.requireNonNull(title, "title");
        }
    }

    /** A `---` separator (kept for completeness; renderers may ignore it). */
    public record Separator(int line) implements Item {}

    /**
     * A chapter. path: as written in the listing, relative to the listing file's folder, with '/'
     * separators, percent-escapes decoded (%20 -> space), angle brackets <…> removed, any #fragment
     * or ?query removed, a leading "./" removed; "" for a draft chapter ({@code - [标题]()}) or a list item
     * that is only text. title: plain text (inline Markdown such as **x**, `x`, [x](y) reduced to its
     * text), "" when the listing gives none (book.yaml may give only a file). line: 1-based line
     * in the listing file. sections: nested entries (same matter).
     */
    public record Entry(String title, String path, Matter matter, int line, List<Entry> sections) implements Item {
        public Entry {
            java.util.Objects.requireNonNull(title, "title");
            java.util.Objects.requireNonNull(path, "path");
            java.util.Objects.requireNonNull(matter, "matter");
            sections = List.copyOf(sections);
        }
    }
}
