package org.inkstone.render.pdf;

import org.inkstone.render.LocalizedLabels;
import org.jsoup.nodes.Element;

/**
 * Tagged output: every image gets alternative text (a figure's caption, else a plain "image"
 * label), since PDF/UA forbids a figure without it; the writer was told about each one. A
 * formula's alternative text is its TeX.
 */
final class AltTexts {
    private AltTexts() {}

    static void apply(Element article, LocalizedLabels labels) {
        // a formula's SVG is labelled with its TeX (aria-label); OpenHTMLtoPDF's figure tag reads alt
        for (Element svg : article.select("svg[aria-label]")) svg.attr("alt", svg.attr("aria-label"));
        for (Element img : article.select("img")) {
            if (!img.attr("alt").isBlank()) continue;
            Element figure = img.closest("figure");
            Element caption = figure == null ? null : figure.selectFirst("figcaption");
            img.attr("alt", caption != null && !caption.text().isBlank() ? caption.text() : labels.image());
        }
    }
}
