package org.inkstone.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TrueType faces cut down (fontbox {@code TTFSubsetter}) to the characters a document draws, for an
 * output that embeds its fonts (the EPUB's {@code fonts/*.ttf}). Parsed fonts and finished subsets
 * are kept for the life of the process, so a second build of the same book costs nothing here.
 * Characters outside the Basic Multilingual Plane (𠮷, emoji) are left to the reader's fonts: the
 * subsetter writes a BMP-only character map.
 */
public final class FontSubsets {
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

    private FontSubsets() {}

    /** A subset is the same when the face and the exact characters are (BitSet compares its bits). */
    private record SubsetKey(Path file, String member, BitSet chars) {}

    /** The face cut down to {@code chars} (those outside the BMP and those it has no glyph for are skipped). */
    public static byte[] subset(FontFace face, BitSet chars) throws IOException {
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
    public static TrueTypeFont parsed(FontFace face) throws IOException {
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
    public static void preload(FontFace face) {
        try {
            parsed(face);
        } catch (IOException | RuntimeException e) {
            // reported when the face is subset, or ignored by the cover
        }
    }
}
