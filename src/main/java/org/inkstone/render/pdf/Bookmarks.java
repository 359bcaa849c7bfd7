package org.inkstone.render.pdf;

import org.inkstone.model.Outline;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The PDF outline (the reader's bookmarks panel): every heading of the document, nested by level,
 * as OpenHTMLtoPDF's {@code <bookmarks>} element in the page head.
 */
final class Bookmarks {
    private Bookmarks() {}

    static void apply(Element head, Outline outline) {
        List<Outline.Entry> headings = Headings.of(outline, 6);
        if (headings.isEmpty()) return;
        Element root = head.appendElement("bookmarks");
        for (int i = 0; i < headings.size(); ) i = nest(root, headings, i);
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
