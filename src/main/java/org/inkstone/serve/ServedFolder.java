package org.inkstone.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A folder whose files may be served. A request path is refused when it is absolute, has a {@code ..}
 * segment, a backslash or a NUL, or leads out of the folder through a symbolic link.
 */
final class ServedFolder {
    private final Path root;

    /** @param root an existing folder (its real path is what files must stay under) */
    ServedFolder(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    Path root() {
        return root;
    }

    /** True for a relative path with no {@code ..}, backslash or NUL: one that may be looked up at all. */
    static boolean acceptable(String relative) {
        if (relative.startsWith("/") || relative.indexOf('\\') >= 0 || relative.indexOf('\0') >= 0) return false;
        for (String segment : relative.split("/")) {
            if (segment.equals("..") || segment.equals(".")) return false;
            if (segment.length() > 1 && segment.charAt(1) == ':') return false; // C:
        }
        return true;
    }

    /** The regular file at {@code relative}, inside the folder after following links; empty otherwise. */
    Optional<Path> file(String relative) {
        if (!acceptable(relative)) return Optional.empty();
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root) || !Files.isRegularFile(p)) return Optional.empty();
        try {
            Path real = p.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when {@code relative} names a file that exists but lies outside the folder through a link. */
    boolean leavesFolder(String relative) {
        if (!acceptable(relative)) return true;
        Path p = root.resolve(relative).normalize();
        try {
            return Files.exists(p) && !p.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }
}
