package org.inkstone.render.html;

import org.inkstone.model.BookLayout;
import org.inkstone.model.BookPart;
import org.inkstone.model.Chapter;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sidebar of every page of a web book: the book's title (a link to {@code index.html}), the search
 * box (hidden until the script shows it), and the contents in the summary's order: parts with a
 * title as headings over their chapters, untitled runs (front and back matter, chapters before any
 * part) as chapters of their own, nested chapters under the chapter they belong to, and chapters not
 * yet written (no file) as their title without a link. The page's own entry is marked
 * ({@code aria-current="page"} and class {@code current} on its link, {@code book-current} on its item).
 */
final class BookSidebar {
    private final BookLayout layout;
    private final List<String> files;
    private final BookLabels labels;
    private final Map<Chapter, Integer> placed = new IdentityHashMap<>();
    private final Map<String, Integer> placedByPath = new HashMap<>();
    /** For each folder pages are in, the link to each chapter's page from there (the same for every page of the folder). */
    private final Map<String, String[]> hrefsFrom = new HashMap<>();

    /** @param files the page of each chapter of the layout, in its order */
    BookSidebar(BookLayout layout, List<String> files, BookLabels labels) {
        this.layout = layout;
        this.files = files;
        this.labels = labels;
        for (int i = 0; i < layout.chapters().size(); i++) {
            Chapter c = layout.chapters().get(i).chapter();
            placed.putIfAbsent(c, i);
            placedByPath.putIfAbsent(c.path(), i);
        }
    }

    /**
     * The sidebar as shown on the page {@code page}.
     *
     * @param current the index in the layout of the page's chapter, or -1 on the title page
     */
    Element nav(String page, int current) {
        Element nav = new Element("nav").addClass("book-sidebar").attr("aria-label", labels.contents());
        Element title = nav.appendElement("p").addClass("book-title")
                .appendElement("a").attr("href", PageUrls.between(page, PageFiles.INDEX)).text(layout.book().metadata().title());
        if (current < 0) markCurrent(title);
        nav.appendChild(searchForm());
        Element contents = nav.appendElement("ol").addClass("book-contents");
        for (BookPart part : layout.book().parts()) {
            Element list = contents;
            if (!part.title().isBlank()) {
                Element item = contents.appendElement("li").addClass("book-part");
                item.appendElement("p").addClass("book-part-title").text(part.title());
                list = item.appendElement("ol");
            }
            for (Chapter c : part.chapters()) chapter(list, c, page, current);
        }
        return nav;
    }

    private void chapter(Element list, Chapter c, String page, int current) {
        Element item = list.appendElement("li").addClass("book-chapter");
        Integer index = c.draft() ? null : placed.getOrDefault(c, placedByPath.get(c.path()));
        if (index == null) {
            item.addClass("book-draft").appendElement("span").addClass("book-draft-title").text(c.title());
        } else {
            Element link = item.appendElement("a").attr("href", href(page, index)).text(c.title());
            if (index == current) {
                markCurrent(link);
                item.addClass("book-current");
            }
        }
        if (c.sections().isEmpty()) return;
        Element sections = item.appendElement("ol");
        for (Chapter s : c.sections()) chapter(sections, s, page, current);
    }

    private String href(String page, int index) {
        int slash = page.lastIndexOf('/');
        String[] hrefs = hrefsFrom.computeIfAbsent(slash < 0 ? "" : page.substring(0, slash + 1), folder -> new String[files.size()]);
        if (hrefs[index] == null) hrefs[index] = PageUrls.between(page, files.get(index));
        return hrefs[index];
    }

    private static void markCurrent(Element link) {
        link.attr("aria-current", "page").addClass("current");
    }

    /** The search box; {@code book.js} shows it and fills the results, so without scripts nothing of it shows. */
    private Element searchForm() {
        Element form = new Element("form").id("book-search").addClass("book-search").attr("role", "search")
                .attr("hidden", "hidden").attr("data-none", labels.searchNone()).attr("data-found", labels.searchFound());
        form.appendElement("input").id("book-search-input").attr("type", "search").attr("placeholder", labels.search())
                .attr("aria-label", labels.search()).attr("autocomplete", "off").attr("spellcheck", "false");
        form.appendElement("p").id("book-search-status").addClass("book-search-status").attr("aria-live", "polite");
        form.appendElement("ol").id("book-search-results").addClass("book-search-results");
        return form;
    }
}
