package org.inkstone.render.pdf;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Image boxes on paper: an image with a given width or height gets both, in CSS pixels, within the
 * text width and print.css's maximum height; a paragraph holding inline formulas or images is
 * marked so that print.css can indent it.
 */
final class ImageBoxes {
    /**
     * An inline formula or image, sought in each of the article's paragraphs. Not {@code > p:has(…)}: jsoup keeps the
     * iterator of its last {@code :has} in a per-thread pool, pointing into the page, which kept the whole jsoup tree
     * reachable while OpenHTMLtoPDF laid out the PDF.
     */
    private static final Evaluator INLINE_BOX = QueryParser.parse("span.math-inline, img.inline-image");

    private ImageBoxes() {}

    static void apply(Element article, PdfImages images, PageSetup page) {
        for (Element img : article.select("img[width], img[height]")) sizeAsStyle(img, images, page.textWidthPx());
        // print.css indents these by an empty box: OpenHTMLtoPDF ignores text-indent on a line with an inline-block
        for (Element p : article.children()) if (p.normalName().equals("p") && p.selectFirst(INLINE_BOX) != null) p.addClass("inline-blocks");
    }

    /**
     * OpenHTMLtoPDF draws an image whose width is given (Obsidian {@code ![[a.png|300]]}) at its
     * natural size, overflowing its box; given both width and height in CSS pixels (the missing one
     * from the image's proportions, both scaled down to the text width when wider) it draws it right.
     */
    private static void sizeAsStyle(Element img, PdfImages images, double textWidthPx) {
        double w = number(img.attr("width"));
        double h = number(img.attr("height"));
        img.removeAttr("width").removeAttr("height");
        var size = images.size(img.attr("src"));
        if (size.isPresent()) {
            double ratio = (double) size.get().height() / size.get().width();
            if (w > 0 && h <= 0) h = w * ratio;
            else if (h > 0 && w <= 0) w = h / ratio;
        }
        if (w <= 0 || h <= 0) return;
        if (w > textWidthPx) {
            h = h * textWidthPx / w;
            w = textWidthPx;
        }
        if (h > MAX_HEIGHT_PX) {
            w = w * MAX_HEIGHT_PX / h;
            h = MAX_HEIGHT_PX;
        }
        // max-height off: with it, OpenHTMLtoPDF draws a tall image at print.css's max-height, whatever its size
        String old = img.attr("style").strip();
        img.attr("style", "width: " + Math.round(w) + "px; height: " + Math.round(h) + "px; max-height: none;"
                + (old.isEmpty() ? "" : " " + old));
    }

    /** print.css's {@code max-height: 18cm} for images, in CSS pixels. */
    private static final double MAX_HEIGHT_PX = 18 / 2.54 * 96;

    private static double number(String s) {
        return s.strip().matches("\\d{1,5}") ? Double.parseDouble(s.strip()) : 0;
    }
}
