package org.inkstone.asset;

import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes images with ImageIO (WebP through TwelveMonkeys), in memory only (no ImageIO disk cache).
 *
 * <p>What the check costs, and why: the size comes from the header alone; but a truncated PNG or
 * JPEG has an intact header, so knowing that an image is whole takes reading all of its data.
 * A PNG is checked by {@link PngChecker} (chunk CRCs and the whole zlib stream, no pixels: a few
 * milliseconds where ImageIO's PNG reader takes 0.1–0.2 s). JPEG, GIF and WebP are decoded with
 * ImageIO, the first frame subsampled to about a megapixel: every byte of the compressed data is
 * still read (truncation and garbage are found) while memory stays small, and JPEG decoding is
 * several times faster (a 2400×1600 JPEG: about 14 ms instead of 40). For GIF and WebP the
 * remaining frames are only walked, not decoded. Images over {@value #MAX_PIXELS} pixels are
 * refused before any decoding: every output must hold the whole image in memory, at 4 bytes a
 * pixel.
 *
 * <p>The JDK's JPEG decoder reports a truncated file or broken entropy data as a warning and
 * returns a grey-filled image; those warnings count as damage, the harmless ones (extra bytes
 * before a marker, a bad colour profile) do not. A CMYK JPEG, which the JDK cannot decode, is
 * accepted on its header.
 */
final class ImageDecoder {
    static final long MAX_PIXELS = 100_000_000L;
    private static final long CHECK_PIXELS = 1L << 20;
    private static final List<String> DAMAGE_WARNINGS = List.of("truncated", "premature end", "bad huffman", "found marker");

    private ImageDecoder() {}

    /** Decodes enough of the image to be sure it is whole; SVG: well-formed with an {@code <svg>} root. */
    static void check(byte[] bytes, ImageFormat format) throws UnusableImageException {
        if (format == ImageFormat.SVG) {
            SvgFile.check(bytes);
            return;
        }
        if (format == ImageFormat.PNG) {
            PngChecker.check(bytes);
            return;
        }
        if (format == ImageFormat.WEBP) checkRiffLength(bytes);
        ImageReader reader = reader(format);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, false, true);
            int width = reader.getWidth(0), height = reader.getHeight(0);
            if (width <= 0 || height <= 0) throw UnusableImageException.damaged("size " + width + "x" + height);
            if ((long) width * height > MAX_PIXELS) throw UnusableImageException.tooManyPixels(width, height, MAX_PIXELS);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.ceil(Math.sqrt((double) width * height / CHECK_PIXELS));
            if (step > 1) param.setSourceSubsampling(step, step, 0, 0);
            reader.read(0, param);
            if (format == ImageFormat.GIF || format == ImageFormat.WEBP) reader.getNumImages(true);
        } catch (IIOException e) {
            if (format == ImageFormat.JPEG && "Unsupported Image Type".equals(e.getMessage())) return;
            throw UnusableImageException.damaged(String.valueOf(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            throw UnusableImageException.damaged(e.toString());
        } finally {
            reader.dispose();
        }
        for (String warning : warnings) {
            String w = warning.toLowerCase(Locale.ROOT);
            if (DAMAGE_WARNINGS.stream().anyMatch(w::contains)) throw UnusableImageException.damaged(warning);
        }
    }

    /** Size from the header (raster) or the root element (SVG); empty when unknown or unreadable. */
    static Optional<ImageSize> size(byte[] bytes, ImageFormat format) {
        if (format == ImageFormat.SVG) return SvgFile.size(bytes);
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0), height = reader.getHeight(0);
            return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }

    /** The first frame of a raster image re-encoded as PNG (alpha kept). */
    static byte[] toPng(byte[] bytes, ImageFormat format) throws UnusableImageException {
        if (format == ImageFormat.SVG) throw new IllegalArgumentException("an SVG has no pixels to encode as PNG");
        BufferedImage image;
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0), height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) throw UnusableImageException.tooManyPixels(width, height, MAX_PIXELS);
            image = reader.read(0);
        } catch (IOException | RuntimeException e) {
            throw UnusableImageException.damaged(e.toString());
        } finally {
            reader.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(image, null, null));
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding in memory failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A RIFF file says its own length: fewer bytes than that means it was cut off. */
    private static void checkRiffLength(byte[] bytes) throws UnusableImageException {
        long declared = (bytes[4] & 0xFFL) | (bytes[5] & 0xFFL) << 8 | (bytes[6] & 0xFFL) << 16 | (bytes[7] & 0xFFL) << 24;
        if (declared + 8 > bytes.length) {
            throw UnusableImageException.damaged("RIFF says " + (declared + 8) + " bytes, file has " + bytes.length);
        }
    }

    private static ImageReader reader(ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType());
        if (!readers.hasNext()) throw new IllegalStateException("no ImageIO decoder for " + format.mediaType() + " on the class path");
        return readers.next();
    }
}
