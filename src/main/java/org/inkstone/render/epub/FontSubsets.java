package org.inkstone.render.epub;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.font.FontException;
import org.inkstone.font.FontFace;
import org.inkstone.font.FontFiles;
import org.inkstone.font.TrueTypeFaces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme's TrueType faces, each cut down (fontbox {@code TTFSubsetter}) to the characters it has
 * to draw in this book, as {@code fonts/*.ttf} with the {@code @font-face} rules that load them.
 * Parsed fonts and finished subsets are kept for the life of the process, so a second build of the
 * same book costs nothing here. Characters outside the Basic Multilingual Plane (𠮷, emoji) are left
 * to the reader's fonts: the subsetter writes a BMP-only character map.
 */
final class FontSubsets {
    /** Tables a reading system needs; glyph-indexed layout tables (GSUB, GPOS, vmtx …) would no longer match the glyphs. */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "hmtx", "loca",
            "glyf", "post", "cvt ", "fpgm", "prep", "gasp");
    private static final Set<String> PARSED_TABLES = Set.copyOf(TABLES);
    private static final Map<String, TrueTypeFont> PARSED = new ConcurrentHashMap<>();
    private static final Map<String, Object> PARSING = new ConcurrentHashMap<>();
    private static final int SUBSETS_KEPT = 24;
    private static final Map<SubsetKey, byte[]> SUBSETS = new LinkedHashMap<>(32, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<SubsetKey, byte[]> eldest) {
            return size() > SUBSETS_KEPT;
        }
    };

    /** The embedded fonts: files for the manifest, the CSS that names them, their total size. */
    record Embedded(List<Resource> fonts, String css, long bytes) {
        static Embedded none() {
            return new Embedded(List.of(), "", 0);
        }
    }

    private FontSubsets() {}

    /**
     * @param monoFamily the family used for code (its faces get the code characters); "" for none
     */
    static Embedded embed(List<FontFace> faces, UsedCharacters used, String monoFamily, Diagnostics diagnostics) {
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
                subset = subset(face, chars); // the face is checked once, when it is first parsed
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

    /** A subset is the same when the face and the exact characters are (BitSet compares its bits). */
    private record SubsetKey(Path file, String member, BitSet chars) {}

    /** The face cut down to {@code chars} (those outside the BMP and those it has no glyph for are skipped). */
    static byte[] subset(FontFace face, BitSet chars) throws IOException {
        BitSet bmp = chars.get(0, 0x10000);
        SubsetKey key = new SubsetKey(face.file().toAbsolutePath().normalize(), face.member(), bmp);
        synchronized (SUBSETS) {
            byte[] known = SUBSETS.get(key);
            if (known != null) return known;
        }
        TrueTypeFont font = parsed(face);
        byte[] bytes;
        synchronized (font) {
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            Set<Integer> codePoints = new HashSet<>();
            bmp.stream().forEach(codePoints::add);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            subsetter.writeToStream(out);
            bytes = SfntTables.with(out.toByteArray(), "post", SfntTables.postHeader(postOf(font)));
        }
        synchronized (SUBSETS) {
            SUBSETS.put(key, bytes);
        }
        return bytes;
    }

    /** The face parsed once per process (checked first: a missing or CFF font is refused with a FontException). */
    static TrueTypeFont parsed(FontFace face) throws IOException {
        String key = face.file().toAbsolutePath().normalize() + "#" + face.member();
        TrueTypeFont known = PARSED.get(key);
        if (known != null) return known;
        synchronized (PARSING.computeIfAbsent(key, k -> new Object())) {
            known = PARSED.get(key);
            if (known != null) return known;
            FontFiles.check(face.file());
            byte[] data = face.data();
            TrueTypeFont font;
            if (FontFiles.isCollection(face.file())) {
                // a collection member is found as the PDF finds it: by PostScript, full or family name
                font = TrueTypeFaces.load(face).font();
            } else {
                font = new TTFParser().parse(new RandomAccessReadBuffer(SfntTables.keep(data, PARSED_TABLES)));
            }
            PARSED.put(key, font);
            return font;
        }
    }

    /** The font's {@code post} header (format 3 after {@link SfntTables#keep}): web fonts must have a post table. */
    private static byte[] postOf(TrueTypeFont font) throws IOException {
        var table = font.getTableMap().get("post");
        byte[] post = table == null ? null : font.getTableBytes(table);
        if (post != null && post.length >= 32) return post;
        byte[] minimal = new byte[32];
        minimal[1] = 3;
        return minimal;
    }

    /** Parses the face ahead of use (on another thread, while the text is written); problems are reported when it is used. */
    static void preload(FontFace face) {
        try {
            parsed(face);
        } catch (IOException | RuntimeException e) {
            // reported by embed() or ignored by the cover
        }
    }

    /** {@code lxgw-wenkai-400.ttf}: ASCII, from the family, weight and style. */
    static String fileName(FontFace face, int n) {
        String slug = face.family().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) slug = "font-" + n;
        return slug + "-" + face.weight() + (face.italic() ? "-italic" : "") + ".ttf";
    }
}
