package org.inkstone.font;

import org.inkstone.diagnostic.SourceText;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which characters of a text none of a set of faces can draw, found with each face's Unicode
 * character map before anything is rendered. Line breaks, tabs and other control characters are
 * not drawn and never count as missing.
 */
public final class GlyphCoverage {
    private static final int MAX_LINES = 3;
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
        return describe(codePoints, SourceText.NONE);
    }

    /** Like {@link #describe(SortedSet)}, with the lines of the source where each character is written. */
    public static String describe(SortedSet<Integer> codePoints, SourceText source) {
        return describe(codePoints, source, String::valueOf);
    }

    /** Like {@link #describe(SortedSet, SourceText)}, each line named by {@code lineName} (a book's: its chapter's line and file). */
    public static String describe(SortedSet<Integer> codePoints, SourceText source, java.util.function.IntFunction<String> lineName) {
        StringBuilder sb = new StringBuilder();
        for (int cp : codePoints) {
            if (sb.length() > 0) sb.append(", ");
            sb.appendCodePoint(cp).append(String.format(" (U+%04X", cp));
            List<Integer> lines = source.linesOf(cp, MAX_LINES + 1);
            if (!lines.isEmpty()) {
                List<Integer> shown = lines.subList(0, Math.min(MAX_LINES, lines.size()));
                sb.append(lines.size() == 1 ? ", line " : ", lines ")
                        .append(shown.stream().map(lineName::apply).collect(Collectors.joining(", ")))
                        .append(lines.size() > MAX_LINES ? " and later" : "");
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** The first source line with any of {@code codePoints}, or 0. */
    public static int firstLine(SortedSet<Integer> codePoints, SourceText source) {
        int first = 0;
        for (int cp : codePoints) {
            List<Integer> lines = source.linesOf(cp, 1);
            if (!lines.isEmpty() && (first == 0 || lines.get(0) < first)) first = lines.get(0);
        }
        return first;
    }
}
