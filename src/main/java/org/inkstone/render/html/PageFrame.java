package org.inkstone.render.html;

import org.inkstone.model.Metadata;
import org.inkstone.render.xhtml.XhtmlWriter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One page of a web book around its content: the writer's standalone page
 * ({@link XhtmlWriter#page}) with the shared {@code book.css} linked instead of CSS inline, a link
 * past the sidebar, the sidebar, the content and the links to the previous and next page in
 * {@code <main>}, and {@code book.js} at the end. {@code data-book-root} on the body is the way back
 * up to the book's folder, for the script.
 */
final class PageFrame {
    private PageFrame() {}

    /** A neighbouring page for the pager: the label (上一章, 下一章 …), the page's title and its file. */
    record Neighbour(String label, String title, String file) {}

    /**
     * @param previous the page before, or null
     * @param next     the page after, or null
     */
    static Document page(Metadata meta, String title, String file, Element sidebar, Element content,
                         Neighbour previous, Neighbour next, BookLabels labels) {
        String root = PageUrls.toRoot(file);
        Document page = XhtmlWriter.page(meta, "", content);
        Element head = page.selectFirst("head");
        head.selectFirst("title").text(title);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", root + PageFiles.STYLE);
        Element body = page.selectFirst("body");
        body.addClass("ink-book").attr("data-book-root", root);
        content.remove();
        body.appendElement("a").addClass("book-skip").attr("href", "#book-main").text(labels.skip());
        body.appendChild(sidebar);
        Element main = body.appendElement("main").id("book-main").addClass("book-main");
        main.appendChild(content);
        if (previous != null || next != null) {
            Element pager = main.appendElement("nav").addClass("book-pager").attr("aria-label", labels.pager());
            if (previous != null) neighbour(pager, "prev", previous, file);
            if (next != null) neighbour(pager, "next", next, file);
        }
        body.appendElement("script").attr("src", root + PageFiles.SCRIPT);
        return page;
    }

    private static void neighbour(Element pager, String rel, Neighbour n, String from) {
        Element a = pager.appendElement("a").attr("rel", rel).attr("href", PageUrls.between(from, n.file()));
        a.appendElement("span").addClass("book-pager-label").text(n.label());
        a.appendElement("span").addClass("book-pager-title").text(n.title());
    }
}
