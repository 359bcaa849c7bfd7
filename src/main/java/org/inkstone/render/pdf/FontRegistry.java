package org.inkstone.render.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.css.constants.IdentValue;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.inkstone.font.ChinesePunctuationFace;
import org.inkstone.font.FontCache;
import org.inkstone.font.FontException;
import org.inkstone.font.LoadedFace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives OpenHTMLtoPDF the theme's faces for one document. Each face is embedded at most once (as a
 * subset, only if some text uses it), from the font parsed once per file version (the caches), under its own family
 * name and under the CSS generic names ({@code serif}, {@code sans-serif}, {@code monospace},
 * {@code cursive}, {@code fantasy}); and every face is also a fallback for every element, tried
 * before the PDF's built-in fonts. Since the renderer checks beforehand that the faces cover every
 * character, no text ever reaches a built-in (unembedded, Latin-only) font.
 *
 * <p>It also registers the {@link ChinesePunctuationFace}s that {@link ChinesePunctuation} asks for, each
 * under its own family only (never a fallback): full-width quotes, the quarter-em space, halved marks.
 */
final class FontRegistry {
    /** CSS generic families that name the first proportional face; {@code monospace} names the first monospace face. */
    static final List<String> PROPORTIONAL_GENERICS = List.of("serif", "sans-serif", "cursive", "fantasy", "system-ui");

    private final List<LoadedFace> faces;
    private final List<Punctuation> punctuation = new ArrayList<>();

    /** A punctuation face's file, its CSS family and the weight and style of the face it comes from. */
    private record Punctuation(byte[] file, String family, int weight, boolean italic) {}

    FontRegistry(List<LoadedFace> faces) {
        if (faces.isEmpty()) {
            throw new FontException("the theme names no fonts (fonts= in theme.properties); the PDF needs at least one"
                    + " TrueType face that covers the document's script");
        }
        this.faces = List.copyOf(faces);
    }

    /**
     * Adds the {@link ChinesePunctuationFace punctuation faces} for each face of the body family, made
     * once per font version in {@code cache}: one for each set of halved marks, the {@code n}th
     * under {@link #punctuationFamily(int) punctuationFamily(n)}. A face without curly quotes adds none
     * (quotes then keep the body face, Han–Latin gaps its space).
     */
    void addChinesePunctuation(FontCache cache, List<String> halvedSets) {
        String body = firstFamily(false);
        for (LoadedFace face : faces) {
            if (!face.face().family().equals(body)) continue;
            for (int n = 0; n < halvedSets.size(); n++) {
                try {
                    punctuation.add(new Punctuation(cache.chinesePunctuation(face, halvedSets.get(n)), punctuationFamily(n),
                            face.face().weight(), face.face().italic()));
                } catch (FontException e) {
                    return;
                }
            }
        }
    }

    /** The CSS family of the {@code n}th set of halved marks ({@code 0}: none halved). */
    static String punctuationFamily(int n) {
        return ChinesePunctuationFace.FAMILY + (n == 0 ? "" : " " + n);
    }

    /** Offers the faces to the document's layout, each embedded when text first needs it (shared faces need no lock: {@link LoadedFace}). */
    void register(PdfBoxFontResolver resolver, PDDocument doc) {
        String proportional = firstFamily(false);
        String mono = firstFamily(true);
        for (LoadedFace face : faces) {
            PDFontSupplier supplier = new LazyFont(doc, face.font(), face.face().file().toString());
            IdentValue style = face.face().italic() ? IdentValue.ITALIC : IdentValue.NORMAL;
            int weight = face.face().weight();
            Set<String> names = new LinkedHashSet<>();
            names.add(face.face().family());
            if (face.face().family().equals(proportional)) names.addAll(PROPORTIONAL_GENERICS);
            if (face.face().family().equals(mono)) names.add("monospace");
            for (String name : names) resolver.addFont(supplier, name, weight, style, true, FontGroup.MAIN);
            resolver.addFont(supplier, face.face().family(), weight, style, true, FontGroup.PRE_BUILT_IN_FALLBACK);
        }
        for (Punctuation p : punctuation) {
            TrueTypeFont font;
            try {
                font = new TTFParser().parse(new RandomAccessReadBuffer(p.file()));
            } catch (IOException e) {
                throw new FontException("the Chinese punctuation face cannot be read back (" + e.getMessage() + ")");
            }
            resolver.addFont(new LazyFont(doc, font, "the Chinese punctuation face"), p.family(), p.weight(),
                    p.italic() ? IdentValue.ITALIC : IdentValue.NORMAL, true, FontGroup.MAIN);
        }
    }

    /** The first family whose name says monospace (or, for {@code mono=false}, the first that does not); falls back to the first face. */
    private String firstFamily(boolean mono) {
        for (LoadedFace f : faces) {
            if (isMonospaceName(f.face().family()) == mono) return f.face().family();
        }
        return faces.get(0).face().family();
    }

    static boolean isMonospaceName(String family) {
        String s = family.toLowerCase(Locale.ROOT);
        return s.contains("mono") || s.contains("code") || s.contains("courier");
    }

    /** Loads the face into the document the first time text needs it; the same PDFont for every name it goes by. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument doc;
        private final TrueTypeFont face;
        private final String name;
        private PDFont font;

        /** @param name the face's file, or what the face is, for the message when it cannot be embedded */
        LazyFont(PDDocument doc, TrueTypeFont face, String name) {
            super(null);
            this.doc = doc;
            this.face = face;
            this.name = name;
        }

        @Override
        public PDFont supply() {
            if (font == null) { // the layout's thread, one document's
                try {
                    PDType0Font loaded = PDType0Font.load(doc, face, true);
                    InertGsub.drop(loaded); // a substitution that changes no glyph costs a tenth of the drawing
                    font = loaded;
                } catch (IOException e) {
                    throw new FontException(name + ": the font cannot be embedded (" + e.getMessage() + ")");
                }
            }
            return font;
        }
    }
}
