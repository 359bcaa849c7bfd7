package org.inkstone.render.pdf;

import org.inkstone.model.Outline;
import org.inkstone.render.xhtml.WrittenHeadings;
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

    /** @param chapters the outline's H1 entries; {@code written} where their elements are */
    static void apply(Element article, String documentTitle, List<Outline.Entry> chapters, WrittenHeadings written) {
        documentTitle(article, documentTitle);
        if (chapters.size() < 2) return;
        for (Outline.Entry h1 : chapters) chapter(written.element(h1), h1.text());
    }

    /** The document title, from the first page (the title page when there is one) on. */
    static void documentTitle(Element article, String title) {
        Element first = running(title);
        Element titlePage = article.selectFirst("> section.title-page");
        if (titlePage != null) titlePage.prependChild(first);
        else article.prependChild(first);
    }

    /** {@code title} from the page of the chapter that {@code heading} opens on. */
    static void chapter(Element heading, String title) {
        heading.after(running(title));
    }

    private static Element running(String text) {
        return new Element("div").addClass("running-title").attr("aria-hidden", "true").text(text);
    }
}
