package org.inkstone.font;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * One version of a font file, the key of everything cached from it: its absolute path, size and
 * modification time. An edited or replaced file is a new version, so a long-lived process reads it
 * again. (Hashing the bytes instead was measured: SHA-256 of a 15 MB face costs 0.5–1 s in a fresh
 * JVM, more than parsing it; a stat costs microseconds.)
 *
 * @param path     the file, absolute and normalised
 * @param size     its size in bytes, or -1 when it cannot be read (missing): reading it then reports why
 * @param modified its modification time, or null when it cannot be read
 */
public record FileVersion(Path path, long size, FileTime modified) {

    /** The file as it is now; never throws (a missing file is a version of its own). */
    public static FileVersion of(Path file) {
        Path path = file.toAbsolutePath().normalize();
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return new FileVersion(path, a.size(), a.lastModifiedTime());
        } catch (IOException | SecurityException e) {
            return new FileVersion(path, -1, null);
        }
    }
}
