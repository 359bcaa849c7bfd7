package org.inkstone.render.pdf;

import org.inkstone.model.BookLayout;
import org.inkstone.model.BookPart;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shapes a book's pages for print.css: each chapter's opening heading is marked {@code chapter} (a new
 * page, a right-hand one with {@code pdf: {chapter-start: right}}) and followed by the chapter's title
 * for the running header; the first element of the body (the first part page, or the first chapter
 * after the front matter) is marked {@code body-start}, where print.css starts the page numbers again
 * from 1; what comes before it (title page, contents, front matter chapters such as 序) goes into one
 * {@code <div class="front-matter">}, which print.css puts on the {@code front} page (numbered i, ii …).
 * One element around the front matter, not a page name on each of its elements: OpenHTMLtoPDF breaks
 * the page between a heading and its text when both name the page.
 */
final class BookMatter {
    private BookMatter() {}

    /**
     * @param chapterHeadings each placed chapter's opening heading element, in the layout's order
     * @param partPages       the id of each titled part's page ({@link PartPages})
     * @return the id of the body's first element (the PDF's page labels restart at its page), or null
     *         when the book is all front matter
     */
    static String apply(Element article, BookLayout layout, List<Element> chapterHeadings, Map<BookPart, String> partPages) {
        List<BookLayout.Placed> chapters = layout.chapters();
        Element bodyStart = null;
        for (int i = 0; i < chapters.size(); i++) {
            BookLayout.Placed p = chapters.get(i);
            Element heading = chapterHeadings.get(i);
            if (p.depth() == 0) {
                heading.addClass("chapter");
                RunningTitles.chapter(heading, p.title());
            }
            if (bodyStart == null && p.part().matter() != BookPart.Matter.FRONT) {
                String partPage = partPages.get(p.part());
                bodyStart = partPage != null ? article.getElementById(partPage) : heading;
            }
        }
        if (bodyStart == null) return null;
        bodyStart.addClass("body-start");
        return bodyStart.id().isEmpty() ? null : bodyStart.id();
    }

    /**
     * Moves everything before the body's first element (all, when there is none) into the front matter's
     * element; the last step on the page, after the steps that look at the article's own children.
     */
    static void wrapFrontMatter(Element article) {
        Element front = new Element("div").addClass("front-matter");
        for (Element e : new ArrayList<>(article.children())) {
            if (e.hasClass("body-start") || e.is("section.footnotes")) break;
            front.appendChild(e);
        }
        article.prependChild(front);
    }
}
