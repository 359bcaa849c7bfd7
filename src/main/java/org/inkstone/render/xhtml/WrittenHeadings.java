package org.inkstone.render.xhtml;

import org.inkstone.model.Outline;
import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the writer put the outline's headings in an article: it writes each top-level heading of
 * the model as one top-level {@code <h1>}–{@code <h6>} of the article, in order, and nothing else
 * there as a heading, so the k-th such element is the k-th entry. For outputs that place something
 * next to a heading (a running title, a chapter cut); what a heading is, its level, id and text,
 * comes from the {@link Outline}. Ids are not used to find the elements: two headings may share an
 * explicit id, and the EPUB's conformance step takes a repeated id away.
 */
public final class WrittenHeadings {
    private final Map<Outline.Entry, Element> elements;
    private final Map<Element, Outline.Entry> entries = new IdentityHashMap<>();

    private WrittenHeadings(Map<Outline.Entry, Element> elements) {
        this.elements = elements;
        elements.forEach((entry, element) -> entries.put(element, entry));
    }

    /** Pairs the outline's entries with the article's top-level heading elements; both must come from one document. */
    public static WrittenHeadings in(Element article, Outline outline) {
        Map<Outline.Entry, Element> out = new IdentityHashMap<>();
        List<Outline.Entry> entries = outline.entries();
        int k = 0;
        for (Element e : article.children()) {
            if (!isHeading(e)) continue;
            if (k >= entries.size() || entries.get(k).level() != e.normalName().charAt(1) - '0') {
                throw new IllegalStateException("the article's headings are not the outline's (at heading " + (k + 1) + ")");
            }
            out.put(entries.get(k++), e);
        }
        if (k != entries.size()) throw new IllegalStateException("the article has " + k + " headings, the outline " + entries.size());
        return new WrittenHeadings(out);
    }

    /** The element written for {@code entry} (an entry of the outline this was made with). */
    public Element element(Outline.Entry entry) {
        Element e = elements.get(entry);
        if (e == null) throw new IllegalArgumentException("not an entry of this outline: " + entry.text());
        return e;
    }

    /** The entry {@code element} was written for, or null when it is not one of the outline's headings. */
    public Outline.Entry entryOf(Element element) {
        return entries.get(element);
    }

    private static boolean isHeading(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
}
