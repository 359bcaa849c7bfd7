package org.inkstone.render.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A PNG with an alpha channel (RGB with alpha, 8 or 16 bits, not interlaced) made into a PDF
 * image and its soft mask directly: the image data is inflated and unfiltered once, split into colour
 * and alpha, and each is compressed with the PNG Paeth predictor ({@code /Predictor 15}). The samples are
 * exactly the file's, in the colour space and depth PDFBox's own conversion gives (DeviceRGB, the alpha a
 * DeviceGray soft mask), without the ImageIO decode and the five-filter trial encoding per row
 * that PDFBox spends on such images (a 16-bit 1200×600 image: 0.3–0.8 s of a cold run).
 *
 * <p>PNGs PDFBox already embeds as they are (no alpha) and those this class does not read (interlaced, an
 * ICC profile, a palette, damaged) are left to PDFBox; so is grey with alpha, which PDFBox draws through Java's
 * linear grey profile (ICCBased), lighter than its samples: the same pixels would need that profile too.
 */
final class AlphaPng {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final int RGB_ALPHA = 6;

    final int width;
    final int height;
    final int bitDepth;
    /** Colour channels: 3 (RGB). */
    final int colours;
    /** The unfiltered rows, channels interleaved with the alpha last, {@code bitDepth / 8} bytes a sample. */
    private final byte[] pixels;

    private AlphaPng(int width, int height, int bitDepth, int colours, byte[] pixels) {
        this.width = width;
        this.height = height;
        this.bitDepth = bitDepth;
        this.colours = colours;
        this.pixels = pixels;
    }

    /** Whether the file's header says RGB with alpha at 8 or 16 bits, not interlaced (what {@link #read} may take). */
    static boolean hasAlpha(byte[] png) {
        if (png.length < 33) return false;
        for (int i = 0; i < SIGNATURE.length; i++) if (png[i] != SIGNATURE[i]) return false;
        int depth = png[24] & 0xff;
        return readInt(png, 8) == 13 && png[12] == 'I' && png[13] == 'H' && png[14] == 'D' && png[15] == 'R'
                && png[25] == RGB_ALPHA && (depth == 8 || depth == 16) && png[28] == 0;
    }

    /** The image's pixels, when it is a PNG this class embeds; empty for every other file. */
    static Optional<AlphaPng> read(byte[] png) {
        try {
            return Optional.ofNullable(decode(png));
        } catch (DataFormatException | RuntimeException e) {
            return Optional.empty(); // PDFBox reads it (and reports what is wrong with it)
        }
    }

    private static AlphaPng decode(byte[] png) throws DataFormatException {
        if (png.length < 33) return null;
        for (int i = 0; i < SIGNATURE.length; i++) if (png[i] != SIGNATURE[i]) return null;
        int at = SIGNATURE.length;
        int width = 0, height = 0, depth = 0, type = -1;
        ByteArrayOutputStream data = new ByteArrayOutputStream(png.length);
        boolean ended = false;
        while (!ended && at + 12 <= png.length) {
            int length = readInt(png, at);
            String chunk = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (length < 0 || at + 12L + length > png.length) return null;
            int body = at + 8;
            switch (chunk) {
                case "IHDR" -> {
                    width = readInt(png, body);
                    height = readInt(png, body + 4);
                    depth = png[body + 8] & 0xff;
                    type = png[body + 9] & 0xff;
                    int interlace = png[body + 12] & 0xff;
                    if (type != RGB_ALPHA || depth != 8 && depth != 16 || interlace != 0
                            || png[body + 10] != 0 || png[body + 11] != 0) return null;
                }
                case "IDAT" -> data.write(png, body, length);
                case "iCCP", "PLTE", "tRNS" -> { return null; } // colour managed or paletted: PDFBox decides
                case "IEND" -> ended = true;
                default -> { }
            }
            at = body + length + 4;
        }
        if (type < 0 || width <= 0 || height <= 0 || (long) width * height > 64L << 20) return null;
        int colours = type == RGB_ALPHA ? 3 : 1;
        int bpp = (colours + 1) * depth / 8;
        int stride = width * bpp;
        byte[] filtered = new byte[(stride + 1) * height];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data.toByteArray());
            int n = 0;
            while (n < filtered.length) {
                int got = inflater.inflate(filtered, n, filtered.length - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) break;
                n += got;
            }
            if (n != filtered.length) return null;
        } finally {
            inflater.end();
        }
        byte[] pixels = new byte[stride * height];
        unfilter(filtered, pixels, stride, height, bpp);
        return new AlphaPng(width, height, depth, colours, pixels);
    }

    /** Reverses the PNG filters row by row into {@code out} (a loop for each filter: this runs once per byte of a cold run). */
    private static void unfilter(byte[] in, byte[] out, int stride, int height, int bpp) throws DataFormatException {
        for (int y = 0; y < height; y++) {
            int filter = in[y * (stride + 1)] & 0xff;
            int src = y * (stride + 1) + 1, row = y * stride, prev = row - stride;
            switch (filter) {
                case 0 -> System.arraycopy(in, src, out, row, stride);
                case 1 -> {
                    System.arraycopy(in, src, out, row, bpp);
                    for (int x = bpp; x < stride; x++) out[row + x] = (byte) (in[src + x] + out[row + x - bpp]);
                }
                case 2 -> {
                    if (y == 0) System.arraycopy(in, src, out, row, stride);
                    else for (int x = 0; x < stride; x++) out[row + x] = (byte) (in[src + x] + out[prev + x]);
                }
                case 3 -> {
                    // the first pixel has no left neighbour, the first row no row above: each case its own loop
                    if (y == 0) {
                        System.arraycopy(in, src, out, row, Math.min(bpp, stride));
                        for (int x = bpp; x < stride; x++) out[row + x] = (byte) (in[src + x] + ((out[row + x - bpp] & 0xff) >>> 1));
                    } else {
                        for (int x = 0; x < bpp && x < stride; x++) out[row + x] = (byte) (in[src + x] + ((out[prev + x] & 0xff) >>> 1));
                        for (int x = bpp; x < stride; x++) {
                            out[row + x] = (byte) (in[src + x] + (((out[row + x - bpp] & 0xff) + (out[prev + x] & 0xff)) >>> 1));
                        }
                    }
                }
                case 4 -> {
                    if (y == 0) { // Paeth of (left, 0, 0) is the left byte: Sub
                        System.arraycopy(in, src, out, row, Math.min(bpp, stride));
                        for (int x = bpp; x < stride; x++) out[row + x] = (byte) (in[src + x] + out[row + x - bpp]);
                    } else {
                        for (int x = 0; x < bpp && x < stride; x++) out[row + x] = (byte) (in[src + x] + out[prev + x]); // Paeth(0, b, 0) = b
                        for (int x = bpp; x < stride; x++) {
                            int a = out[row + x - bpp] & 0xff, b = out[prev + x] & 0xff, c = out[prev + x - bpp] & 0xff;
                            int pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - c - c);
                            out[row + x] = (byte) (in[src + x] + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c));
                        }
                    }
                }
                default -> throw new DataFormatException("PNG filter " + filter);
            }
        }
    }

    /** The colour and alpha planes, each compressed (no document needed: this can run while the page is written). */
    Encoded encode() {
        int sample = bitDepth / 8;
        int pixel = (colours + 1) * sample;
        int colourBytes = colours * sample;
        byte[] colour = new byte[width * height * colourBytes];
        byte[] alpha = new byte[width * height * sample];
        int c = 0, m = 0;
        for (int p = 0; p < pixels.length; p += pixel) {
            System.arraycopy(pixels, p, colour, c, colourBytes);
            c += colourBytes;
            for (int k = 0; k < sample; k++) alpha[m++] = pixels[p + colourBytes + k];
        }
        return new Encoded(width, height, bitDepth, compress(colour, colours), compress(alpha, 1));
    }

    /**
     * A PNG's planes as PDF image streams: Flate, Up-predicted rows ({@code /Predictor 15}).
     * @param colour the RGB samples' stream
     * @param mask   the alpha samples' stream
     */
    record Encoded(int width, int height, int bitDepth, byte[] colour, byte[] mask) {
        /** The image in {@code doc}: its colour samples, with its alpha as the soft mask. */
        PDImageXObject toImage(PDDocument doc) throws IOException {
            PDImageXObject image = plane(doc, colour, 3, PDDeviceRGB.INSTANCE);
            image.getCOSObject().setItem(COSName.SMASK, plane(doc, mask, 1, PDDeviceGray.INSTANCE));
            return image;
        }

        private PDImageXObject plane(PDDocument doc, byte[] stream, int channels, PDColorSpace space) throws IOException {
            PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(stream), COSName.FLATE_DECODE,
                    width, height, bitDepth, space);
            COSDictionary parms = new COSDictionary();
            parms.setInt(COSName.PREDICTOR, 15);
            parms.setInt(COSName.COLORS, channels);
            parms.setInt(COSName.BITS_PER_COMPONENT, bitDepth);
            parms.setInt(COSName.COLUMNS, width);
            image.getCOSObject().setItem(COSName.DECODE_PARMS, parms);
            return image;
        }
    }

    /** One plane as a Flate stream with Up-predicted rows (each row less the one above: cheap, and screenshots' flat areas become zeros). */
    private byte[] compress(byte[] samples, int channels) {
        int bpp = channels * bitDepth / 8;
        int stride = width * bpp;
        byte[] rows = new byte[(stride + 1) * height];
        for (int y = 0; y < height; y++) {
            int row = y * stride, prev = row - stride, dst = y * (stride + 1);
            rows[dst++] = 2; // Up
            if (y == 0) System.arraycopy(samples, row, rows, dst, stride);
            else for (int x = 0; x < stride; x++) rows[dst + x] = (byte) (samples[row + x] - samples[prev + x]);
        }
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.length / 4 + 64);
        try {
            deflater.setInput(rows);
            deflater.finish();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
    }
}
