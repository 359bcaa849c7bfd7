package org.inkstone.render.epub;

import org.inkstone.asset.ImageData;
import org.inkstone.asset.ImageFormat;
import org.inkstone.model.Image;
import org.inkstone.render.RenderContext;
import org.inkstone.render.xhtml.ImageResolver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The images of the book, embedded: each reference goes through the asset resolver once (which
 * warns when an image cannot be had; the writer then shows a placeholder), identical files are
 * stored once, as {@code images/image-001.png} …. PNG, JPEG, GIF, WebP and SVG are all core media
 * types of EPUB 3.3, so images keep their format. An SVG that refers to other files or carries
 * script cannot travel in an EPUB and becomes a placeholder too.
 */
final class BookImages implements ImageResolver {
    private static final Pattern SVG_OUTSIDE = Pattern.compile(
            "(?i)<script|<foreignobject|@import|href\\s*=\\s*[\"'](?!#|data:)|url\\(\\s*[\"']?(?!#|data:)");

    private final RenderContext ctx;
    private final Map<String, Optional<String>> bySource = new HashMap<>();
    private final Map<String, String> byDigest = new HashMap<>();
    private final List<Resource> resources = new ArrayList<>();

    BookImages(RenderContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Resolved resolve(Image image) {
        return embed(image.src(), image.line()).map(Resolved::at).orElseGet(Resolved::unavailable);
    }

    /** The image's path inside the package, or empty (with a warning already given) when it cannot be had. */
    Optional<String> embed(String src, int line) {
        Optional<String> known = bySource.get(src);
        if (known != null) return known;
        Optional<String> href = ctx.assets().image(src, line).flatMap(data -> store(data, line));
        bySource.put(src, href);
        return href;
    }

    List<Resource> resources() {
        return List.copyOf(resources);
    }

    boolean any() {
        return !resources.isEmpty();
    }

    private Optional<String> store(ImageData data, int line) {
        if (data.format() == ImageFormat.SVG && SVG_OUTSIDE.matcher(new String(data.bytes(), StandardCharsets.UTF_8)).find()) {
            ctx.diagnostics().warn(line, "SVG image '" + shortName(data.src()) + "' refers to other files or contains script,"
                    + " which an EPUB cannot carry; it is shown as a placeholder (convert it to PNG, or make it self-contained)");
            return Optional.empty();
        }
        String digest = digest(data.bytes());
        String existing = byDigest.get(digest);
        if (existing != null) return Optional.of(existing);
        int n = resources.size() + 1;
        String href = String.format(Locale.ROOT, "images/image-%03d.%s", n, extension(data.format()));
        resources.add(new Resource(String.format(Locale.ROOT, "image-%03d", n), href, data.format().mediaType(), "", data.bytes()));
        byDigest.put(digest, href);
        return Optional.of(href);
    }

    static String extension(ImageFormat format) {
        return switch (format) {
            case PNG -> "png";
            case JPEG -> "jpg";
            case GIF -> "gif";
            case WEBP -> "webp";
            case SVG -> "svg";
        };
    }

    private static String shortName(String src) {
        return src.length() > 80 ? src.substring(0, 77) + "…" : src;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
