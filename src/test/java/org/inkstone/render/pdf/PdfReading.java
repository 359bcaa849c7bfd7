package org.inkstone.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** What a reader gets from a PDF, read back with PDFBox: text by region, fonts, outline, links. */
final class PdfReading implements AutoCloseable {
    static final float MM = 72f / 25.4f;
    final PDDocument doc;
    private final PageSetup page;

    PdfReading(byte[] pdf, PageSetup page) {
        try {
            this.doc = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.page = page;
    }

    int pages() {
        return doc.getNumberOfPages();
    }

    /** The text between the running header and the page number (body and footnotes), page by page. */
    List<String> bodyTexts() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pages(); i++) {
            out.add(region(i, 0, page.topMm(), page.widthMm(), page.heightMm() - page.topMm() - page.bottomMm()));
        }
        return out;
    }

    String header(int pageIndex) {
        return region(pageIndex, 0, 0, page.widthMm(), page.topMm());
    }

    String footer(int pageIndex) {
        return region(pageIndex, 0, page.heightMm() - page.bottomMm(), page.widthMm(), page.bottomMm());
    }

    /** Text of a region given in millimetres from the page's top left corner. */
    String region(int pageIndex, double xMm, double yMm, double wMm, double hMm) {
        try {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            stripper.addRegion("r", new Rectangle2D.Double(xMm * MM, yMm * MM, wMm * MM, hMm * MM));
            stripper.extractRegions(doc.getPage(pageIndex));
            return stripper.getTextForRegion("r");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every glyph drawn, with its page, for geometry checks. */
    List<Glyph> glyphs() {
        List<Glyph> out = new ArrayList<>();
        try {
            for (int i = 0; i < pages(); i++) {
                int pageIndex = i;
                PDFTextStripper s = new PDFTextStripper() {
                    @Override protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition p : positions) out.add(new Glyph(pageIndex, p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj()));
                    }
                };
                s.setStartPage(i + 1);
                s.setEndPage(i + 1);
                s.getText(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    record Glyph(int page, String text, float x, float y, float width) {}

    /** The glyphs that lie (more than a point) outside the text block's left and right edges. */
    List<Glyph> outsideTextBlock() {
        float right = (float) ((page.widthMm() - page.sideMm()) * MM) + 1;
        float left = (float) (page.sideMm() * MM) - 1;
        List<Glyph> out = new ArrayList<>();
        for (Glyph g : glyphs()) {
            if (!g.text().isBlank() && (g.x() < left || g.x() + g.width() > right)) out.add(g);
        }
        return out;
    }

    /** Every font used on any page (also inside form XObjects). */
    List<PDFont> fonts() {
        List<PDFont> out = new ArrayList<>();
        try {
            for (PDPage p : doc.getPages()) collectFonts(p.getResources(), out, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void collectFonts(PDResources res, List<PDFont> out, int depth) throws IOException {
        if (res == null || depth > 5) return;
        for (COSName name : res.getFontNames()) out.add(res.getFont(name));
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDFormXObject form) collectFonts(form.getResources(), out, depth + 1);
        }
    }

    /** An outline entry: its title, depth (1 = top) and the page and height it points at. */
    record Entry(String title, int depth, int page, float top) {}

    List<Entry> outline() {
        List<Entry> out = new ArrayList<>();
        if (doc.getDocumentCatalog().getDocumentOutline() != null) walk(doc.getDocumentCatalog().getDocumentOutline(), 1, out);
        return out;
    }

    private void walk(PDOutlineNode node, int depth, List<Entry> out) {
        for (PDOutlineItem item : node.children()) {
            int pageIndex = -1;
            float top = -1;
            try {
                if (item.getDestination() instanceof PDPageDestination d) {
                    pageIndex = d.retrievePageNumber();
                    if (d instanceof PDPageXYZDestination xyz) top = xyz.getTop();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.add(new Entry(item.getTitle(), depth, pageIndex, top));
            walk(item, depth + 1, out);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without any whitespace: PDF text extraction and HTML differ in spaces and line breaks, never in the characters. */
    static String squash(String s) {
        return s.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }
}
