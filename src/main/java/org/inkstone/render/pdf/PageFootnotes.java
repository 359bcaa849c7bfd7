package org.inkstone.render.pdf;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Footnotes at the foot of the page where they are cited: each note of the writer's end-of-document
 * list moves to its first reference as a {@code <div class="footnote" data-n="N">}, which
 * print.css floats to the page foot ({@code float: footnote}); OpenHTMLtoPDF leaves a linked call
 * with the same number in the text. Later references to the same note stay as linked numbers.
 * Links back to the text make no sense on paper and go.
 *
 * <p>Tagged (PDF/UA) output cannot float notes (OpenHTMLtoPDF does not tag them), so there the notes
 * stay where the writer put them, at the end, without the back links.
 */
final class PageFootnotes {
    private PageFootnotes() {}

    static void apply(Element article, boolean atPageFoot) {
        Element section = article.selectFirst("section.footnotes");
        if (section == null) return;
        section.select("a.footnote-back").remove();
        if (!atPageFoot) return;
        List<Element> moved = new ArrayList<>();
        for (Element li : section.select("li[id]")) {
            String n = li.id().substring(li.id().lastIndexOf('-') + 1);
            // the first sup.footnote-ref:has(> a[href=#id]), found without :has (whose pooled iterator keeps the page reachable)
            Element link = article.selectFirst("sup.footnote-ref > a[href=\"#" + li.id() + "\"]");
            Element ref = link == null ? null : link.parent();
            if (ref == null || inside(ref, section)) continue;
            Element note = new Element("div").addClass("footnote").id(li.id()).attr("data-n", n);
            for (Node child : new ArrayList<>(li.childNodes())) note.appendChild(child);
            trimTrailingSpace(note);
            ref.after(note);
            ref.remove();
            moved.add(li);
        }
        moved.forEach(Element::remove);
        if (section.select("li").isEmpty()) section.remove();
    }

    private static boolean inside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    /** The writer ends each note's last paragraph with a space before the (removed) back links. */
    private static void trimTrailingSpace(Element note) {
        Element last = note.children().isEmpty() ? null : note.child(note.childrenSize() - 1);
        if (last != null && !last.textNodes().isEmpty()) {
            var t = last.textNodes().get(last.textNodes().size() - 1);
            t.text(t.getWholeText().stripTrailing());
        }
    }
}
