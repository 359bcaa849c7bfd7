package org.inkstone.font;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which characters of a text none of a set of faces can draw, found with each face's Unicode
 * character map before anything is rendered. Line breaks, tabs and other control characters are
 * not drawn and never count as missing.
 */
public final class GlyphCoverage {
    private final List<LoadedFace> faces;

    public GlyphCoverage(List<LoadedFace> faces) {
        this.faces = List.copyOf(faces);
    }

    /** Whether some face has a glyph for the code point (control characters count as covered). */
    public boolean covers(int codePoint) {
        if (Character.isISOControl(codePoint)) return true;
        for (LoadedFace f : faces) if (f.covers(codePoint)) return true;
        return false;
    }

    /** The code points of {@code text} that no face covers, in code point order. */
    public SortedSet<Integer> missing(CharSequence text) {
        SortedSet<Integer> out = new TreeSet<>();
        text.codePoints().forEach(cp -> {
            if (!covers(cp)) out.add(cp);
        });
        return out;
    }

    /** {@code 😀 (U+1F600), 𠮷 (U+20BB7)}: how a warning lists characters. */
    public static String describe(SortedSet<Integer> codePoints) {
        StringBuilder sb = new StringBuilder();
        for (int cp : codePoints) {
            if (sb.length() > 0) sb.append(", ");
            sb.appendCodePoint(cp).append(String.format(" (U+%04X)", cp));
        }
        return sb.toString();
    }
}
