package org.inkstone.render.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenHTMLtoPDF's text measurer with each face's character widths remembered. The line breaker measures every
 * candidate piece of a line, and PDFBox's {@code getStringWidth} encodes the piece into bytes, reads each code back
 * through the CMap (a stream pipeline per code) and looks its width up in a boxed map: about 5 % of a 570-page book's
 * CPU. Here a face's width of a character is asked of PDFBox once, and a piece's width is the sum of its characters'
 * in the same order, from the same 0, so it is the same float PDFBox gives (a Type 0 face's width of a code does not
 * depend on its neighbours). Anything else — a character outside the BMP, one the face lacks, a face that is not a
 * Type 0 face — goes to OpenHTMLtoPDF's own measuring, with its fallbacks across the font list.
 *
 * <p>One instance serves one renderer, on its thread; the widths of a face do not change before the PDF is saved
 * (subsetting, on save, rebuilds them).
 */
final class RememberedWidths extends PdfBoxTextRenderer {
    /** The same rounding threshold as {@link PdfBoxTextRenderer#getWidth}. */
    private static final float TEXT_MEASURING_DELTA = 0.01f;
    /** Not yet asked of the face; a character the face lacks is {@code NaN}. */
    private static final float UNKNOWN = Float.NEGATIVE_INFINITY;

    private final Map<PDFont, float[][]> faces = new IdentityHashMap<>();

    /** Replaces the renderer's text measurer; call before the layout. */
    static void install(PdfBoxRenderer renderer) {
        renderer.getSharedContext().setTextRenderer(new RememberedWidths());
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        PdfBoxFSFont fsFont = (PdfBoxFSFont) font;
        List<FontDescription> descriptions = fsFont.getFontDescriptions();
        PDFont face = descriptions == null || descriptions.isEmpty() ? null : descriptions.get(0).getFont();
        if (face instanceof PDType0Font) {
            float units = width(face, TextRenderer.getEffectivePrintableString(string));
            if (!Float.isNaN(units)) {
                float result = units / 1000f * fsFont.getSize2D();
                return result - Math.floor(result) < TEXT_MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
            }
        }
        return super.getWidth(context, font, string);
    }

    /** The string's width in 1/1000 em as PDFBox sums it, or {@code NaN} when a character is not in the tables. */
    float width(PDFont face, String text) {
        float[][] pages = faces.computeIfAbsent(face, f -> new float[256][]);
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) return Float.NaN;
            float[] page = pages[c >>> 8];
            if (page == null) {
                page = new float[256];
                Arrays.fill(page, UNKNOWN);
                pages[c >>> 8] = page;
            }
            float w = page[c & 0xFF];
            if (w == UNKNOWN) {
                w = page[c & 0xFF] = asked(face, c);
            }
            if (Float.isNaN(w)) return Float.NaN;
            width += w;
        }
        return width;
    }

    private static float asked(PDFont face, char c) {
        try {
            return face.getStringWidth(String.valueOf(c));
        } catch (IllegalArgumentException | IOException e) { // no glyph for it: OpenHTMLtoPDF's fallbacks decide
            return Float.NaN;
        }
    }
}
