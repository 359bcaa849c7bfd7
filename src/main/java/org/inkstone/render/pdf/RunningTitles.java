package org.inkstone.render.pdf;

import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The running header's text, as running elements ({@code position: running(running-title)}) that the
 * page header shows: the document title from the first page on, and in a book (several chapters)
 * each chapter's title from its opening page on. The header is left out on the page where a new
 * title starts ({@code last-except}), so a chapter's opening page has none.
 */
final class RunningTitles {
    private RunningTitles() {}

    static void apply(Element article, String documentTitle, List<Element> chapters) {
        Element first = running(documentTitle);
        Element titlePage = article.selectFirst("> section.title-page");
        if (titlePage != null) titlePage.prependChild(first);
        else article.prependChild(first);
        if (chapters.size() < 2) return;
        for (Element h1 : chapters) h1.after(running(Headings.text(h1)));
    }

    private static Element running(String text) {
        return new Element("div").addClass("running-title").attr("aria-hidden", "true").text(text);
    }
}
