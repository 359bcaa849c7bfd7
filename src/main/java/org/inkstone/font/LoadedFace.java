package org.inkstone.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A theme face parsed once per version of its file (in a {@link FontCache}): its TrueType outlines (for embedding) and its Unicode
 * character map (for coverage checks). The parsed font reads its file lazily and is not safe for
 * concurrent use: callers that embed it hold {@link TrueTypeFaces#lock()}.
 */
public record LoadedFace(FontFace face, TrueTypeFont font, CmapLookup cmap) {

    /** Whether this face has a glyph for the code point. */
    public boolean covers(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }
}
