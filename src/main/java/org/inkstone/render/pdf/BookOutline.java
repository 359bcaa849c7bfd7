package org.inkstone.render.pdf;

import org.inkstone.model.BookLayout;
import org.inkstone.model.BookPart;
import org.inkstone.model.Outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A book's outline as its PDF shows it (contents page and bookmarks): each titled part holding its
 * chapters, the chapters of an untitled part (front and back matter, chapters before the first part
 * title) at the top, and under each chapter its headings nested by level. A chapter the summary nests
 * under another (depth 1 and deeper) is one of its parent's headings, under the summary's title.
 * Chapters go by their summary title, the rest by the heading's text; each node's id is the element it
 * points at (a part page, a chapter's opening heading, a heading).
 */
record BookOutline(List<Node> roots) {
    /** What a node stands for. */
    enum Kind { PART, CHAPTER, HEADING }

    /**
     * One entry.
     *
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
        List<Node> roots = new ArrayList<>();
        BookPart part = null;
        Node partNode = null;
        Deque<Node> open = new ArrayDeque<>();
        for (BookLayout.Placed p : layout.chapters()) {
            BookPart.Matter matter = p.part().matter();
            if (p.part() != part) {
                part = p.part();
                String partId = partPages.get(part);
                partNode = partId == null ? null : new Node(Kind.PART, part.title(), partId, 0, matter, new ArrayList<>());
                if (partNode != null) roots.add(partNode);
                open.clear();
            }
            if (p.depth() == 0 || open.isEmpty()) {
                Node chapter = new Node(Kind.CHAPTER, p.title(), p.anchor(), 1, matter, new ArrayList<>());
                (partNode != null ? partNode.children() : roots).add(chapter);
                open.clear();
                open.push(chapter);
            } else {
                nest(open, new Node(Kind.HEADING, p.title(), p.anchor(), 1 + p.depth(), matter, new ArrayList<>()));
            }
            for (int b = p.firstBlock() + 1; b < p.endBlock(); b++) {
                Outline.Entry h = headingAt.get(b);
                if (h != null) nest(open, new Node(Kind.HEADING, h.text(), h.id(), Math.max(2, h.level()), matter, new ArrayList<>()));
            }
        }
        return new BookOutline(roots);
    }

    /** Puts {@code node} under the nearest open node of a lower level (at least the chapter), and opens it. */
    private static void nest(Deque<Node> open, Node node) {
        while (open.size() > 1 && open.peek().level() >= node.level()) open.pop();
        open.peek().children().add(node);
        open.push(node);
    }
}
