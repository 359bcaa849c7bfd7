package org.inkstone.asset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Fetched images on disk, one file per URL named by the SHA-256 of the URL. Only images that were
 * fetched whole and decoded are stored (never a failure); a file is written to a temporary name
 * and moved into place, so a reader never sees half an image. The cache is an optimisation: a
 * folder that cannot be read or written behaves as an empty cache and the build goes on.
 * Entries do not expire; delete the folder to fetch everything again.
 */
final class ImageCache {
    private final Path folder;
    /** Its real path is resolved once, not for every cached image. */
    private final FolderBoundary boundary;

    ImageCache(Path folder) {
        this.folder = folder;
        this.boundary = new FolderBoundary(folder);
    }

    /** The file a URL is (or would be) stored in. */
    Path fileFor(String url) {
        return folder.resolve(key(url));
    }

    /** The cached bytes; an entry that is not a plain file inside the cache folder (a link out of it) is not used. */
    Optional<byte[]> read(String url) {
        if (!(boundary.locate(fileFor(url)) instanceof FolderBoundary.Inside inside)
                || !Files.isRegularFile(inside.real())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(inside.real()));
        } catch (IOException | SecurityException e) { // NoSuchFileException: not cached
            return Optional.empty();
        }
    }

    void write(String url, byte[] bytes) {
        Path target = fileFor(url);
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, target.getFileName().toString(), ".part");
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | SecurityException e) {
            // an unwritable cache only costs a fetch next time
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // left behind: a .part file is never read as an entry
                }
            }
        }
    }

    /** Forgets an entry that turned out to be unusable. */
    void remove(String url) {
        try {
            Files.deleteIfExists(fileFor(url));
        } catch (IOException | SecurityException e) {
            // it will be replaced by the next successful fetch
        }
    }

    static String key(String url) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
