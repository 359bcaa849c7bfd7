package org.inkstone.render.pdf;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.inkstone.render.xhtml.XhtmlWriter;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Makes the PDF's dates, identifier and language come from the build, not from the machine: the
 * creation and modification dates are the injected clock's instant (in UTC, in the information
 * dictionary and in the XMP metadata alike), and the file identifier is a digest of the page that
 * was rendered and that instant. Two builds of the same input at the same time are byte-identical.
 * Runs just before OpenHTMLtoPDF saves the document.
 */
final class DocumentInfo implements PDFCreationListener {
    private final Instant created;
    private final String language;
    private final FutureTask<byte[]> contentDigest;

    /**
     * Starts the file identifier's digest on a thread of its own: serialising a book's page and hashing it takes a few
     * tenths of a second, which run beside the layout (the identifier is needed only when the PDF is saved). The page
     * must not change from here on.
     *
     * @param page    the page the PDF is made from, serialised as XHTML for the file identifier
     * @param options the PDF's other options (page size, tagging, archival), for the file identifier
     */
    DocumentInfo(Instant created, String language, org.jsoup.nodes.Document page, String options) {
        this.created = created;
        this.language = language;
        // the digest of (serialised page + "\n" + options + "\n" + instant), the page streamed into it: a book's is tens of MB
        this.contentDigest = new FutureTask<>(() -> XhtmlWriter.serialize(page, new Utf8Digest())
                .append("\n").append(options).append("\n").append(String.valueOf(created.toEpochMilli())).sha256());
        Thread digesting = new Thread(contentDigest, "inkstone-pdf-id");
        digesting.setDaemon(true);
        digesting.start();
    }

    @Override public void preOpen(PdfBoxRenderer renderer) {}

    @Override public void preWrite(PdfBoxRenderer renderer, int pageCount) {}

    @Override
    public void onClose(PdfBoxRenderer renderer) {
        PDDocument doc = renderer.getPdfDocument();
        if (doc == null) return;
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(created.toEpochMilli());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(language);
        fixXmpDates(catalog, when);
        byte[] id = fileId();
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        doc.setDocumentId(created.toEpochMilli());
    }

    /** The PDF's file identifier: the first 16 bytes of the digest of the page, its options and the instant. */
    byte[] fileId() {
        try {
            return Arrays.copyOf(contentDigest.get(), 16);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the PDF's identifier was computed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The XMP packet (written for PDF/A and PDF/UA) must carry the same dates as the information dictionary. */
    private static void fixXmpDates(PDDocumentCatalog catalog, Calendar when) {
        PDMetadata metadata = catalog.getMetadata();
        if (metadata == null) return;
        try (InputStream in = metadata.exportXMPMetadata()) {
            XMPMetadata xmp = new DomXmpParser().parse(in);
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic != null) {
                if (basic.getCreateDate() != null) basic.setCreateDate(when);
                if (basic.getModifyDate() != null) basic.setModifyDate(when);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            String text = out.toString(StandardCharsets.UTF_8).replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
            metadata.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("the PDF's XMP metadata cannot be updated: " + e.getMessage(), e);
        }
    }

}
