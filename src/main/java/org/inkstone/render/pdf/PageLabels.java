package org.inkstone.render.pdf;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;

import java.util.regex.Pattern;

/**
 * A book's page labels ({@code /PageLabels}), what a reader shows as the page number: i, ii, iii … for
 * the front matter, then 1, 2, 3 … from the page where the body starts (the page of the element with
 * the given id, found in OpenHTMLtoPDF's layout), the numbers print.css prints on the pages. Set just
 * before the document is saved, then the next listener runs (the document information).
 */
final class PageLabels implements PDFCreationListener {
    private final PDFCreationListener next;
    private final String bodyStartId;

    /** @param bodyStartId the id of the body's first element; null when the whole book is front matter */
    PageLabels(PDFCreationListener next, String bodyStartId) {
        this.next = next;
        this.bodyStartId = bodyStartId;
    }

    @Override
    public void preOpen(PdfBoxRenderer renderer) {
        next.preOpen(renderer);
    }

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        next.preWrite(renderer, pageCount);
    }

    @Override
    public void onClose(PdfBoxRenderer renderer) {
        PDDocument doc = renderer.getPdfDocument();
        if (doc != null && doc.getNumberOfPages() > 0) {
            int body = bodyStartId == null ? doc.getNumberOfPages() : bodyPage(renderer);
            doc.getDocumentCatalog().setPageLabels(labels(doc, body));
        }
        next.onClose(renderer);
    }

    /** The index of the page the body starts on; 0 (all numbered 1, 2 …) when the element was not laid out. */
    private int bodyPage(PdfBoxRenderer renderer) {
        var positions = renderer.findPagePositionsByID(Pattern.compile("^" + Pattern.quote(bodyStartId) + "$"));
        return positions.isEmpty() ? 0 : positions.get(0).getPageNo();
    }

    /** Roman numerals on the pages before {@code body}, decimals from 1 on the rest. */
    static PDPageLabels labels(PDDocument doc, int body) {
        PDPageLabels labels = new PDPageLabels(doc);
        if (body > 0) {
            PDPageLabelRange front = new PDPageLabelRange();
            front.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
            labels.setLabelItem(0, front);
        }
        if (body < doc.getNumberOfPages()) {
            PDPageLabelRange main = new PDPageLabelRange();
            main.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            main.setStart(1);
            labels.setLabelItem(body, main);
        }
        return labels;
    }
}
