package org.inkstone.render.epub;

import org.inkstone.render.LocalizedLabels;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * {@code nav.xhtml}: the EPUB 3 navigation document. Its {@code toc} nav lists the headings of levels
 * 1–3 nested by level (a book without headings lists its first page); its {@code landmarks} nav
 * names the cover, the table of contents and the start of the text.
 */
final class NavDocument {
    static final String FILE = "nav.xhtml";

    /** A landmark: its {@code epub:type}, label and target. */
    record Landmark(String type, String label, String href) {}

    private NavDocument() {}

    static Document build(String bookTitle, String language, LocalizedLabels labels, List<TocEntry> toc, List<Landmark> landmarks) {
        Element content = new Element("section").addClass("ink-document").addClass("book-nav");
        Element nav = content.appendElement("nav").attr("epub:type", "toc").id("toc").attr("role", "doc-toc")
                .attr("aria-labelledby", "toc-title");
        nav.appendElement("h1").id("toc-title").addClass("toc-title").text(labels.contents());
        list(nav, toc);
        Element marks = content.appendElement("nav").attr("epub:type", "landmarks").id("landmarks").attr("hidden", "hidden")
                .attr("aria-labelledby", "landmarks-title");
        marks.appendElement("h2").id("landmarks-title").text(labels.landmarks());
        Element ol = marks.appendElement("ol");
        for (Landmark l : landmarks) {
            ol.appendElement("li").appendElement("a").attr("epub:type", l.type()).attr("href", l.href()).text(l.label());
        }
        return ContentPage.of(labels.contents() + " · " + bookTitle, language, "nav-page", content);
    }

    private static void list(Element parent, List<TocEntry> entries) {
        Element ol = parent.appendElement("ol");
        for (TocEntry e : entries) {
            Element li = ol.appendElement("li");
            li.appendElement("a").attr("href", e.href()).text(e.text());
            if (!e.children().isEmpty()) list(li, e.children());
        }
    }
}
