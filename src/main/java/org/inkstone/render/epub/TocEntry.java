package org.inkstone.render.epub;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the book's table of contents: a heading of level 1–3, its text and where it is.
 * {@link #nest} turns the flat list into a tree by level, whatever levels the author skipped.
 */
record TocEntry(int level, String text, String href, List<TocEntry> children) {

    TocEntry(int level, String text, String href) {
        this(level, text, href, new ArrayList<>());
    }

    /** Each entry goes under the nearest earlier entry of a lower level; an H3 before any H2 stays at the top. */
    static List<TocEntry> nest(List<TocEntry> flat) {
        List<TocEntry> roots = new ArrayList<>();
        List<TocEntry> stack = new ArrayList<>();
        for (TocEntry e : flat) {
            TocEntry node = new TocEntry(e.level(), e.text(), e.href());
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level() >= node.level()) stack.remove(stack.size() - 1);
            if (stack.isEmpty()) roots.add(node);
            else stack.get(stack.size() - 1).children().add(node);
            stack.add(node);
        }
        return roots;
    }
}
