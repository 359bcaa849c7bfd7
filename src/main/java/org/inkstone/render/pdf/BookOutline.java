package org.inkstone.render.pdf;

import org.inkstone.model.BookLayout;
import org.inkstone.model.BookPart;
import org.inkstone.model.Chapter;
import org.inkstone.model.Outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A book's outline as its PDF shows it (contents page and bookmarks): each titled part holding its
 * chapters, the chapters of an untitled part (front and back matter, chapters before the first part
 * title) at the top, and under each chapter its headings nested by level. A chapter the summary nests
 * under another (depth 1 and deeper) is one of its parent's headings, under the summary's title.
 * Chapters go by their summary title, the rest by the heading's text; each node's id is the element it
 * points at (a part page, a chapter's opening heading, a heading), or null for a draft chapter (listed in
 * the summary without a file), which has no page.
 */
record BookOutline(List<Node> roots) {
    /** What a node stands for. */
    enum Kind { PART, CHAPTER, HEADING }

    /**
     * One entry.
     *
     * @param id    the element it points at; null for a draft chapter
     * @param level 0 for a part, 1 for a chapter, the heading's level (2 and deeper) for a heading
     * @param matter the matter of the part it stands in (front matter pages are numbered i, ii …)
     */
    record Node(Kind kind, String title, String id, int level, BookPart.Matter matter, List<Node> children) {}

    /**
     * @param partPages the id of each titled part's page (parts without one are not shown), by identity
     */
    static BookOutline of(BookLayout layout, Outline outline, Map<BookPart, String> partPages) {
        Map<Integer, Outline.Entry> headingAt = new HashMap<>();
        for (Outline.Entry e : outline.entries()) if (e.id() != null) headingAt.put(e.block(), e);
        Map<Chapter, BookLayout.Placed> placed = new IdentityHashMap<>();
        for (BookLayout.Placed p : layout.chapters()) placed.put(p.chapter(), p);
        List<Node> roots = new ArrayList<>();
        for (BookPart part : layout.book().parts()) {
            List<Node> into = roots;
            String partId = partPages.get(part);
            if (partId != null) {
                Node partNode = new Node(Kind.PART, part.title().strip(), partId, 0, part.matter(), new ArrayList<>());
                roots.add(partNode);
                into = partNode.children();
            }
            for (Chapter c : part.chapters()) add(c, part.matter(), into, new ArrayDeque<>(), placed, headingAt);
        }
        return new BookOutline(roots);
    }

    /** A chapter (a draft has no id: it has no page) with its headings, then the chapters nested under it. */
    private static void add(Chapter c, BookPart.Matter matter, List<Node> into, Deque<Node> open,
                            Map<Chapter, BookLayout.Placed> placed, Map<Integer, Outline.Entry> headingAt) {
        BookLayout.Placed p = placed.get(c);
        String id = p == null ? null : p.anchor();
        if (open.isEmpty()) {
            Node chapter = new Node(Kind.CHAPTER, c.title(), id, 1, matter, new ArrayList<>());
            into.add(chapter);
            open.push(chapter);
        } else {
            nest(open, new Node(Kind.HEADING, c.title(), id, 1 + c.depth(), matter, new ArrayList<>()));
        }
        if (p != null) {
            for (int b = p.firstBlock() + 1; b < p.endBlock(); b++) {
                Outline.Entry h = headingAt.get(b);
                if (h != null) nest(open, new Node(Kind.HEADING, h.text(), h.id(), Math.max(2, h.level()), matter, new ArrayList<>()));
            }
        }
        for (Chapter s : c.sections()) add(s, matter, into, open, placed, headingAt);
    }

    /** Puts {@code node} under the nearest open node of a lower level (at least the chapter), and opens it. */
    private static void nest(Deque<Node> open, Node node) {
        while (open.size() > 1 && open.peek().level() >= node.level()) open.pop();
        open.peek().children().add(node);
        open.push(node);
    }
}
