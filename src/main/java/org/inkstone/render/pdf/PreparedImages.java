package org.inkstone.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxImage;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.resource.ImageResource;
import com.openhtmltopdf.swing.NaiveUserAgent;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;

/**
 * Hands OpenHTMLtoPDF the images Inkstone embeds itself ({@link AlphaPng}: PNGs with an alpha channel, encoded
 * in the background since the {@link ResourceStore} took them), made into PDF images before layout and placed in the library's image cache under their {@code ink:} URIs, sized as
 * the library sizes the images it loads itself; every other image is loaded by the library as before. The cache
 * is a protected field without a setter, reached by reflection: if a library version renames it, every image
 * simply takes the library's own path.
 */
final class PreparedImages {
    private PreparedImages() {}

    /** Prepares the store's PNGs with an alpha channel for this renderer's document. */
    static void into(PdfBoxRenderer renderer, PDDocument doc, ResourceStore resources) {
        Optional<Map<String, ImageResource>> cache = cacheOf(renderer);
        if (cache.isEmpty()) return;
        float dotsPerPixel = renderer.getSharedContext().getDotsPerPixel();
        resources.alphaPngs().forEach((uri, encoding) -> {
            try {
                Optional<AlphaPng.Encoded> encoded = encoding.join();
                if (encoded.isEmpty()) return;
                PdfBoxImage image = new PdfBoxImage(null, uri, encoded.get().width(), encoded.get().height(), encoded.get().toImage(doc));
                if (dotsPerPixel != 1.0f) {
                    image.scale((int) (image.getWidth() * dotsPerPixel), (int) (image.getHeight() * dotsPerPixel));
                }
                cache.get().put(uri, new ImageResource(uri, image));
            } catch (IOException | RuntimeException e) {
                // the library loads this one itself
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, ImageResource>> cacheOf(PdfBoxRenderer renderer) {
        try {
            if (!(renderer.getSharedContext().getUserAgentCallback() instanceof NaiveUserAgent agent)) return Optional.empty();
            Field field = NaiveUserAgent.class.getDeclaredField("_imageCache");
            field.setAccessible(true);
            return Optional.of((Map<String, ImageResource>) field.get(agent));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
