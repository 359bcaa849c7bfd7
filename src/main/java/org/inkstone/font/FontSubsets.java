package org.inkstone.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.inkstone.bounded.LruCache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * TrueType faces cut down (fontbox {@code TTFSubsetter}) to the characters a document draws, for an
 * output that embeds its fonts (the EPUB's {@code fonts/*.ttf}). Parsed fonts and finished subsets
 * are kept (a {@link FontCache}'s part, bounded, by the file's {@link FileVersion}), so a second
 * build of the same book costs nothing here and an edited font file is read again.
 * Characters outside the Basic Multilingual Plane (𠮷, emoji) are left to the reader's fonts: the
 * subsetter writes a BMP-only character map.
 */
public final class FontSubsets {
    /** Tables a reading system needs; glyph-indexed layout tables (GSUB, GPOS, vmtx …) would no longer match the glyphs. */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "hmtx", "loca",
            "glyf", "post", "cvt ", "fpgm", "prep", "gasp");
    private static final Set<String> PARSED_TABLES = Set.copyOf(TABLES);

    private final FontFiles files;
    private final TrueTypeFaces faces;
    private final LruCache<FaceKey, FutureTask<TrueTypeFont>> parsed;
    private final LruCache<SubsetKey, byte[]> subsets;

    FontSubsets(FontFiles files, TrueTypeFaces faces, int fontsKept, int subsetsKept) {
        this.files = files;
        this.faces = faces;
        this.parsed = LruCache.ofCount(fontsKept);
        this.subsets = LruCache.ofCount(subsetsKept);
    }

    /** A face of one version of its file. */
    private record FaceKey(FileVersion version, String member) {}

    /** A subset is the same when the face and the exact characters are (BitSet compares its bits). */
    private record SubsetKey(FaceKey face, BitSet chars) {}

    /** The face cut down to {@code chars} (those outside the BMP and those it has no glyph for are skipped). */
    public byte[] subset(FontFace face, BitSet chars) throws IOException {
        BitSet bmp = chars.get(0, 0x10000);
        FaceKey faceKey = new FaceKey(FileVersion.of(face.file()), face.member());
        SubsetKey key = new SubsetKey(faceKey, bmp);
        byte[] known = subsets.get(key);
        if (known != null) return known;
        TrueTypeFont font = parsed(face, faceKey);
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
        subsets.put(key, bytes);
        return bytes;
    }

    /** The face parsed once per version of its file (checked first: a missing or CFF font is refused with a FontException). */
    public TrueTypeFont parsed(FontFace face) throws IOException {
        return parsed(face, new FaceKey(FileVersion.of(face.file()), face.member()));
    }

    /** Each face is parsed once, by its first caller; a second caller of the same face waits for it, other faces do not. */
    private TrueTypeFont parsed(FontFace face, FaceKey key) throws IOException {
        FutureTask<TrueTypeFont> task = new FutureTask<>(() -> parse(face, key));
        FutureTask<TrueTypeFont> existing = parsed.computeIfAbsent(key, k -> task);
        existing.run();
        try {
            return existing.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FontException(face.file() + ": interrupted while the font was read");
        }
    }

    private TrueTypeFont parse(FontFace face, FaceKey key) throws IOException {
        FontFiles.check(face.file());
        if (FontFiles.isCollection(face.file())) {
            // a collection member is found as the PDF finds it: by PostScript, full or family name
            return faces.load(face).font();
        }
        byte[] data = files.read(key.version());
        return new TTFParser().parse(new RandomAccessReadBuffer(SfntTables.keep(data, PARSED_TABLES)));
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
    public void preload(FontFace face) {
        try {
            parsed(face);
        } catch (IOException | RuntimeException e) {
            // reported when the face is subset, or ignored by the cover
        }
    }
}
