package org.inkstone.render.pdf;

import org.inkstone.model.BookPart;
import org.inkstone.render.LocalizedLabels;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * A book's contents page: its parts, chapters and their sections (headings of level 2, which include
 * the chapters the summary nests under a chapter), each with a dot leader and the page it starts on
 * ({@code target-counter}, in print.css; a front matter entry in lower-case roman numerals, as its
 * pages are numbered); a draft chapter (no file yet) by its title alone. It follows the title page.
 */
final class BookContents {
    /** The deepest heading level listed under a chapter. */
    static final int DEEPEST_LEVEL = 2;

    private BookContents() {}

    static void apply(Element article, BookOutline outline, LocalizedLabels labels) {
        Element nav = new Element("nav").addClass("toc").addClass("toc-page").addClass("book-toc").attr("role", "doc-toc");
        nav.appendElement("p").addClass("toc-title").text(labels.contents());
        list(nav, outline.roots());
        Element titlePage = article.selectFirst("> section.title-page");
        if (titlePage != null) titlePage.after(nav);
        else article.prependChild(nav);
    }

    private static void list(Element parent, List<BookOutline.Node> nodes) {
        Element ol = null;
        for (BookOutline.Node n : nodes) {
            if (n.kind() == BookOutline.Kind.HEADING && n.level() > DEEPEST_LEVEL) continue;
            if (ol == null) ol = parent.appendElement("ol");
            Element li = ol.appendElement("li").addClass(switch (n.kind()) {
                case PART -> "toc-part";
                case CHAPTER -> "toc-chapter";
                case HEADING -> "toc-section";
            });
            if (n.matter() == BookPart.Matter.FRONT) li.addClass("toc-front");
            if (n.id() == null) li.addClass("toc-draft").appendElement("span").text(n.title());
            else li.appendElement("a").attr("href", "#" + n.id()).text(n.title());
            list(li, n.children());
        }
    }
}
