package org.inkstone.render.epub;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A face for drawing the cover: the theme's TrueType font, whose glyph outlines Java2D fills
 * directly (no {@code Font.createFont}, no font rasteriser to start: the parsed font is the one the
 * subsetter and the PDF already hold), or the JDK's serif font when the theme has none.
 */
abstract class CoverFont {

    /** Width of {@code text} at {@code size} pixels. */
    abstract double width(String text, float size);

    /** Draws {@code text} with its baseline at {@code y}. */
    abstract void draw(Graphics2D g, String text, float x, float y, float size);

    /** Ascent and line height, as fractions of the size. */
    abstract double ascent();

    abstract double lineHeight();

    /** The font's outlines (a face shared with the other outputs, read without a lock: {@code LoadedFace} says why). */
    static CoverFont of(TrueTypeFont font) throws IOException {
        return new Outlines(font);
    }

    static CoverFont jdk(int style) {
        return new Jdk(new Font(Font.SERIF, style, 100));
    }

    private static final class Outlines extends CoverFont {
        private final TrueTypeFont font;
        private final CmapLookup cmap;
        private final float unitsPerEm;
        private final double ascent;
        private final double lineHeight;
        private final Map<Integer, GeneralPath> paths = new HashMap<>();

        Outlines(TrueTypeFont font) throws IOException {
            this.font = font;
            this.cmap = font.getUnicodeCmapLookup();
            this.unitsPerEm = font.getUnitsPerEm();
            var hhea = font.getHorizontalHeader();
            this.ascent = hhea.getAscender() / (double) unitsPerEm;
            this.lineHeight = (hhea.getAscender() - hhea.getDescender() + hhea.getLineGap()) / (double) unitsPerEm;
        }

        @Override double width(String text, float size) {
            double units = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                try {
                    units += font.getAdvanceWidth(cmap.getGlyphId(cp));
                } catch (IOException e) {
                    units += unitsPerEm / 2f;
                }
            }
            return units * size / unitsPerEm;
        }

        @Override void draw(Graphics2D g, String text, float x, float y, float size) {
            double scale = size / unitsPerEm;
            double pen = x;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                try {
                    int gid = cmap.getGlyphId(cp);
                    GeneralPath path = paths.get(gid);
                    if (path == null) {
                        GlyphData glyph = font.getGlyph().getGlyph(gid);
                        path = glyph == null ? new GeneralPath() : glyph.getPath();
                        paths.put(gid, path);
                    }
                    AffineTransform at = new AffineTransform(scale, 0, 0, -scale, pen, y);
                    Shape s = at.createTransformedShape(path);
                    g.fill(s);
                    pen += font.getAdvanceWidth(gid) * scale;
                } catch (IOException e) {
                    pen += size / 2.0;
                }
            }
        }

        @Override double ascent() { return ascent; }
        @Override double lineHeight() { return lineHeight; }
    }

    private static final class Jdk extends CoverFont {
        private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
        private final Font font;

        Jdk(Font font) {
            this.font = font;
        }

        @Override double width(String text, float size) {
            return font.deriveFont(size).getStringBounds(text, FRC).getWidth();
        }

        @Override void draw(Graphics2D g, String text, float x, float y, float size) {
            g.setFont(font.deriveFont(size));
            g.drawString(text, x, y);
        }

        @Override double ascent() { return font.getLineMetrics("Ag", FRC).getAscent() / font.getSize2D(); }
        @Override double lineHeight() { return font.getLineMetrics("Ag", FRC).getHeight() / font.getSize2D(); }
    }
}
