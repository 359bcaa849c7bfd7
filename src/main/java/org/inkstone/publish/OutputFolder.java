package org.inkstone.publish;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a folder can take a build's outputs, checked before anything is built or written. */
public final class OutputFolder {
    private OutputFolder() {}

    /**
     * Why {@code folder} cannot be the output folder, as the end of a sentence that starts with its
     * name ({@code is a file, not a folder}), or null when it exists as a writable folder or can be created.
     */
    public static String problem(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return null;
        if (existing.equals(abs)) {
            if (!Files.isDirectory(abs)) return "is a file, not a folder";
            return Files.isWritable(abs) ? null : "is a folder you have no permission to write in";
        }
        if (!Files.isDirectory(existing)) return "cannot be created: " + existing + " is a file, not a folder";
        if (!Files.isWritable(existing)) return "cannot be created: no permission to write in " + existing;
        return null;
    }
}
