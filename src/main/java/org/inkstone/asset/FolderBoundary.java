package org.inkstone.asset;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A folder that the files read through it must stay inside, by name and by real path: a file is
 * inside only when its real path (every symbolic link on the way resolved, the file's own and its
 * folders') lies in the real path of the folder. So neither {@code ../x}, nor a link to a file
 * elsewhere, nor a linked sub-folder leads out; links that stay inside keep working. Each reader
 * of files (document assets, theme files, fonts) asks its own boundary.
 */
public final class FolderBoundary {
    /** Where a path lands. */
    public sealed interface Place permits Inside, OutsideByName, OutsideByLink, Missing, Unreadable {}

    /** Inside the folder; {@code real} is the file to open. */
    public record Inside(Path real) implements Place {}

    /** The path itself ({@code ../../etc/passwd}, an absolute path) names a place outside the folder. */
    public record OutsideByName(Path path) implements Place {}

    /** The path is inside by name, but a link on the way leads to {@code real}, outside the folder. */
    public record OutsideByLink(Path real) implements Place {}

    /** Nothing there (also a link that leads nowhere). */
    public record Missing(Path path) implements Place {}

    /** The path or the folder cannot be resolved (no permission, a loop of links). */
    public record Unreadable(Path path, IOException error) implements Place {}

    private final Path folder;
    private volatile Path realFolder;

    public FolderBoundary(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The folder as given, absolute and normalised. */
    public Path folder() {
        return folder;
    }

    /** Where {@code path} (absolute, or relative to the current folder) lands; follows every link. */
    public Place locate(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (!p.startsWith(folder)) return new OutsideByName(p);
        Path real;
        try {
            real = p.toRealPath();
        } catch (NoSuchFileException e) {
            return new Missing(p);
        } catch (IOException e) {
            return new Unreadable(p, e);
        }
        Path root;
        try {
            root = realFolder();
        } catch (IOException e) {
            return new Unreadable(folder, e);
        }
        return real.startsWith(root) ? new Inside(real) : new OutsideByLink(real);
    }

    private Path realFolder() throws IOException {
        Path r = realFolder;
        if (r == null) realFolder = r = folder.toRealPath();
        return r;
    }
}
