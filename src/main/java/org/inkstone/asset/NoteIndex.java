package org.inkstone.asset;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown notes ({@code .md}) in a document's folder and its subfolders, by name, found as Obsidian
 * finds {@code [[note]]}: by file name wherever it lies. Hidden folders ({@code .obsidian}, {@code .git})
 * are skipped, links are not followed, and the walk stops at {@value #MAX_DEPTH} folders deep or
 * {@value #MAX_FILES} files. Built once, on the first look-up.
 */
final class NoteIndex {
    static final int MAX_DEPTH = 12;
    static final int MAX_FILES = 20_000;

    private final Path root;
    private Map<String, List<Path>> byName;

    NoteIndex(Path root) {
        this.root = root;
    }

    /**
     * The notes named {@code name} (without {@code .md}; letter case and Unicode composition ignored), best
     * first: an exact spelling before another case, then the ones nearest the document's folder, then by path.
     */
    synchronized List<Path> find(String name) throws IOException {
        if (byName == null) byName = walk();
        List<Path> found = new ArrayList<>(byName.getOrDefault(key(name), List.of()));
        String exact = Normalizer.normalize(name, Normalizer.Form.NFC) + ".md";
        found.sort(Comparator.<Path>comparingInt(p -> Normalizer.normalize(p.getFileName().toString(), Normalizer.Form.NFC)
                        .equals(exact) ? 0 : 1)
                .thenComparingInt(Path::getNameCount)
                .thenComparing(Path::toString));
        return found;
    }

    private Map<String, List<Path>> walk() throws IOException {
        Map<String, List<Path>> index = new HashMap<>();
        int[] files = {0};
        Files.walkFileTree(root, java.util.Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && name.regionMatches(true, name.length() - 3, ".md", 0, 3) && name.length() > 3) {
                    index.computeIfAbsent(key(name.substring(0, name.length() - 3)), k -> new ArrayList<>())
                            .add(root.relativize(file));
                }
                return ++files[0] >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return index;
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
