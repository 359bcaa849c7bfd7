package org.inkstone.font;

import org.inkstone.bounded.LruCache;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The font state that outlives one build, for one process (or one test): font files' bytes, parsed
 * faces and subsets, each kept by the file's {@link FileVersion} (path, size, modification time), so
 * an edited font file is read again, and each bounded, least recently used first out.
 * <ul>
 *   <li>file bytes asked for by {@link #bytes} (math text fonts): at most {@value #FILE_BYTES_KEPT} bytes (about eight
 *   15 MB CJK faces), always the last file read; parsing a face does not keep its file's bytes;</li>
 *   <li>parsed faces, one for every output (the PDF embeds them, the EPUB subsets them): at most {@value #FACES_KEPT};</li>
 *   <li>finished subsets (the EPUB's): at most {@value #SUBSETS_KEPT};</li>
 *   <li>{@link ChinesePunctuationFace punctuation faces} derived from theme faces (a few KB each, one for each set of
 *   halved marks a document needs): at most 16 times {@value #FACES_KEPT}.</li>
 * </ul>
 */
public final class FontCache {
    public static final long FILE_BYTES_KEPT = 128L << 20;
    public static final int FACES_KEPT = 16;
    public static final int SUBSETS_KEPT = 24;

    private final FontFiles files;
    private final TrueTypeFaces faces;
    private final FontSubsets subsets;
    private final LruCache<DerivedKey, byte[]> punctuation;

    /** A face (a collection's member is a face of its own) as its file is now. */
    private record DerivedKey(FontFace face, FileVersion version, String halved) {}

    /** A cache with the default bounds. */
    public FontCache() {
        this(FILE_BYTES_KEPT, FACES_KEPT, SUBSETS_KEPT);
    }

    /** A cache with these bounds (tests use small ones). */
    public FontCache(long fileBytesKept, int facesKept, int subsetsKept) {
        this.files = new FontFiles(fileBytesKept);
        this.faces = new TrueTypeFaces(files, facesKept);
        this.subsets = new FontSubsets(faces, subsetsKept);
        this.punctuation = LruCache.ofCount(facesKept * 16);
    }

    /** The bytes of {@code file} as it is now, read once per version. @throws FontException when it cannot be read */
    public byte[] bytes(Path file) {
        return files.read(FileVersion.of(file));
    }

    /** The bytes of this version of a file, read once. @throws FontException when it cannot be read */
    public byte[] bytes(FileVersion version) {
        return files.read(version);
    }

    /** Faces parsed for the PDF (and for subsetting collections). */
    public TrueTypeFaces faces() {
        return faces;
    }

    /** Faces cut down to the characters a document draws. */
    public FontSubsets subsets() {
        return subsets;
    }

    /**
     * The {@link ChinesePunctuationFace} derived from a theme face with these marks halved (made once per
     * version of its file).
     * @throws FontException when the face lacks the curly quotes
     */
    public byte[] chinesePunctuation(LoadedFace face, String halved) {
        DerivedKey version = new DerivedKey(face.face(), FileVersion.of(face.face().file()), halved);
        byte[] kept = punctuation.get(version);
        if (kept != null) return kept;
        synchronized (punctuation) { // made once: two builds asking at once get the same bytes
            kept = punctuation.get(version);
            if (kept != null) return kept;
            try {
                byte[] made = ChinesePunctuationFace.derive(face.font(), face.face().weight() >= 600 ? "Bold" : "Regular", halved);
                punctuation.put(version, made);
                return made;
            } catch (IOException e) {
                throw new FontException(face.face().file() + ": the font's quotes cannot be read (" + e.getMessage() + ")");
            }
        }
    }

    /** How many bytes of font files are kept now (for tests of the bound). */
    public long fileBytesKept() {
        return files.bytesKept();
    }
}
