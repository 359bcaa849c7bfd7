package org.inkstone.render.pdf;

import org.inkstone.model.Outline;

import java.util.List;

/** The headings the page lists (contents, bookmarks, chapters): the outline's entries that have an id. */
final class Headings {
    private Headings() {}

    static List<Outline.Entry> of(Outline outline, int maxLevel) {
        return outline.entries().stream().filter(e -> e.level() <= maxLevel && e.id() != null).toList();
    }

    /**
     * Where the heading levels skip one (an H2 followed by an H4, or a first heading that is not
     * an H1 when there is no title page), which tagged PDF (PDF/UA) does not allow; null when none.
     */
    static String skippedLevel(Outline outline, boolean titlePage) {
        int previous = titlePage ? 1 : 0;
        String previousText = "";
        for (Outline.Entry h : of(outline, 6)) {
            int level = h.level();
            if (level > previous + 1) {
                return previous == 0 ? "the first heading, '" + h.text() + "', is level " + level + ", not 1"
                        : "'" + h.text() + "' (level " + level + ") follows '" + previousText + "' (level " + previous + ")";
            }
            previous = level;
            previousText = h.text();
        }
        return null;
    }
}
