package org.inkstone.render.epub;

import org.inkstone.model.HeadingText;
import org.inkstone.model.Outline;
import org.inkstone.render.LocalizedLabels;

import java.util.ArrayList;
import java.util.List;

/**
 * The entries of the book's navigation (nav and NCX), from the outline: the headings of levels
 * 1–3 of every chapter, in order, each pointing at its chapter file and id. A heading reads as its
 * page shows it (footnote numbers, and with {@code --notes} the labelled editor notes, included);
 * one without text gets a numbered label, numbered through the book.
 */
final class NavEntries {
    /** The deepest heading level the navigation lists. */
    static final int DEEPEST_LEVEL = 3;

    private final LocalizedLabels labels;
    private int untitled;

    /** Entries of one chapter file after another ({@link #of(Chapter)}), the untitled ones numbered on through them. */
    NavEntries(LocalizedLabels labels) {
        this.labels = labels;
    }

    static List<TocEntry> of(List<Chapter> chapters, LocalizedLabels labels) {
        NavEntries entries = new NavEntries(labels);
        List<TocEntry> out = new ArrayList<>();
        for (Chapter c : chapters) out.addAll(entries.of(c));
        return out;
    }

    /** The entries of one chapter file, flat, in order. */
    List<TocEntry> of(Chapter c) {
        List<TocEntry> out = new ArrayList<>();
        for (Outline.Entry h : c.headings()) {
            if (h.level() > DEEPEST_LEVEL) continue;
            String text = HeadingText.withMarks(h.content(), labels.reviewerNote());
            if (text.isEmpty()) text = labels.untitled(++untitled);
            out.add(new TocEntry(h.level(), text, c.fileName() + "#" + h.id()));
        }
        return out;
    }
}
