package org.inkstone.render.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InertGsubTest {
    /** Latin words with ligature candidates and spaces, Han text, full-width marks, digits. */
    private static final String TEXT = "office affluent fi fl ffi — 汉字排版，“引号”与《书名》 2026 ok";

    private static TrueTypeFont face(String file) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBufferedFile(Path.of("fonts", file).toFile()));
    }

    /** The page's content stream after drawing {@code TEXT} in the font, and the embedded subset, as bytes. */
    private record Drawn(byte[] content, byte[] subset) {}

    private static Drawn draw(TrueTypeFont ttf, boolean dropGsub) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            if (dropGsub) assertTrue(InertGsub.drop(font), "LXGW WenKai's Latin GSUB has no feature PDFBox applies");
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(50, 700);
                cs.showText(TEXT);
                cs.endText();
            }
            doc.save(new ByteArrayOutputStream());
            try (InputStream in = page.getContents()) {
                return new Drawn(in.readAllBytes(), font.getDescendantFont().getFontDescriptor().getFontFile2().toByteArray());
            }
        }
    }

    @Test
    void lxgwWenKaiDrawsTheSameGlyphsAndSubsetWithoutItsGsub() throws IOException {
        TrueTypeFont ttf = face("LXGWWenKai-Regular.ttf");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            assertNotSame(GsubData.NO_DATA_FOUND, font.getGsubData(), "the face has GSUB data for Latin");
            assertTrue(InertGsub.drop(font));
            assertSame(GsubData.NO_DATA_FOUND, font.getGsubData());
        }
        Drawn withGsub = draw(ttf, false);
        Drawn without = draw(ttf, true);
        assertTrue(withGsub.content().length > 40 && withGsub.subset().length > 1000);
        assertArrayEquals(withGsub.content(), without.content(), "the same glyph codes drawn");
        assertArrayEquals(withGsub.subset(), without.subset(), "the same subset embedded");
    }

    @Test
    void aFaceWhoseLigaturesPdfBoxAppliesKeepsItsGsub() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font symbola = PDType0Font.load(doc, face("Symbola.ttf"), true); // Latin GSUB with liga and ccmp
            assertFalse(InertGsub.drop(symbola));
            assertNotSame(GsubData.NO_DATA_FOUND, symbola.getGsubData());
        }
    }
}
