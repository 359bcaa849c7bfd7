package org.inkstone.render.pdf;

import org.inkstone.model.BookLayout;
import org.inkstone.model.BookPart;
import org.inkstone.model.Outline;
import org.inkstone.options.AutoSwitch;
import org.inkstone.render.LocalizedLabels;
import org.inkstone.render.xhtml.WrittenHeadings;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a book's PDF adds to the written page, where an article gets its contents page and running
 * titles: a title page for each titled part ({@link PartPages}), the contents page of parts, chapters
 * and sections ({@link BookContents}, unless {@code --toc off}), the running titles and the front and body
 * matter ({@link BookMatter}).
 *
 * @param outline     the bookmarks to write
 * @param bodyStartId the id of the body's first element, where the page labels restart at 1 (null: all front matter)
 */
record BookPages(BookOutline outline, String bodyStartId) {

    /** Adds the book's pages and marks to {@code article} (which already has its title page). */
    static BookPages apply(Element article, BookLayout layout, Outline outline, WrittenHeadings written, AutoSwitch toc,
                           LocalizedLabels labels, String bookTitle) {
        List<Element> chapterHeadings = chapterHeadings(layout, outline, written);
        Map<BookPart, String> partPages = PartPages.apply(layout, chapterHeadings, ids(article));
        BookOutline bookOutline = BookOutline.of(layout, outline, partPages);
        if (toc != AutoSwitch.OFF) BookContents.apply(article, bookOutline, labels);
        RunningTitles.documentTitle(article, bookTitle);
        return new BookPages(bookOutline, BookMatter.apply(article, layout, chapterHeadings, partPages));
    }

    /** Each placed chapter's opening heading (the heading at its first block), in the layout's order. */
    private static List<Element> chapterHeadings(BookLayout layout, Outline outline, WrittenHeadings written) {
        Map<Integer, Outline.Entry> byBlock = new HashMap<>();
        for (Outline.Entry e : outline.entries()) byBlock.put(e.block(), e);
        List<Element> out = new ArrayList<>();
        for (BookLayout.Placed p : layout.chapters()) {
            Outline.Entry e = byBlock.get(p.firstBlock());
            if (e == null) throw new IllegalStateException("chapter '" + p.title() + "' does not open with a heading");
            out.add(written.element(e));
        }
        return out;
    }

    /** The ids the article's elements have. */
    private static Set<String> ids(Element article) {
        Set<String> ids = new HashSet<>();
        for (Element e : article.select("[id]")) ids.add(e.id());
        return ids;
    }
}
