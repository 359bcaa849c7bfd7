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

    /**
     * Where the heading levels skip one (an H2 followed by an H4, or a first heading that is not
     * an H1 when there is no title page), which tagged PDF (PDF/UA) does not allow; null when none.
     */
    static String skippedLevel(Element article) {
        int previous = article.selectFirst("> section.title-page h1") != null ? 1 : 0;
        String previousText = "";
        for (Element h : of(article, 6)) {
            int level = level(h);
            if (level > previous + 1) {
                return previous == 0 ? "the first heading, '" + text(h) + "', is level " + level + ", not 1"
                        : "'" + text(h) + "' (level " + level + ") follows '" + previousText + "' (level " + previous + ")";
            }
            previous = level;
            previousText = text(h);
        }
        return null;
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
