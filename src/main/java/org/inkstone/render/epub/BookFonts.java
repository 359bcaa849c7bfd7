package org.inkstone.render.epub;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.font.FontException;
import org.inkstone.font.FontFace;
import org.inkstone.font.FontSubsets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The theme's TrueType faces as the book embeds them: each face cut down ({@link FontSubsets}) to the
 * characters it draws in this book, as {@code fonts/*.ttf} with the {@code @font-face} rules that load them.
 */
final class BookFonts {
    /** The embedded fonts: files for the manifest, the CSS that names them, their total size. */
    record Embedded(List<Resource> fonts, String css, long bytes) {
        static Embedded none() {
            return new Embedded(List.of(), "", 0);
        }
    }

    private BookFonts() {}

    /**
     * @param monoFamily the family used for code (its faces get the code characters); "" for none
     */
    static Embedded embed(FontSubsets subsets, List<FontFace> faces, UsedCharacters used, String monoFamily, Diagnostics diagnostics) {
        List<Resource> fonts = new ArrayList<>();
        StringBuilder css = new StringBuilder();
        Set<String> names = new HashSet<>();
        long total = 0;
        for (FontFace face : faces) {
            boolean mono = face.family().equalsIgnoreCase(monoFamily);
            if (mono && !used.monoUsed) continue; // a book without code needs no code face
            BitSet chars = mono ? used.mono
                    : face.weight() >= 600 ? used.bold : face.italic() ? used.italic : used.all;
            byte[] subset;
            try {
                subset = subsets.subset(face, chars); // the face is checked once, when it is first parsed
            } catch (FontException e) {
                diagnostics.warn(0, e.getMessage() + "; the EPUB leaves this face to the reader's fonts");
                continue;
            } catch (IOException | RuntimeException e) {
                diagnostics.warn(0, face.file() + ": font cannot be subset (" + e.getMessage() + "); the EPUB leaves the "
                        + face.family() + " " + face.weight() + " face to the reader's fonts");
                continue;
            }
            String name = fileName(face, fonts.size() + 1);
            if (!names.add(name)) continue;
            String href = "fonts/" + name;
            fonts.add(new Resource("font-" + (fonts.size() + 1), href, "font/ttf", "", subset));
            total += subset.length;
            css.append("@font-face {\n  font-family: \"").append(face.family().replace("\"", "")).append("\";\n")
                    .append("  font-style: ").append(face.italic() ? "italic" : "normal").append(";\n")
                    .append("  font-weight: ").append(face.weight()).append(";\n")
                    .append("  src: url(\"../").append(href).append("\") format(\"truetype\");\n}\n");
        }
        return new Embedded(fonts, css.toString(), total);
    }

    /** {@code lxgw-wenkai-400.ttf}: ASCII, from the family, weight and style. */
    private static String fileName(FontFace face, int n) {
        String slug = face.family().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) slug = "font-" + n;
        return slug + "-" + face.weight() + (face.italic() ? "-italic" : "") + ".ttf";
    }
}
