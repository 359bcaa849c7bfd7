package org.inkstone.asset;

import org.inkstone.diagnostic.Diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one door to files and the network for a document's images. Local paths resolve against the
 * document's folder and must stay inside it, by name ({@code ../../etc/passwd} is refused) and by real
 * path (a link to a file elsewhere, or a linked folder, is refused: see {@link FolderBoundary}). Remote images
 * ({@code http://}, {@code https://}, {@code //host/x} as https) are fetched under the
 * {@link AssetPolicy}: connect and total timeouts, a size cap, an on-disk cache, offline mode;
 * each URL once per build, in parallel after {@link #prefetch}. Every image, whatever its source,
 * is decoded once to make sure it is whole. Every problem becomes a warning with the line (a
 * remote URL's only once, at its first reference) and the caller shows a placeholder; nothing
 * here throws for a missing, unreachable or damaged image.
 */
public final class AssetResolver {
    /**
     * A local image that exists, is inside the document's folder (by real path too) and looks like an image.
     *
     * @param path the path as referred to (under the document's folder), for links in the output
     * @param file its real path, the file that is read
     */
    public record LocalImage(Path path, Path file, ImageFormat format) {}

    private final Path root;
    private final FolderBoundary boundary;
    private final Diagnostics diagnostics;
    private final AssetPolicy policy;
    private final RemoteImages remote;
    private final Set<String> reportedRemote = ConcurrentHashMap.newKeySet();
    /** Each local file read and checked once per build, however many references and outputs use it. */
    private final Map<Path, LocalFile> localFiles;

    private record LocalFile(byte[] bytes, Optional<UnusableImageException> problem) {}

    /** Local files whose reading has been started ahead ({@link #prefetch}), and the thread that reads them. */
    private final Set<Path> readAhead;
    private final BackgroundReads background;

    /**
     * A Markdown note found for an embed.
     *
     * @param path its path under the document's folder, as messages name it
     * @param file its real path, the file that is read
     */
    public record NoteFile(Path path, Path file) {}

    private final NoteIndex notes;

    /** @param documentFolder the folder of the Markdown file: the root local assets must stay in */
    public AssetResolver(Path documentFolder, Diagnostics diagnostics) {
        this(documentFolder, diagnostics, AssetPolicy.defaults());
    }

    public AssetResolver(Path documentFolder, Diagnostics diagnostics, AssetPolicy policy) {
        this.root = documentFolder.toAbsolutePath().normalize();
        this.boundary = new FolderBoundary(root);
        this.diagnostics = diagnostics;
        this.policy = policy;
        this.remote = new RemoteImages(policy);
        this.notes = new NoteIndex(root);
        this.localFiles = new ConcurrentHashMap<>();
        this.readAhead = ConcurrentHashMap.newKeySet();
        this.background = new BackgroundReads();
    }

    private AssetResolver(AssetResolver shared, Diagnostics diagnostics) {
        this.root = shared.root;
        this.boundary = shared.boundary;
        this.diagnostics = diagnostics;
        this.policy = shared.policy;
        this.remote = shared.remote;
        this.notes = shared.notes;
        this.localFiles = shared.localFiles;
        this.readAhead = shared.readAhead;
        this.background = shared.background;
    }

    /**
     * This resolver for one output rendered beside others: the same folder, policy, fetches and files read,
     * its warnings told to {@code own} (which the build takes in after the output, in the order of the outputs,
     * so the messages do not depend on which thread came first). A remote image's warning comes once per view.
     */
    public AssetResolver reportingTo(Diagnostics own) {
        return new AssetResolver(this, own);
    }

    AssetPolicy policy() {
        return policy;
    }

    /**
     * Starts fetching these remote references in parallel (at most
     * {@value RemoteImages#PARALLEL_FETCHES} at a time, each distinct URL once), and reading and checking the local
     * files on a background thread in order, so that later {@link #image} calls for them only wait for their result.
     * Data URIs are ignored, and so are problems: each is reported by the {@link #image} call at its line. Returns at
     * once. Renderers that embed images call this once with every image of the document before rendering (the build
     * calls it earlier, as soon as the document is read).
     */
    public void prefetch(Collection<String> sources) {
        for (String src : sources) {
            if (src == null || isDataUri(src)) continue;
            if (isRemote(src)) {
                remote.prefetch(src);
                continue;
            }
            Located found = locate(src);
            if (found.image() == null || !readAhead.add(found.image().file())) continue;
            LocalImage local = found.image();
            background.run(() -> {
                try {
                    localFiles.computeIfAbsent(local.file(), path -> read(path, src, local.format()));
                } catch (RuntimeException e) {
                    // the image() call reads it again and reports the problem at its line
                }
            });
        }
    }

    /**
     * The bytes of an image, local (confined to the document's folder), remote (fetched with the
     * policy's timeouts, size cap and cache; each URL once per build) or a data URI, checked to be
     * a whole PNG, JPEG, GIF, WebP or well-formed SVG; or a warning naming the line, and empty.
     * For a remote URL the warning comes once, at the line of the first call; a call returns within
     * about the policy's total timeout (after the wait for a prefetch of the same URL). Safe to call
     * from several threads.
     */
    public Optional<ImageData> image(String src, int line) {
        if (isDataUri(src)) return dataUri(src, line).flatMap(image -> checked(image, line));
        if (isRemote(src)) {
            RemoteImages.Outcome outcome = remote.get(src);
            if (outcome.image() != null) return Optional.of(outcome.image());
            if (reportedRemote.add(src)) diagnostics.warn(line, outcome.problem());
            return Optional.empty();
        }
        Optional<LocalImage> local = localImage(src, line);
        if (local.isEmpty()) return Optional.empty();
        ImageFormat format = local.get().format();
        LocalFile file;
        try {
            file = localFiles.computeIfAbsent(local.get().file(), path -> read(path, src, format));
        } catch (UncheckedIOException e) {
            diagnostics.warn(line, "image '" + src + "' cannot be read: " + e.getCause().getMessage());
            return Optional.empty();
        }
        if (file.problem().isPresent()) {
            diagnostics.warn(line, file.problem().get().describe(ImageData.naming(src)));
            return Optional.empty();
        }
        return Optional.of(new ImageData(src, file.bytes(), format));
    }

    /** A local image file's bytes and what is wrong with them, if anything. @throws UncheckedIOException when it cannot be read */
    private static LocalFile read(Path file, String src, ImageFormat format) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new LocalFile(bytes, problemOf(new ImageData(src, bytes, format)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<ImageData> checked(ImageData image, int line) {
        Optional<UnusableImageException> problem = problemOf(image);
        if (problem.isEmpty()) return Optional.of(image);
        diagnostics.warn(line, problem.get().describe(ImageData.naming(image.src())));
        return Optional.empty();
    }

    private static Optional<UnusableImageException> problemOf(ImageData image) {
        try {
            ImageDecoder.check(image.bytes(), image.format());
            return Optional.empty();
        } catch (UnusableImageException e) {
            return Optional.of(e);
        }
    }

    private Optional<ImageData> dataUri(String src, int line) {
        int comma = src.indexOf(',');
        if (comma < 0 || !src.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
            diagnostics.warn(line, "data URI image is not base64-encoded; embed the image as a file instead");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(src.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            diagnostics.warn(line, "data URI image is not valid base64; embed the image as a file instead");
            return Optional.empty();
        }
        ImageFormat format = ImageFormat.sniff(bytes);
        if (format == null) {
            diagnostics.warn(line, "data URI image is not a PNG, JPEG, GIF, WebP or SVG image; replace it");
            return Optional.empty();
        }
        return Optional.of(new ImageData(src, bytes, format));
    }

    public Path root() {
        return root;
    }

    public static boolean isRemote(String src) {
        String s = src.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("//");
    }

    public static boolean isDataUri(String src) {
        return src.regionMatches(true, 0, "data:", 0, 5);
    }

    /** Resolves a local image reference, or warns (naming the line) and returns empty. */
    public Optional<LocalImage> localImage(String src, int line) {
        Located found = locate(src);
        if (found.problem() != null) {
            diagnostics.warn(line, found.problem());
            return Optional.empty();
        }
        return Optional.of(found.image());
    }

    /** A local image found, or what is wrong with the reference (one of the two is null). */
    private record Located(LocalImage image, String problem) {
        static Located problem(String problem) {
            return new Located(null, problem);
        }
    }

    private Located locate(String src) {
        if (src.isBlank()) {
            return Located.problem("image has no path; write ![alt](images/picture.png)");
        }
        Path path;
        try {
            path = resolve(src);
        } catch (IllegalArgumentException e) {
            return Located.problem("image path '" + src + "' is not a valid file path");
        }
        FolderBoundary.Place place = boundary.locate(path);
        if (place instanceof FolderBoundary.OutsideByName) {
            return Located.problem("image '" + src + "' lies outside the document's folder (" + root
                    + "); copy it into that folder and refer to it from there");
        }
        if (place instanceof FolderBoundary.OutsideByLink link) {
            return Located.problem("image '" + src + "' is a link to a file outside the document's folder (" + link.real()
                    + "); copy the file into the folder");
        }
        if (place instanceof FolderBoundary.Unreadable unreadable) {
            return Located.problem("image '" + src + "' cannot be read: " + unreadable.error().getMessage());
        }
        if (!(place instanceof FolderBoundary.Inside inside) || !Files.isRegularFile(inside.real())) {
            return Located.problem("image '" + src + "' not found (looked for " + path + "); check the path and its spelling");
        }
        Path file = inside.real();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        } catch (IOException e) {
            return Located.problem("image '" + src + "' cannot be read: " + e.getMessage());
        }
        ImageFormat format = ImageFormat.sniff(head);
        if (format == null) {
            return Located.problem("image '" + src + "' is not a PNG, JPEG, GIF, WebP or SVG file (the file is damaged"
                    + " or has the wrong content); replace it");
        }
        return new Located(new LocalImage(path, file, format), null);
    }

    /**
     * Finds the note an embed names, as Obsidian does: {@code name} without {@code .md} is looked for by file
     * name in the document's folder and its subfolders (when several have the name, the nearest, with a
     * warning); a name with a {@code /} is a path under the document's folder. The note must stay inside
     * that folder, by name and by real path. Otherwise a warning at {@code line} of the file holding the
     * embed ({@code where}), and empty.
     */
    public Optional<NoteFile> note(String name, Diagnostics where, int line) {
        String shown = name + ".md";
        if (name.isBlank()) {
            where.warn(line, "the note embed names no note; write ![[note name]]");
            return Optional.empty();
        }
        Path path;
        try {
            if (name.contains("/")) {
                path = root.resolve(shown).normalize();
            } else {
                List<Path> found = notes.find(name);
                if (found.isEmpty()) {
                    where.warn(line, "note '" + shown + "' to embed not found in the document's folder (" + root
                            + ") or its subfolders; check the name, or copy the note into that folder. The embed is shown"
                            + " as the note's name");
                    return Optional.empty();
                }
                if (found.size() > 1) {
                    where.warn(line, "several notes are named '" + shown + "' (" + found.stream().map(Path::toString)
                            .collect(java.util.stream.Collectors.joining(", ")) + "); embedding " + found.get(0)
                            + ". Write the note's path, as ![[folder/" + name + "]], to choose another");
                }
                path = root.resolve(found.get(0));
            }
        } catch (IOException | IllegalArgumentException e) {
            where.warn(line, "note '" + shown + "' cannot be looked for: " + e.getMessage());
            return Optional.empty();
        }
        FolderBoundary.Place place = boundary.locate(path);
        if (place instanceof FolderBoundary.Inside inside && Files.isRegularFile(inside.real())) {
            return Optional.of(new NoteFile(root.relativize(path), inside.real()));
        }
        if (place instanceof FolderBoundary.OutsideByName || place instanceof FolderBoundary.OutsideByLink) {
            where.warn(line, "note '" + shown + "' lies outside the document's folder (" + root
                    + "); only notes inside it are embedded. Copy the note into the folder; the embed is shown as the note's name");
        } else {
            where.warn(line, "note '" + shown + "' to embed not found (looked for " + path + "); check the path"
                    + " and its spelling. The embed is shown as the note's name");
        }
        return Optional.empty();
    }

    /**
     * The text of a note found by {@link #note}, read as the document itself is ({@link SourceFile}: UTF-8,
     * UTF-16 with a byte-order mark, GB18030 or Big5 with a warning, which goes to {@code noteDiagnostics});
     * a note that cannot be read, or is not text, gives a warning at the embed's {@code line} in {@code where}, and empty.
     */
    public Optional<String> noteText(NoteFile note, Diagnostics noteDiagnostics, Diagnostics where, int line) {
        try {
            return Optional.of(SourceFile.read(note.file(), noteDiagnostics));
        } catch (org.inkstone.diagnostic.InputException e) {
            where.warn(line, "note '" + note.path() + "' cannot be embedded: " + e.getMessage()
                    + "; the embed is shown as the note's name");
            return Optional.empty();
        }
    }

    private Path resolve(String src) {
        String s = src;
        int cut = indexOfAny(s, '?', '#');
        if (cut >= 0) s = s.substring(0, cut);
        if (s.regionMatches(true, 0, "file:", 0, 5)) return Path.of(URI.create(s)).normalize();
        if (s.contains("%")) s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        return root.resolve(s).toAbsolutePath().normalize();
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a), j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }
}
