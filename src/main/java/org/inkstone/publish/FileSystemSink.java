package org.inkstone.publish;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one build's files into the output folder all or nothing. Every file first goes to a
 * temporary {@code .<name>…part} file in the same folder; only when all are written are they moved
 * over the old ones (each move atomic), the old ones kept aside until the last move succeeded. On
 * any failure the temporaries are removed and every file already moved is put back, so the folder
 * holds exactly the earlier outputs, and the message names the file that failed and why.
 */
final class FileSystemSink {

    /** The two operations that touch an output's bytes; a test puts in one that fails. */
    interface Storage {
        void write(Path file, byte[] content) throws IOException;

        /** Moves {@code from} over {@code to}, atomically where the file system can. */
        void move(Path from, Path to) throws IOException;

        Storage FILES = new Storage() {
            @Override
            public void write(Path file, byte[] content) throws IOException {
                Files.write(file, content);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                try {
                    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        };
    }

    /** A build's outputs could not be written; the message is the whole one-line report. */
    static final class WriteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** One output on its way: its temporary file, its target, and the old file kept aside (null when new). */
    private static final class Staged {
        final Path temp, target;
        Path backup;
        boolean moved;

        Staged(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }
    }

    private static final String UNCHANGED = "nothing was replaced, the earlier outputs are unchanged";

    private final Path folder;
    private final Storage storage;

    FileSystemSink(Path folder) {
        this(folder, Storage.FILES);
    }

    FileSystemSink(Path folder, Storage storage) {
        this.folder = folder;
        this.storage = storage;
    }

    /** Writes one file (see {@link #writeAll}). */
    Path write(String fileName, byte[] content) {
        return writeAll(Map.of(fileName, content)).get(0);
    }

    /**
     * Writes every file, in order, or none of them.
     *
     * @return the paths written
     * @throws WriteFailure naming the file that could not be written and why; the folder is as it was
     * @throws IllegalArgumentException for a name that leads out of the folder (nothing is written)
     */
    List<Path> writeAll(Map<String, byte[]> files) {
        List<Path> targets = new ArrayList<>();
        for (String name : files.keySet()) {
            Path target = folder.resolve(name).normalize();
            if (!target.startsWith(folder.normalize()) || target.equals(folder.normalize())) {
                throw new IllegalArgumentException("output name " + name);
            }
            targets.add(target);
        }
        createFolder();
        List<Staged> staged = new ArrayList<>();
        Path current = null;
        try {
            int i = 0;
            for (byte[] content : files.values()) {
                current = targets.get(i++);
                if (Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileSystemException(current.toString(), null, "a folder of that name is in the way");
                }
                Files.createDirectories(current.getParent()); // a book's web pages and WeChat articles go in subfolders
                Staged s = new Staged(Files.createTempFile(current.getParent(), "." + current.getFileName(), ".part"), current);
                staged.add(s);
                storage.write(s.temp, content);
                readableLikeOtherFiles(s.temp, current);
            }
            for (Staged s : staged) {
                current = s.target;
                if (Files.exists(s.target, LinkOption.NOFOLLOW_LINKS)) s.backup = keepAside(s.target);
                storage.move(s.temp, s.target);
                s.moved = true;
            }
        } catch (IOException | RuntimeException e) {
            String restoreProblem = undo(staged);
            throw new WriteFailure(current + ": error: cannot write (" + reason(e) + "); "
                    + (restoreProblem == null ? UNCHANGED : restoreProblem));
        }
        for (Staged s : staged) deleteQuietly(s.backup);
        return targets;
    }

    private void createFolder() {
        String problem = OutputFolder.problem(folder);
        if (problem == null) {
            try {
                Files.createDirectories(folder);
                return;
            } catch (IOException e) {
                problem = "cannot be created (" + reason(e) + ")";
            }
        }
        throw new WriteFailure(folder + ": error: the output folder " + problem + "; name another folder with --out;"
                + " nothing was written");
    }

    /** A hard link to the old file (a copy where links are not possible), to put back if a later move fails. */
    private Path keepAside(Path target) throws IOException {
        Path backup = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".old");
        Files.delete(backup);
        try {
            Files.createLink(backup, target);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return backup;
    }

    /** Puts back what was moved and removes every temporary; null when it all worked, else what could not be restored. */
    private String undo(List<Staged> staged) {
        List<Path> notRestored = new ArrayList<>();
        for (int i = staged.size() - 1; i >= 0; i--) {
            Staged s = staged.get(i);
            try {
                if (s.moved && s.backup != null) {
                    Storage.FILES.move(s.backup, s.target);
                    s.backup = null;
                } else if (s.moved) {
                    Files.deleteIfExists(s.target);
                }
            } catch (IOException e) {
                notRestored.add(s.target);
            }
            deleteQuietly(s.temp);
            deleteQuietly(s.backup);
        }
        return notRestored.isEmpty() ? null : "the earlier version of " + notRestored + " could not be put back";
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary is harmless; the failure itself is what gets reported
        }
    }

    /** {@code No space left on device}, {@code permission denied}: the reason without the path. */
    static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof NotDirectoryException) return "a file is in the way of a folder";
        if (e instanceof FileAlreadyExistsException) return "a file of that name is in the way";
        if (e instanceof DirectoryNotEmptyException) return "a folder of that name is in the way";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
