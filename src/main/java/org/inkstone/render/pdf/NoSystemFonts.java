package org.inkstone.render.pdf;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Keeps PDFBox away from the machine's fonts. OpenHTMLtoPDF creates the 14 standard PDF fonts
 * (never drawn: every character goes to an embedded theme face), and for each PDFBox would look
 * for a similar system font, scanning every font folder on the first run on a machine and writing
 * a cache file in the home folder. This mapper answers every such question with the Liberation
 * Sans that PDFBox itself ships, so building a PDF reads no font but the theme's.
 */
final class NoSystemFonts implements FontMapper {
    private static final String LAST_RESORT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static volatile boolean installed;

    private final TrueTypeFont font;

    private NoSystemFonts(TrueTypeFont font) {
        this.font = font;
    }

    /** Installs the mapper for the process (once). */
    static void install() {
        if (installed) return;
        synchronized (NoSystemFonts.class) {
            if (installed) return;
            try (InputStream in = FontMapper.class.getResourceAsStream(LAST_RESORT)) {
                if (in == null) throw new IOException("PDFBox's " + LAST_RESORT + " is missing");
                FontMappers.set(new NoSystemFonts(new TTFParser().parse(new RandomAccessReadBuffer(in))));
            } catch (IOException e) {
                throw new UncheckedIOException("PDFBox's fallback font cannot be read: " + e.getMessage(), e);
            }
            installed = true;
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font, true);
    }
}
