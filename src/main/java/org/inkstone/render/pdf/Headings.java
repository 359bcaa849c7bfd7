package org.inkstone.render.pdf;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** The document's own headings in the page: h1–h6 at the top level of the article, with ids. */
final class Headings {
    private Headings() {}

    static List<Element> of(Element article, int maxLevel) {
        List<Element> out = new ArrayList<>();
        for (Element e : article.children()) {
            String tag = e.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '0' + maxLevel
                    && e.hasAttr("id") && !e.hasClass("title")) {
                out.add(e);
            }
        }
        return out;
    }

    static int level(Element heading) {
        return heading.normalName().charAt(1) - '0';
    }

    /** The heading as plain text, without its footnote references or reviewer notes. */
    static String text(Element heading) {
        Element copy = heading.clone();
        copy.select("sup.footnote-ref, .editor-note, .running-title").remove();
        return copy.text().strip();
    }
}
