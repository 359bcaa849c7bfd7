package org.inkstone.asset;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Checks that a PNG is whole without building its pixels, several times cheaper than decoding it
 * with ImageIO (whose PNG reader takes 0.1–0.2 s even for a 1200×600 16-bit image): the chunks are
 * walked, the CRC of every critical chunk (IHDR, PLTE, IDAT, IEND) is verified, and the image
 * data is inflated into a scratch buffer to its end, which must come exactly when the zlib stream
 * ends and hold as many bytes as the header's size, depth, colour type and interlacing require.
 * Truncation, garbage and a cut-off data stream are found; ancillary chunks with a bad CRC are
 * ignored, as decoders ignore them.
 */
final class PngChecker {
    private static final int SIGNATURE = 8;

    private PngChecker() {}

    /** The PNG's size from its header, after checking the whole file. */
    static ImageSize check(byte[] png) throws UnusableImageException {
        int at = SIGNATURE;
        Header header = null;
        Inflater inflater = new Inflater();
        byte[] scratch = new byte[64 * 1024];
        long inflated = 0, expected = 0;
        boolean dataEnded = false;
        CRC32 crc = new CRC32();
        try {
            while (true) {
                if (at == png.length) break; // no IEND: decoders accept the data when it is complete
                if (png.length - at < 12) throw UnusableImageException.damaged("cut off inside a chunk header");
                long length = readInt(png, at) & 0xFFFFFFFFL;
                String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
                if (length > png.length - at - 12L) throw UnusableImageException.damaged(type + " chunk cut off");
                int data = at + 8, len = (int) length;
                boolean critical = Character.isUpperCase(type.charAt(0));
                if (critical) {
                    crc.reset();
                    crc.update(png, at + 4, 4 + len);
                    if ((int) crc.getValue() != readInt(png, data + len)) throw UnusableImageException.damaged(type + " CRC mismatch");
                }
                if (header == null) {
                    if (!type.equals("IHDR") || len != 13) throw UnusableImageException.damaged("no IHDR first");
                    header = new Header(readInt(png, data), readInt(png, data + 4), png[data + 8] & 0xFF, png[data + 9] & 0xFF,
                            png[data + 12] & 0xFF);
                    header.checkPixels();
                    expected = header.rawBytes();
                } else if (type.equals("IDAT")) {
                    if (dataEnded && len > 0) throw UnusableImageException.damaged("image data after the end of the zlib stream");
                    inflater.setInput(png, data, len);
                    while (!inflater.needsInput() && !inflater.finished()) {
                        int n = inflater.inflate(scratch);
                        inflated += n;
                        if (inflated > expected) throw UnusableImageException.damaged("more image data than the size needs");
                        if (n == 0 && inflater.needsDictionary()) throw UnusableImageException.damaged("zlib dictionary");
                    }
                    if (inflater.finished()) dataEnded = true;
                } else if (type.equals("IEND")) {
                    break;
                }
                at = data + len + 4;
            }
        } catch (DataFormatException e) {
            throw UnusableImageException.damaged("zlib: " + e.getMessage());
        } finally {
            inflater.end();
        }
        if (header == null) throw UnusableImageException.damaged("no IHDR");
        if (!dataEnded) throw UnusableImageException.damaged("image data cut off");
        if (inflated != expected) throw UnusableImageException.damaged("image data has " + inflated + " bytes, expected " + expected);
        return new ImageSize(header.width, header.height);
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private record Header(int width, int height, int bitDepth, int colourType, int interlace) {
        void checkPixels() throws UnusableImageException {
            if (width <= 0 || height <= 0) throw UnusableImageException.damaged("size " + width + "x" + height);
            if ((long) width * height > ImageDecoder.MAX_PIXELS) {
                throw UnusableImageException.tooManyPixels(width, height, ImageDecoder.MAX_PIXELS);
            }
            if (channels() == 0 || interlace > 1 || !validDepth()) {
                throw UnusableImageException.damaged("header: depth " + bitDepth + ", colour type " + colourType);
            }
        }

        int channels() {
            return switch (colourType) {
                case 0, 3 -> 1;
                case 2 -> 3;
                case 4 -> 2;
                case 6 -> 4;
                default -> 0;
            };
        }

        boolean validDepth() {
            return switch (colourType) {
                case 0 -> bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8 || bitDepth == 16;
                case 3 -> bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8;
                default -> bitDepth == 8 || bitDepth == 16;
            };
        }

        /** Filtered scanlines: one filter byte plus the packed pixels per row, per Adam7 pass when interlaced. */
        long rawBytes() {
            if (interlace == 0) return rows(width, height);
            int[][] passes = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
            long total = 0;
            for (int[] p : passes) {
                long w = (width - p[0] + p[2] - 1L) / p[2], h = (height - p[1] + p[3] - 1L) / p[3];
                if (w > 0 && h > 0) total += rows(w, h);
            }
            return total;
        }

        private long rows(long w, long h) {
            long bitsPerRow = w * channels() * bitDepth;
            return h * (1 + (bitsPerRow + 7) / 8);
        }
    }
}
