package org.inkstone.render.pdf;

import org.inkstone.model.Metadata;
import org.jsoup.nodes.Element;

/**
 * The title page, from the metadata: cover image (when the front matter names one that can be had),
 * title, subtitle, authors and date, alone on the first page. It replaces the writer's title block;
 * a document whose title is its first heading (no title block) gets no title page.
 */
final class TitlePage {
    private TitlePage() {}

    /** Puts the title page first in {@code article}; returns whether there is one. {@code coverLine}: where the front matter names the cover. */
    static boolean apply(Element article, Metadata meta, PdfImages images, int coverLine) {
        Element block = article.selectFirst("> header.title-block");
        if (block == null) return false;
        Element page = new Element("section").addClass("title-page");
        if (!meta.cover().isBlank()) {
            images.uri(meta.cover().strip(), coverLine).ifPresent(uri -> {
                page.addClass("with-cover");
                page.appendElement("div").addClass("cover").appendElement("img").attr("src", uri)
                        .attr("alt", meta.title());
            });
        }
        page.appendElement("h1").addClass("title").text(meta.title());
        if (!meta.subtitle().isBlank()) page.appendElement("p").addClass("subtitle").text(meta.subtitle());
        page.appendElement("hr").addClass("title-rule");
        if (!meta.authors().isEmpty()) page.appendElement("p").addClass("authors").text(String.join("、", meta.authors()));
        if (!meta.date().isBlank()) page.appendElement("p").addClass("date").text(meta.date());
        block.replaceWith(page);
        return true;
    }
}
