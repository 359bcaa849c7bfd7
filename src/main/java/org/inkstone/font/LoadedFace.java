package org.inkstone.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A theme face parsed once per version of its file (in a {@link FontCache}): its TrueType outlines (for embedding) and its Unicode
 * character map (for coverage checks). Every output and every build of the cache reads the same parsed font,
 * from several threads at once, without a lock of its own: fontbox parses every table up front and reads the
 * font's one stream position only under its own locks (a table's bytes under the font's, an outline under the
 * glyph table's), and a subsetter reads the file through a view with a position of its own
 * ({@link FaceBytes#createView}). {@code SharedFaceTest} embeds, subsets and draws one face on several threads at
 * once and compares the bytes with one thread's.
 */
public record LoadedFace(FontFace face, TrueTypeFont font, CmapLookup cmap) {

    /** Whether this face has a glyph for the code point. */
    public boolean covers(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }
}
