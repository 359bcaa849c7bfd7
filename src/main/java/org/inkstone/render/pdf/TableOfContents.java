package org.inkstone.render.pdf;

import org.inkstone.model.Outline;
import org.inkstone.render.LocalizedLabels;
import org.inkstone.options.AutoSwitch;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The contents page ({@code --toc}; auto = when the document has three or more headings of levels
 * 1–3; a book lists its chapters and their sections): the headings as nested links, each followed by a dot leader and the page it lands on
 * ({@code target-counter}, in print.css). It stands on its own page after the title page. A
 * document that places its own {@code [TOC]} keeps that one (which gets page numbers too) and no
 * second one is added.
 */
final class TableOfContents {
    static final int AUTO_MINIMUM = 3;
    /** Sections and subsections in an article; chapters and sections in a book (several H1). */
    static final int DEEPEST_LEVEL = 3;
    static final int DEEPEST_LEVEL_IN_A_BOOK = 2;

    private TableOfContents() {}

    /** Adds the contents page when asked or warranted; returns whether it did. */
    static boolean apply(Element article, Outline outline, AutoSwitch choice, LocalizedLabels labels) {
        if (choice == AutoSwitch.OFF || article.selectFirst("nav.toc") != null) return false;
        int deepest = Headings.of(outline, 1).size() >= 2 ? DEEPEST_LEVEL_IN_A_BOOK : DEEPEST_LEVEL;
        List<Outline.Entry> headings = Headings.of(outline, deepest);
        if (headings.isEmpty() || (choice == AutoSwitch.AUTO && headings.size() < AUTO_MINIMUM)) return false;
        Element nav = new Element("nav").addClass("toc").addClass("toc-page").attr("role", "doc-toc");
        nav.appendElement("p").addClass("toc-title").text(labels.contents());
        for (int i = 0; i < headings.size(); ) i = list(nav, headings, i);
        Element titlePage = article.selectFirst("> section.title-page");
        if (titlePage != null) titlePage.after(nav);
        else article.prependChild(nav);
        return true;
    }

    /** Nests headings by level; returns the index after the last heading consumed. */
    private static int list(Element parent, List<Outline.Entry> hs, int from) {
        Element ol = parent.appendElement("ol");
        int level = hs.get(from).level();
        int i = from;
        Element lastLi = null;
        while (i < hs.size()) {
            Outline.Entry h = hs.get(i);
            int l = h.level();
            if (l < level) break;
            if (l > level && lastLi != null) {
                i = list(lastLi, hs, i);
                continue;
            }
            lastLi = ol.appendElement("li").addClass("toc-level-" + l);
            lastLi.appendElement("a").attr("href", "#" + h.id()).text(h.text());
            i++;
        }
        return i;
    }
}
