package org.inkstone.font;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inkstone.bounded.LruCache;

/**
 * Font files' bytes, read once per {@link FileVersion} and kept up to a bound in bytes; and the
 * check that refuses files PDFBox cannot embed.
 */
final class FontFiles {
    private final LruCache<FileVersion, byte[]> bytes;

    /** Keeps at most {@code bytesKept} bytes of files (and always the last file read). */
    FontFiles(long bytesKept) {
        this.bytes = LruCache.ofWeight(bytesKept, b -> b.length);
    }

    /**
     * Checks that {@code file} is a TrueType font or collection: an existing file whose first bytes
     * are a TrueType signature. A CFF-outline OpenType font ({@code OTTO}) is refused with a message
     * asking for a TrueType build.
     */
    static void check(Path file) {
        if (!Files.isRegularFile(file)) throw new FontException(file + ": font file not found; put the .ttf file there"
                + " or change the theme's fonts= line");
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new FontException(file + ": font file cannot be read: " + e.getMessage());
        }
        String tag = head.length == 4 ? new String(head, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
        if (tag.equals("OTTO")) {
            throw new FontException(cffMessage(file));
        }
        boolean trueType = head.length == 4 && ((head[0] == 0 && head[1] == 1 && head[2] == 0 && head[3] == 0)
                || tag.equals("true") || tag.equals("ttcf"));
        if (!trueType) throw new FontException(file + ": not a TrueType font file; use a .ttf file");
    }

    /** The one-line refusal of a CFF-outline font. */
    static String cffMessage(Path file) {
        return file + ": this is a CFF-outline OpenType font, which PDFBox cannot embed;"
                + " use a TrueType (glyf) build of the font (a .ttf file)";
    }

    /** The bytes of this version of the file, read on first use. */
    byte[] read(FileVersion version) {
        byte[] known = bytes.get(version);
        if (known != null) return known;
        byte[] read;
        try {
            read = Files.readAllBytes(version.path());
        } catch (IOException e) {
            throw new FontException(version.path() + ": font file cannot be read: " + e.getMessage());
        }
        bytes.put(version, read);
        return read;
    }

    /**
     * The bytes of this version of the file: the kept copy if there is one, else read without keeping
     * them (a parsed face holds its own copy: keeping the 15 MB file as well would double the memory).
     */
    byte[] readOnce(FileVersion version) {
        byte[] known = bytes.get(version);
        if (known != null) return known;
        try {
            return Files.readAllBytes(version.path());
        } catch (IOException e) {
            throw new FontException(version.path() + ": font file cannot be read: " + e.getMessage());
        }
    }

    /** The bytes kept now, for tests. */
    long bytesKept() {
        return bytes.weight();
    }

    static boolean isCollection(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
    }
}
