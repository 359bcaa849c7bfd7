package org.inkstone.render.pdf;

import org.inkstone.asset.AssetResolver;
import org.inkstone.asset.ImageData;
import org.inkstone.asset.ImageFormat;
import org.inkstone.asset.ImageSize;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.Failure;
import org.inkstone.model.Image;
import org.inkstone.render.xhtml.ImageResolver;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Images for the PDF: their bytes come from the asset resolver (which confines local files, fetches
 * remote ones and warns about every problem) and go into the {@link ResourceStore}, so the PDF
 * library never loads a file or URL itself. PNG, JPEG and SVG are handed on as they are; WebP and
 * GIF become PNG (the library cannot read WebP, and a GIF's first frame is all paper can show).
 * An image that cannot be had is unavailable, and the writer draws a placeholder with its alt text;
 * so is one whose conversion fails (with a warning at its line), the cover image included.
 */
final class PdfImages implements ImageResolver {
    private final AssetResolver assets;
    private final ResourceStore store;
    private final Map<String, Optional<String>> bySource = new HashMap<>();
    private final Map<String, ImageSize> sizes = new HashMap<>();
    private final Diagnostics diagnostics;
    private Diagnostics altWarnings;

    PdfImages(AssetResolver assets, ResourceStore store, Diagnostics diagnostics) {
        this.assets = assets;
        this.store = store;
        this.diagnostics = diagnostics;
    }

    /** Tagged output (PDF/UA): an image without alt text is reported, since a screen reader has nothing to say for it. */
    void requireAltText(Diagnostics diagnostics) {
        this.altWarnings = diagnostics;
    }

    @Override
    public Resolved resolve(Image image) {
        if (altWarnings != null && image.alt().isBlank()) {
            altWarnings.warn(image.line(), "image '" + image.src() + "' has no alt text, which tagged PDF (--pdf-ua) needs for"
                    + " screen readers; describe it: ![what it shows](" + image.src() + ")");
        }
        return uri(image.src(), image.line()).map(Resolved::at).orElseGet(Resolved::unavailable);
    }

    /** The {@code ink:} URI of an image, or empty (the asset resolver has warned) when it cannot be had. */
    Optional<String> uri(String src, int line) {
        Optional<String> known = bySource.get(src);
        if (known != null) return known;
        Optional<String> uri = assets.image(src, line).flatMap(image -> register(image, line));
        bySource.put(src, uri);
        return uri;
    }

    private Optional<String> register(ImageData image, int line) {
        ImageData usable;
        try {
            usable = image.format() == ImageFormat.PNG || image.format() == ImageFormat.JPEG
                    || image.format() == ImageFormat.SVG ? image : image.toPng();
        } catch (RuntimeException e) {
            diagnostics.warn(line, (image.src().startsWith("data:") ? "the data URI image" : "image '" + image.src() + "'")
                    + " could not be converted to PNG for the PDF (" + Failure.describe(e) + "); it is shown as a placeholder");
            return Optional.empty();
        }
        String ext = switch (usable.format()) {
            case JPEG -> "jpg";
            case SVG -> "svg";
            default -> usable.format().name().toLowerCase(Locale.ROOT);
        };
        String uri = store.put("img/" + (bySource.size() + 1) + "." + ext, usable.bytes());
        image.size().ifPresent(size -> sizes.put(uri, size));
        return Optional.of(uri);
    }

    /** The pixel size of a registered image, when its header states one. */
    Optional<ImageSize> size(String uri) {
        return Optional.ofNullable(sizes.get(uri));
    }
}
