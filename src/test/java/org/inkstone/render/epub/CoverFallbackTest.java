package org.inkstone.render.epub;

import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A cover that cannot be drawn (Java2D without usable fonts) leaves a plain cover and a warning, not a failed book. */
class CoverFallbackTest {
    private static final Color ACCENT = new Color(0xb5, 0x45, 0x2a);

    @Test
    void aCoverThatCannotBeDrawnIsAPlainOneWithAWarning() throws Exception {
        for (Throwable failure : List.of(new InternalError("Fontconfig head is null, check your fonts or fonts configuration"),
                new NullPointerException(), new UnsatisfiedLinkError("libfontmanager.so: cannot open shared object file"))) {
            Diagnostics d = new Diagnostics("book.md");
            // as the drawing thread reports it: wrapped in a CompletionException by join()
            CompletableFuture<byte[]> drawn = CompletableFuture.supplyAsync(() -> {
                if (failure instanceof Error e) throw e;
                throw (RuntimeException) failure;
            });
            byte[] png = EpubRenderer.coverPng(drawn::join, ACCENT, d);
            BufferedImage cover = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(CoverImage.WIDTH, cover.getWidth());
            assertEquals(CoverImage.HEIGHT, cover.getHeight());
            assertEquals(ACCENT.getRGB(), cover.getRGB(CoverImage.WIDTH / 2, 10), "the accent band is there");
            List<Diagnostic> warnings = d.all();
            assertEquals(1, warnings.size());
            String expectedReason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            assertEquals("book.md: warning: the EPUB cover could not be drawn (" + expectedReason + "); the book has a cover"
                    + " without its title (name an image with cover: in the front matter)", warnings.get(0).format());
        }
    }

    @Test
    void otherErrorsAreNotSwallowed() {
        Diagnostics d = new Diagnostics("book.md");
        assertThrows(OutOfMemoryError.class, () -> EpubRenderer.coverPng(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, ACCENT, d));
    }
}
