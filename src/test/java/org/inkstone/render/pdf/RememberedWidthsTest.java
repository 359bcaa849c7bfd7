package org.inkstone.render.pdf;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.util.ThreadCtx;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RememberedWidthsTest {
    /** Han text with full-width marks, Latin with ligature candidates, digits, a soft hyphen and a no-break space. */
    private static final String TEXT = "排版的基本原则：标点不出现在行首，“引号”与《书名号》成对。"
            + " The office's affluent fjord — 2026-12-07, 3.14159; naïve café\u00ADs, A\u00A0B ( ) [ ] { } ~ ^ ` |";
    /** Characters a face may lack: Tamil, Thai, an emoji (outside the BMP), a private-use point, a control. */
    private static final String RARE = "ஷ ก 😀 \uE000 \u0007 a";
    private static final float[] SIZES = {9.5f, 12f, 15f, 17.3f, 28f};

    /** The font runs' replacement character comes from the thread's renderer context, as during a layout. */
    @BeforeEach
    void layoutContext() {
        ThreadCtx.get().setSharedContext(new SharedContext());
    }

    @AfterEach
    void noLayoutContext() {
        ThreadCtx.cleanup();
    }

    private static PDType0Font load(PDDocument doc, String file) throws IOException {
        return PDType0Font.load(doc, new TTFParser().parse(new RandomAccessReadBufferedFile(Path.of("fonts", file).toFile())), true);
    }

    /** Every piece the line breaker may measure: all substrings of up to 12 characters, and the whole strings. */
    private static List<String> pieces() {
        List<String> pieces = new ArrayList<>(List.of("", TEXT, RARE, TEXT + RARE));
        String all = TEXT + RARE;
        for (int i = 0; i < all.length(); i++) {
            for (int j = i + 1; j <= Math.min(all.length(), i + 12); j++) pieces.add(all.substring(i, j));
        }
        return pieces;
    }

    @ParameterizedTest
    @ValueSource(strings = {"LXGWWenKai-Regular.ttf", "LXGWWenKai-Bold.ttf", "LXGWWenKaiMono-Regular.ttf", "Symbola.ttf", "gbsn00lp.ttf"})
    void everyPieceHasTheWidthOpenHtmlToPdfGives(String file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont face = load(doc, file);
            // Symbola behind the face, as the theme's fallback: the pieces the face lacks go through the font runs.
            List<FontDescription> fonts = List.of(new FontDescription(face, IdentValue.NORMAL, 400),
                    new FontDescription(load(doc, "Symbola.ttf"), IdentValue.NORMAL, 400));
            PdfBoxTextRenderer plain = new PdfBoxTextRenderer();
            RememberedWidths remembered = new RememberedWidths();
            for (PdfBoxTextRenderer r : List.of(plain, remembered)) r.setup(new PdfBoxFontContext(), new SimpleBidiReorderer());
            int measured = 0;
            for (float size : SIZES) {
                PdfBoxFSFont font = new PdfBoxFSFont(fonts, size);
                for (String piece : pieces()) {
                    assertEquals(plain.getWidth(null, font, piece), remembered.getWidth(null, font, piece),
                            () -> file + " at " + size + ": \"" + piece + "\"");
                    measured++;
                }
            }
            assertTrue(measured > 5 * 1000, "measured " + measured);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"LXGWWenKai-Regular.ttf", "LXGWWenKaiMono-Regular.ttf"})
    void theRememberedSumIsPdfBoxsOwnFloatAndALackingCharacterIsLeftToTheFallbacks(String file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont face = load(doc, file);
            RememberedWidths remembered = new RememberedWidths();
            for (String piece : List.of("排版的基本原则", "The office's affluent fjord", "（引号）—— 3.14")) {
                float sum = remembered.width(face, piece);
                assertEquals(Float.floatToRawIntBits(face.getStringWidth(piece)), Float.floatToRawIntBits(sum), piece);
                assertEquals(sum, remembered.width(face, piece), "asked again, from the tables");
            }
            assertTrue(Float.isNaN(remembered.width(face, "a😀")), "outside the BMP");
            assertTrue(Float.isNaN(remembered.width(face, "a\uE000")), "a character the face lacks");
        }
    }
}
