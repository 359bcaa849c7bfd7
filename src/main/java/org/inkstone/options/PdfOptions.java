package org.inkstone.options;

/**
 * The PDF's options, resolved.
 *
 * @param pageSize the page
 * @param toc      the contents page: {@code auto} = when the document has three or more headings
 * @param pdfUa    tagged and accessible (PDF/UA-1)
 * @param pdfA     archival (PDF/A-2u)
 * @param rectoChapters a book's chapters start on a right-hand (odd) page ({@code pdf: {chapter-start: right}})
 */
public record PdfOptions(PageSize pageSize, AutoSwitch toc, boolean pdfUa, boolean pdfA, boolean rectoChapters) {
    public PdfOptions(PageSize pageSize, AutoSwitch toc, boolean pdfUa, boolean pdfA) {
        this(pageSize, toc, pdfUa, pdfA, false);
    }
}
