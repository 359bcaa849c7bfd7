package org.inkstone.render.pdf;

import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The PDF outline (the reader's bookmarks panel): every heading of the document, nested by level,
 * as OpenHTMLtoPDF's {@code <bookmarks>} element in the page head.
 */
final class Bookmarks {
    private Bookmarks() {}

    static void apply(Element head, Element article) {
        List<Element> headings = Headings.of(article, 6);
        if (headings.isEmpty()) return;
        Element root = head.appendElement("bookmarks");
        for (int i = 0; i < headings.size(); ) i = nest(root, headings, i);
    }

    private static int nest(Element parent, List<Element> hs, int from) {
        int level = Headings.level(hs.get(from));
        int i = from;
        Element last = null;
        while (i < hs.size()) {
            Element h = hs.get(i);
            int l = Headings.level(h);
            if (l < level) break;
            if (l > level && last != null) {
                i = nest(last, hs, i);
                continue;
            }
            last = parent.appendElement("bookmark").attr("name", Headings.text(h)).attr("href", "#" + h.id());
            i++;
        }
        return i;
    }
}
