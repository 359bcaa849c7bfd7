package org.inkstone.serve;

import org.inkstone.diagnostic.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/**
 * One format's last good build: complete in its own folder, never written to again.
 *
 * @param format      html, wechat, pdf or epub
 * @param generation  the rebuild round it came from (1 for the first)
 * @param folder      the folder holding its files
 * @param files       its files, relative to the folder, with {@code /}
 * @param diagnostics the warnings of that build
 * @param millis      how long the build took
 */
record Built(String format, long generation, Path folder, List<String> files, List<Diagnostic> diagnostics, long millis) {

    /** The first file whose name ends with {@code suffix}, or null. */
    String fileEndingWith(String suffix) {
        return files.stream().filter(f -> f.endsWith(suffix)).findFirst().orElse(null);
    }
}
