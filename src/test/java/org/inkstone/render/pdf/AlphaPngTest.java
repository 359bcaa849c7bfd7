package org.inkstone.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PNGs with alpha embedded by Inkstone: the file's exact samples, drawn as PDFBox's own conversion draws them. */
class AlphaPngTest {
    private static final Path RGBA16 = Path.of("src/test/resources/corpus/images/cover.png");

    @Test
    void theSamplesAndTheMaskAreTheFilesOwn() throws IOException {
        for (byte[] png : new byte[][] {Files.readAllBytes(RGBA16), rgba8()}) {
            Raster expected = ImageIO.read(new java.io.ByteArrayInputStream(png)).getRaster();
            try (PDDocument doc = new PDDocument()) {
                AlphaPng alpha = AlphaPng.read(png).orElseThrow();
                PDImageXObject image = alpha.encode().toImage(doc);
                int colours = expected.getNumBands() - 1;
                assertEquals(3, colours);
                assertEquals("DeviceRGB", image.getColorSpace().getName());
                assertEquals(alpha.bitDepth, image.getBitsPerComponent());
                assertArrayEquals(samples(expected, 0, colours, alpha.bitDepth), decoded(image));
                PDImageXObject mask = image.getSoftMask();
                assertNotNull(mask);
                assertArrayEquals(samples(expected, colours, 1, alpha.bitDepth), decoded(mask));
                COSDictionary parms = (COSDictionary) image.getCOSObject().getDictionaryObject(COSName.DECODE_PARMS);
                assertEquals(15, parms.getInt(COSName.PREDICTOR));
            }
        }
    }

    @Test
    void everyFilterIsUndoneOnTheFirstRowAndTheOthersAt8And16Bits() throws IOException {
        for (int depth : new int[] {8, 16}) {
            for (int first = 0; first < 5; first++) { // row y uses filter (first + y) % 5: each filter on row 0 once
                byte[] png = filteredPng(13, 11, depth, first);
                Raster expected = ImageIO.read(new java.io.ByteArrayInputStream(png)).getRaster();
                try (PDDocument doc = new PDDocument()) {
                    PDImageXObject image = AlphaPng.read(png).orElseThrow().encode().toImage(doc);
                    String what = depth + "-bit, first filter " + first;
                    assertArrayEquals(samples(expected, 0, 3, depth), decoded(image), what);
                    assertArrayEquals(samples(expected, 3, 1, depth), decoded(image.getSoftMask()), what);
                }
            }
        }
    }

    /** An RGBA PNG of random samples whose row {@code y} is written with PNG filter {@code (first + y) % 5}. */
    private static byte[] filteredPng(int width, int height, int depth, int first) throws IOException {
        int bpp = 4 * depth / 8, stride = width * bpp;
        byte[] raw = new byte[stride * height];
        new java.util.Random(depth * 10L + first).nextBytes(raw);
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            int filter = (first + y) % 5;
            rows.write(filter);
            for (int x = 0; x < stride; x++) {
                int cur = raw[y * stride + x] & 0xff;
                int a = x >= bpp ? raw[y * stride + x - bpp] & 0xff : 0;
                int b = y > 0 ? raw[(y - 1) * stride + x] & 0xff : 0;
                int c = x >= bpp && y > 0 ? raw[(y - 1) * stride + x - bpp] & 0xff : 0;
                int p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
                int predictor = switch (filter) {
                    case 0 -> 0;
                    case 1 -> a;
                    case 2 -> b;
                    case 3 -> (a + b) / 2;
                    default -> pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
                };
                rows.write((cur - predictor) & 0xff);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) depth).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(zipped)) {
            z.write(rows.toByteArray());
        }
        chunk(png, "IDAT", zipped.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        java.io.DataOutputStream d = new java.io.DataOutputStream(out);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    @Test
    void itDrawsThePixelsPdfBoxsOwnConversionDraws() throws IOException {
        for (byte[] png : new byte[][] {Files.readAllBytes(RGBA16), rgba8()}) {
            BufferedImage ours, theirs;
            try (PDDocument doc = new PDDocument()) {
                ours = drawn(doc, AlphaPng.read(png).orElseThrow().encode().toImage(doc));
            }
            try (PDDocument doc = new PDDocument()) {
                theirs = drawn(doc, PDImageXObject.createFromByteArray(doc, png, "x.png"));
            }
            assertEquals(theirs.getWidth(), ours.getWidth());
            int differing = 0, worst = 0;
            for (int y = 0; y < ours.getHeight(); y++) {
                for (int x = 0; x < ours.getWidth(); x++) {
                    int a = ours.getRGB(x, y), b = theirs.getRGB(x, y);
                    if (a == b) continue;
                    differing++;
                    for (int shift = 0; shift < 24; shift += 8) worst = Math.max(worst, Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)));
                }
            }
            assertEquals(0, differing, "pixels differ, by at most " + worst + " in " + png.length);
        }
    }

    @Test
    void pngsWithoutAlphaGreyWithAlphaAndInterlacedOnesAreLeftToPdfBox() throws IOException {
        assertFalse(AlphaPng.read(greyAlpha8()).isPresent(), "PDFBox draws it through Java's grey profile");
        assertTrue(AlphaPng.hasAlpha(Files.readAllBytes(RGBA16)) && AlphaPng.hasAlpha(rgba8()));
        assertFalse(AlphaPng.hasAlpha(greyAlpha8()) || AlphaPng.hasAlpha(Files.readAllBytes(Path.of("examples/images/cost.png"))));
        assertFalse(AlphaPng.read(Files.readAllBytes(Path.of("examples/images/cost.png"))).isPresent(), "RGB: PDFBox embeds it as it is");
        byte[] interlaced = rgba8();
        interlaced[8 + 8 + 12] = 1; // IHDR interlace method (the CRC no longer matches either)
        assertFalse(AlphaPng.read(interlaced).isPresent());
        assertFalse(AlphaPng.read(new byte[] {1, 2, 3}).isPresent());
        byte[] cut = Files.readAllBytes(RGBA16);
        assertFalse(AlphaPng.read(java.util.Arrays.copyOf(cut, cut.length / 2)).isPresent(), "a cut-off file is PDFBox's to report");
    }

    @Test
    void theRendererEmbedsAnAlphaPngThisWay(@TempDir Path dir) throws IOException {
        Files.copy(RGBA16, dir.resolve("cover.png"));
        PdfBuilds.Built built = PdfBuilds.markdown(dir, "alpha", "# Alpha\n\n![a cover](cover.png)\n", PdfBuilds.a4());
        assertNotNull(built.pdf(), built.failure());
        try (PDDocument pdf = Loader.loadPDF(built.pdf())) {
            int found = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(name);
                    if (!(x instanceof PDImageXObject image)) continue;
                    found++;
                    assertEquals(600, image.getWidth());
                    assertNotNull(image.getSoftMask());
                    COSDictionary parms = (COSDictionary) image.getSoftMask().getCOSObject().getDictionaryObject(COSName.DECODE_PARMS);
                    assertNotNull(parms, "Inkstone's mask is predicted (PDFBox's own conversion writes the mask without a predictor)");
                    Raster expected = ImageIO.read(RGBA16.toFile()).getRaster();
                    assertArrayEquals(samples(expected, 0, 3, 16), decoded(image));
                }
            }
            assertEquals(1, found);
        }
    }

    /** A page the image's size with a red ground, the image drawn over it (so the mask shows), rendered at 72 dpi. */
    private static BufferedImage drawn(PDDocument doc, PDImageXObject image) throws IOException {
        PDPage page = new PDPage(new PDRectangle(image.getWidth() / 4f, image.getHeight() / 4f));
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.setNonStrokingColor(new PDColor(new float[] {1, 0, 0}, PDDeviceRGB.INSTANCE));
            cs.addRect(0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            cs.fill();
            cs.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
        }
        return new PDFRenderer(doc).renderImageWithDPI(0, 72);
    }

    private static byte[] decoded(PDImageXObject image) throws IOException {
        try (InputStream in = image.getStream().createInputStream()) {
            return in.readAllBytes();
        }
    }

    /** Bands {@code from} … {@code from + count - 1} of every pixel, big-endian at 16 bits. */
    private static byte[] samples(Raster r, int from, int count, int depth) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int y = 0; y < r.getHeight(); y++) {
            for (int x = 0; x < r.getWidth(); x++) {
                for (int b = from; b < from + count; b++) {
                    int s = r.getSample(x, y, b);
                    if (depth == 16) out.write(s >> 8);
                    out.write(s);
                }
            }
        }
        return out.toByteArray();
    }

    /** An 8-bit RGBA PNG: a gradient with a transparent hole and a half-transparent band. */
    private static byte[] rgba8() throws IOException {
        BufferedImage img = new BufferedImage(97, 61, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int a = (x - 48) * (x - 48) + (y - 30) * (y - 30) < 200 ? 0 : y > 45 ? 128 : 255;
                img.setRGB(x, y, a << 24 | (x * 2) << 16 | (y * 4) << 8 | ((x * y) & 0xff));
            }
        }
        return png(img);
    }

    /** An 8-bit grey-and-alpha PNG (PDFBox gives it an ICCBased grey that renders lighter than DeviceGray). */
    private static byte[] greyAlpha8() throws IOException {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(50, 40);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 50; x++) {
                raster.setSample(x, y, 0, (x * 5) & 0xff);
                raster.setSample(x, y, 1, x < 10 ? 0 : y * 6);
            }
        }
        byte[] png = png(new BufferedImage(model, raster, false, null));
        assertEquals(4, png[8 + 8 + 9], "colour type grey + alpha");
        return png;
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, "png", out));
        return out.toByteArray();
    }
}
