package org.inkstone.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes finished files into the output folder atomically: each file goes to a temporary file in
 * the same folder and is then moved over the old one, so a failure never leaves a half-written file.
 */
final class FileSystemSink {
    private final Path folder;

    FileSystemSink(Path folder) {
        this.folder = folder;
    }

    Path write(String fileName, byte[] content) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(fileName).normalize();
            if (!target.startsWith(folder.normalize())) throw new IllegalArgumentException("output name " + fileName);
            Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try {
                Files.write(temp, content);
                readableLikeOtherFiles(temp, target);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(fileName) + ": " + e.getMessage(), e);
        }
    }

    /**
     * A temporary file is private (0600); the output takes the permissions of the file it
     * replaces, or rw-r--r--, like any file a user saves.
     */
    private static void readableLikeOtherFiles(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) return;
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }
}
