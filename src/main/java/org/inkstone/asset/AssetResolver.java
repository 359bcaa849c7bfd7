package org.inkstone.asset;

import org.inkstone.diagnostic.Diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The one door to files a document refers to. Local paths resolve against the document's folder
 * and must stay inside it ({@code ../../etc/passwd} is refused); every problem becomes a warning
 * with the file and line, and the caller shows a placeholder. Remote fetching (cache, timeouts,
 * size cap) arrives with the outputs that embed remote images.
 */
public final class AssetResolver {
    /** A local image that exists, is inside the document's folder and looks like an image. */
    public record LocalImage(Path path, ImageFormat format) {}

    private final Path root;
    private final Diagnostics diagnostics;
    private final AssetPolicy policy;

    /** @param documentFolder the folder of the Markdown file: the root local assets must stay in */
    public AssetResolver(Path documentFolder, Diagnostics diagnostics) {
        this(documentFolder, diagnostics, AssetPolicy.defaults());
    }

    public AssetResolver(Path documentFolder, Diagnostics diagnostics, AssetPolicy policy) {
        this.root = documentFolder.toAbsolutePath().normalize();
        this.diagnostics = diagnostics;
        this.policy = policy;
    }

    public AssetPolicy policy() {
        return policy;
    }

    /**
     * Starts fetching these remote references in parallel, so that later {@link #image} calls for
     * them return at once. Local paths and data URIs in the collection are ignored. Renderers that
     * embed images call this once with every image of the document before rendering.
     */
    public void prefetch(Collection<String> sources) {
        // Remote fetching is not built yet: image() reports remote images as unavailable.
    }

    /**
     * The bytes of an image, local (confined to the document's folder), remote (fetched with the
     * policy's timeouts, size cap and cache) or a data URI; or a warning naming the line, and empty.
     */
    public Optional<ImageData> image(String src, int line) {
        if (isDataUri(src)) return dataUri(src, line);
        if (isRemote(src)) {
            diagnostics.warn(line, "remote image '" + src + "' was not fetched (remote images are not supported yet);"
                    + " download it next to the document and refer to the file");
            return Optional.empty();
        }
        Optional<LocalImage> local = localImage(src, line);
        if (local.isEmpty()) return Optional.empty();
        try {
            return Optional.of(new ImageData(src, read(local.get()), local.get().format()));
        } catch (IOException e) {
            diagnostics.warn(line, "image '" + src + "' cannot be read: " + e.getMessage());
            return Optional.empty();
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
        if (src.isBlank()) {
            diagnostics.warn(line, "image has no path; write ![alt](images/picture.png)");
            return Optional.empty();
        }
        Path path;
        try {
            path = resolve(src);
        } catch (IllegalArgumentException e) {
            diagnostics.warn(line, "image path '" + src + "' is not a valid file path");
            return Optional.empty();
        }
        if (!path.startsWith(root)) {
            diagnostics.warn(line, "image '" + src + "' lies outside the document's folder (" + root
                    + "); copy it into that folder and refer to it from there");
            return Optional.empty();
        }
        if (!Files.isRegularFile(path)) {
            diagnostics.warn(line, "image '" + src + "' not found (looked for " + path + "); check the path and its spelling");
            return Optional.empty();
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(1024);
        } catch (IOException e) {
            diagnostics.warn(line, "image '" + src + "' cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        ImageFormat format = ImageFormat.sniff(head);
        if (format == null) {
            diagnostics.warn(line, "image '" + src + "' is not a PNG, JPEG, GIF, WebP or SVG file (the file is damaged"
                    + " or has the wrong content); replace it");
            return Optional.empty();
        }
        return Optional.of(new LocalImage(path, format));
    }

    /** Reads a resolved local asset. */
    public byte[] read(LocalImage image) throws IOException {
        return Files.readAllBytes(image.path());
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
