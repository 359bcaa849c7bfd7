package org.inkstone.font;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.inkstone.bounded.LruCache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TrueType faces cut down (fontbox {@code TTFSubsetter}) to the characters a document draws, for an
 * output that embeds its fonts (the EPUB's {@code fonts/*.ttf}). The faces are the ones the PDF uses
 * ({@link TrueTypeFaces}: parsed once per file version for every output), and finished subsets are kept
 * (a {@link FontCache}'s part, bounded, by the file's {@link FileVersion}), so a second build of the same
 * book costs nothing here and an edited font file is read again.
 * Characters outside the Basic Multilingual Plane (𠮷, emoji) are left to the reader's fonts: the
 * subsetter writes a BMP-only character map.
 */
public final class FontSubsets {
    /** Tables a reading system needs; glyph-indexed layout tables (GSUB, GPOS, vmtx …) would no longer match the glyphs. */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "hmtx", "loca",
            "glyf", "post", "cvt ", "fpgm", "prep", "gasp");

    private final TrueTypeFaces faces;
    private final LruCache<SubsetKey, byte[]> subsets;

    FontSubsets(TrueTypeFaces faces, int subsetsKept) {
        this.faces = faces;
        this.subsets = LruCache.ofCount(subsetsKept);
    }

    /** A subset is the same when the face, its file's version and the exact characters are (BitSet compares its bits). */
    private record SubsetKey(FontFace face, FileVersion version, BitSet chars) {}

    /** The face cut down to {@code chars} (those outside the BMP and those it has no glyph for are skipped). */
    public byte[] subset(FontFace face, BitSet chars) throws IOException {
        BitSet bmp = chars.get(0, 0x10000);
        SubsetKey key = new SubsetKey(face, FileVersion.of(face.file()), bmp);
        byte[] known = subsets.get(key);
        if (known != null) return known;
        TrueTypeFont font = parsed(face);
        TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
        Set<Integer> codePoints = new HashSet<>();
        bmp.stream().forEach(codePoints::add);
        subsetter.addAll(codePoints);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        subsetter.writeToStream(out);
        byte[] bytes = SfntTables.with(out.toByteArray(), "post", SfntTables.postHeader(postOf(font)));
        subsets.put(key, bytes);
        return bytes;
    }

    /**
     * The face as every output shares it ({@link TrueTypeFaces#load}; a missing or CFF font is refused with a
     * FontException); safe to read from several threads at once (see {@link LoadedFace}).
     */
    public TrueTypeFont parsed(FontFace face) {
        return faces.load(face).font();
    }

    /** The font's {@code post} header: web fonts must have a post table. */
    private static byte[] postOf(TrueTypeFont font) throws IOException {
        var table = font.getTableMap().get("post");
        byte[] post = table == null ? null : font.getTableBytes(table);
        if (post != null && post.length >= 32) return post;
        byte[] minimal = new byte[32];
        minimal[1] = 3;
        return minimal;
    }

    /** Parses the face ahead of use (on another thread, while the text is written); problems are reported when it is used. */
    public void preload(FontFace face) {
        try {
            parsed(face);
        } catch (RuntimeException e) {
            // reported when the face is subset, or ignored by the cover
        }
    }
}
