package org.inkstone.render.pdf;

import org.inkstone.model.Outline;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The PDF outline (the reader's bookmarks panel): every heading of the document, nested by level,
 * as OpenHTMLtoPDF's {@code <bookmarks>} element in the page head; in a book, part → chapter →
 * section ({@link BookOutline}).
 */
final class Bookmarks {
    private Bookmarks() {}

    static void apply(Element head, Outline outline) {
        List<Outline.Entry> headings = Headings.of(outline, 6);
        if (headings.isEmpty()) return;
        Element root = head.appendElement("bookmarks");
        for (int i = 0; i < headings.size(); ) i = nest(root, headings, i);
    }

    /** A book's bookmarks: its outline as it is (parts, chapters, their headings). */
    static void apply(Element head, BookOutline outline) {
        if (outline.roots().isEmpty()) return;
        add(head.appendElement("bookmarks"), outline.roots());
    }

    private static void add(Element parent, List<BookOutline.Node> nodes) {
        for (BookOutline.Node n : nodes) {
            if (n.id() == null) add(parent, n.children()); // a draft chapter: no page to go to
            else add(parent.appendElement("bookmark").attr("name", n.title()).attr("href", "#" + n.id()), n.children());
        }
    }

    private static int nest(Element parent, List<Outline.Entry> hs, int from) {
        int level = hs.get(from).level();
        int i = from;
        Element last = null;
        while (i < hs.size()) {
            Outline.Entry h = hs.get(i);
            int l = h.level();
            if (l < level) break;
            if (l > level && last != null) {
                i = nest(last, hs, i);
                continue;
            }
            last = parent.appendElement("bookmark").attr("name", h.text()).attr("href", "#" + h.id());
            i++;
        }
        return i;
    }
}
