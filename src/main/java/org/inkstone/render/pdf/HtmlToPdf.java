package org.inkstone.render.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.inkstone.diagnostic.Diagnostics;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One run of OpenHTMLtoPDF: a W3C DOM in, PDF bytes out. Everything it may load comes from the
 * {@link ResourceStore}; http, https and file access are refused; fonts come from the
 * {@link FontRegistry}; dates and identifier from {@link DocumentInfo} (a book's page labels from
 * {@link PageLabels}), the listener that runs before the document is saved. With {@code pdfUa} the
 * output is tagged for accessibility (PDF/UA), with {@code pdfA} it is PDF/A-2u (sRGB output
 * intent, everything embedded).
 */
final class HtmlToPdf {
    private final ResourceStore resources;
    private final FontRegistry fonts;
    private final Diagnostics diagnostics;

    HtmlToPdf(ResourceStore resources, FontRegistry fonts, Diagnostics diagnostics) {
        this.resources = resources;
        this.fonts = fonts;
        this.diagnostics = diagnostics;
    }

    byte[] render(org.w3c.dom.Document page, PageSetup size, boolean pdfUa, boolean pdfA, PDFCreationListener beforeSave) {
        LibraryLog.silenceConsole();
        NoSystemFonts.install();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        // The faces are shared with the other outputs and builds of the cache, embedded and subset (on save) with no
        // lock: LoadedFace says why that is safe.
        try (PDDocument doc = new PDDocument()) {
            draw(builder(page, size, pdfUa, pdfA, out), doc, beforeSave);
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Lays the page out and draws it into {@code doc}, then runs the listener. The renderer, with its boxes and styles,
     * is closed and unreachable once this returns, before the PDF is saved: a 570-page book's box tree is some 80 MB,
     * and saving (the font subsets, the compressed streams) with it still live cost a full collection.
     */
    private void draw(PdfRendererBuilder builder, PDDocument doc, PDFCreationListener beforeSave) throws IOException {
        builder.usePDDocument(doc);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            fonts.register(renderer.getFontResolver(), doc);
            RememberedWidths.install(renderer);
            PreparedImages.into(renderer, doc, resources);
            renderer.setListener(beforeSave);
            renderer.createPDFWithoutClosing();
            beforeSave.onClose(renderer);
        }
    }

    private PdfRendererBuilder builder(org.w3c.dom.Document page, PageSetup size, boolean pdfUa, boolean pdfA, ByteArrayOutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(page, ResourceStore.SCHEME + ":/")
                .useDefaultPageSize((float) size.widthMm(), (float) size.heightMm(), PdfRendererBuilder.PageSizeUnits.MM)
                .useUriResolver(resources)
                .useProtocolsStreamImplementation(resources, ResourceStore.SCHEME)
                .useProtocolsStreamImplementation(ResourceStore.REFUSE, "http", "https", "file", "jar", "ftp")
                .useExternalResourceAccessControl((uri, type) -> resources.holds(uri),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> resources.holds(uri),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useSVGDrawer(new BatikSVGDrawer())
                .useUnicodeLineBreaker(new ClreqLineBreaks())
                .withProducer("Inkstone")
                .withDiagnosticConsumer(LibraryLog.into(diagnostics))
                .toStream(out);
        if (pdfUa) builder.usePdfUaAccessibility(true);
        if (pdfA) {
            builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        }
        return builder;
    }
}
