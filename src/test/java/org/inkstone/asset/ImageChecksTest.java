package org.inkstone.asset;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every image the resolver hands out is whole: damaged raster files and malformed SVGs are caught; sizes; WebP to PNG. */
class ImageChecksTest {
    @TempDir Path dir;
    private final Diagnostics diagnostics = new Diagnostics("doc.md");

    private AssetResolver resolver() {
        return new AssetResolver(dir, diagnostics, new AssetPolicy(true, Duration.ofSeconds(1), Duration.ofSeconds(1), 1000, null));
    }

    private List<String> warnings() {
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }

    private Optional<ImageData> local(String name, byte[] bytes, int line) throws IOException {
        Files.write(dir.resolve(name), bytes);
        return resolver().image(name, line);
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "no writer for " + format);
        return out.toByteArray();
    }

    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) image.setRGB(x, y, random.nextInt());
        return image;
    }

    @Test
    void imagesReadAheadGiveTheSameImagesAndWarningsAtTheirLinesAsImagesReadWhenAskedFor() throws IOException {
        Files.write(dir.resolve("ok.jpg"), encode(noise(120, 80), "jpeg"));
        byte[] png = encode(noise(40, 40), "png");
        Files.write(dir.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
        Files.writeString(dir.resolve("text.png"), "not an image");
        List<String> sources = List.of("ok.jpg", "cut.png", "missing.png", "text.png", "../outside.png", "ok.jpg");
        AssetResolver ahead = resolver();
        ahead.prefetch(sources);
        assertEquals(List.of(), warnings(), "reading ahead reports nothing");
        List<Optional<ImageData>> read = new java.util.ArrayList<>();
        for (int i = 0; i < sources.size(); i++) read.add(ahead.image(sources.get(i), 10 + i));
        List<String> aheadWarnings = warnings();

        Diagnostics plain = new Diagnostics("doc.md");
        AssetResolver asked = new AssetResolver(dir, plain, new AssetPolicy(true, Duration.ofSeconds(1), Duration.ofSeconds(1), 1000, null));
        for (int i = 0; i < sources.size(); i++) {
            Optional<ImageData> direct = asked.image(sources.get(i), 10 + i);
            Optional<ImageData> early = read.get(i);
            assertEquals(direct.isPresent(), early.isPresent(), sources.get(i));
            direct.ifPresent(d -> assertArrayEquals(d.bytes(), early.get().bytes()));
        }
        assertEquals(plain.all().stream().map(Diagnostic::format).toList(), aheadWarnings);
        assertEquals(4, aheadWarnings.size(), aheadWarnings.toString());
        assertTrue(aheadWarnings.get(0).contains("doc.md:11") && aheadWarnings.get(0).contains("cut.png"), aheadWarnings.toString());
    }

    @Test
    void wholeImagesPassWithTheirSize() throws IOException {
        BufferedImage image = noise(120, 80);
        for (String format : List.of("png", "jpeg", "gif")) {
            Optional<ImageData> data = local("ok." + format, encode(image, format), 1);
            assertTrue(data.isPresent(), format + " " + warnings());
            assertEquals(Optional.of(new ImageSize(120, 80)), data.get().size(), format);
        }
        assertEquals(List.of(), warnings());
    }

    @Test
    void pngsOfEveryKindPassTheStructuralCheck() throws IOException {
        int[] types = {BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY,
                BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_BYTE_INDEXED};
        for (int type : types) {
            for (int[] size : new int[][] {{1, 1}, {13, 7}, {3, 17}, {64, 33}}) {
                BufferedImage image = new BufferedImage(size[0], size[1], type);
                java.util.Random random = new java.util.Random(type * 100L + size[0]);
                for (int y = 0; y < size[1]; y++) for (int x = 0; x < size[0]; x++) image.setRGB(x, y, random.nextInt());
                for (boolean interlaced : new boolean[] {false, true}) {
                    byte[] png = png(image, interlaced);
                    String what = "type " + type + " " + size[0] + "x" + size[1] + (interlaced ? " interlaced" : "");
                    assertEquals(interlaced, (png[8 + 8 + 12] & 0xFF) == 1, what + ": the writer did as asked");
                    try {
                        assertEquals(new ImageSize(size[0], size[1]), PngChecker.check(png), what);
                    } catch (UnusableImageException e) {
                        throw new AssertionError(what + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        for (String name : List.of("cover.png", "figure.png")) { // 16-bit RGBA
            byte[] png = Files.readAllBytes(TestDocs.RESOURCES.resolve("corpus/images/" + name));
            assertTrue(local(name, png, 1).isPresent(), name + " " + warnings());
        }
        assertEquals(List.of(), warnings());
    }

    @Test
    void pngWithABadDataCrcIsDamagedAndABadAncillaryCrcIsIgnored() throws IOException {
        byte[] png = encode(noise(20, 20), "png");
        byte[] withText = insertChunk(png, "tEXt", "Comment\0hello".getBytes(StandardCharsets.ISO_8859_1), true);
        assertTrue(local("text.png", withText, 1).isPresent(), warnings().toString());
        assertTrue(local("badtext.png", insertChunk(png, "tEXt", "Comment\0hello".getBytes(StandardCharsets.ISO_8859_1), false), 2)
                .isPresent(), warnings().toString());
        byte[] flipped = png.clone();
        int idat = indexOf(flipped, "IDAT".getBytes(StandardCharsets.US_ASCII));
        flipped[idat + 10] ^= 0x01; // a bit in the compressed data: the chunk's CRC no longer matches
        assertTrue(local("flipped.png", flipped, 3).isEmpty());
        assertEquals(List.of("doc.md:3: warning: image 'flipped.png' is damaged (it cannot be decoded); replace it"), warnings());
    }

    @Test
    void truncatedPngIsDamaged() throws IOException {
        byte[] png = encode(noise(64, 64), "png");
        assertTrue(local("broken.png", Arrays.copyOf(png, png.length / 2), 5).isEmpty());
        assertEquals(List.of("doc.md:5: warning: image 'broken.png' is damaged (it cannot be decoded); replace it"), warnings());
    }

    @Test
    void pngWithGarbageAfterItsHeaderIsDamaged() throws IOException {
        byte[] png = encode(noise(64, 64), "png");
        java.util.Random random = new java.util.Random(3);
        for (int i = 60; i < png.length; i++) png[i] = (byte) random.nextInt();
        assertTrue(local("garbage.png", png, 6).isEmpty());
        assertEquals(List.of("doc.md:6: warning: image 'garbage.png' is damaged (it cannot be decoded); replace it"), warnings());
    }

    @Test
    void truncatedJpegIsDamagedThoughTheDecoderOnlyWarns() throws IOException {
        byte[] jpeg = encode(noise(200, 150), "jpeg");
        assertTrue(local("cut.jpg", Arrays.copyOf(jpeg, jpeg.length * 2 / 3), 7).isEmpty());
        assertEquals(List.of("doc.md:7: warning: image 'cut.jpg' is damaged (it cannot be decoded); replace it"), warnings());
    }

    @Test
    void truncatedGifIsDamaged() throws IOException {
        byte[] gif = encode(noise(100, 100), "gif");
        assertTrue(local("cut.gif", Arrays.copyOf(gif, gif.length - 40), 8).isEmpty());
        assertEquals(List.of("doc.md:8: warning: image 'cut.gif' is damaged (it cannot be decoded); replace it"), warnings());
    }

    @Test
    void damagedImageIsReportedAtEveryReference() throws IOException {
        byte[] png = encode(noise(64, 64), "png");
        Files.write(dir.resolve("broken.png"), Arrays.copyOf(png, 100));
        AssetResolver assets = resolver();
        assertTrue(assets.image("broken.png", 3).isEmpty());
        assertTrue(assets.image("broken.png", 9).isEmpty());
        assertEquals(List.of("doc.md:3: warning: image 'broken.png' is damaged (it cannot be decoded); replace it",
                "doc.md:9: warning: image 'broken.png' is damaged (it cannot be decoded); replace it"), warnings());
    }

    @Test
    void damagedDataUriIsReported() throws IOException {
        byte[] png = encode(noise(64, 64), "png");
        String src = "data:image/png;base64," + Base64.getEncoder().encodeToString(Arrays.copyOf(png, 90));
        assertTrue(resolver().image(src, 4).isEmpty());
        assertEquals(List.of("doc.md:4: warning: data URI image is damaged (it cannot be decoded); replace it"), warnings());
    }

    @Test
    void imageWithTooManyPixelsIsRefusedBeforeDecoding() throws IOException {
        assertTrue(local("huge.png", pngHeader(20_000, 20_000), 10).isEmpty());
        assertEquals(List.of("doc.md:10: warning: image 'huge.png' has 20000×20000 pixels, more than the 100-megapixel limit;"
                + " scale it down and replace it"), warnings());
    }

    @Test
    void webpDecodesAndConvertsToPng() throws IOException {
        byte[] webp = Files.readAllBytes(TestDocs.RESOURCES.resolve("corpus/images/diagram.webp"));
        Optional<ImageData> image = local("diagram.webp", webp, 1);
        assertTrue(image.isPresent(), warnings().toString());
        assertEquals(ImageFormat.WEBP, image.get().format());
        assertEquals(Optional.of(new ImageSize(640, 360)), image.get().size());
        ImageData png = image.get().toPng();
        assertEquals(ImageFormat.PNG, png.format());
        assertEquals(ImageFormat.PNG, ImageFormat.sniff(png.bytes()));
        assertEquals("diagram.webp", png.src());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(webp));
        assertEquals(640, decoded.getWidth());
        assertEquals(360, decoded.getHeight());
        for (int[] p : new int[][] {{0, 0}, {320, 180}, {639, 359}, {100, 300}}) {
            assertEquals(original.getRGB(p[0], p[1]), decoded.getRGB(p[0], p[1]), "pixel " + p[0] + "," + p[1]);
        }
        assertArrayEquals(png.bytes(), image.get().toPng().bytes(), "the same bytes every time");
        assertEquals(List.of(), warnings());
    }

    @Test
    void truncatedWebpIsDamaged() throws IOException {
        byte[] webp = Files.readAllBytes(TestDocs.RESOURCES.resolve("corpus/images/diagram.webp"));
        assertTrue(local("cut.webp", Arrays.copyOf(webp, webp.length / 2), 2).isEmpty());
        assertTrue(local("end.webp", Arrays.copyOf(webp, webp.length - 16), 3).isEmpty());
        assertEquals(List.of("doc.md:2: warning: image 'cut.webp' is damaged (it cannot be decoded); replace it",
                "doc.md:3: warning: image 'end.webp' is damaged (it cannot be decoded); replace it"), warnings());
    }

    @Test
    void pngToPngIsTheSameImageAndSvgHasNoPng() throws IOException {
        ImageData png = local("ok.png", encode(noise(10, 10), "png"), 1).orElseThrow();
        assertSame(png, png.toPng());
        ImageData svg = local("a.svg", svg("width=\"10\" height=\"10\""), 1).orElseThrow();
        assertThrows(IllegalArgumentException.class, svg::toPng);
    }

    @Test
    void svgSizeFromWidthHeightUnitsAndViewBox() throws IOException {
        assertEquals(Optional.of(new ImageSize(300, 150)), svgSize("width=\"300\" height=\"150\""));
        assertEquals(Optional.of(new ImageSize(300, 150)), svgSize("width=\"300px\" height=\" 150px \""));
        assertEquals(Optional.of(new ImageSize(378, 189)), svgSize("width=\"10cm\" height=\"5cm\""));
        assertEquals(Optional.of(new ImageSize(96, 48)), svgSize("width=\"1in\" height=\"36pt\""));
        assertEquals(Optional.of(new ImageSize(400, 225)), svgSize("viewBox=\"0 0 400 225\""));
        assertEquals(Optional.of(new ImageSize(800, 450)), svgSize("width=\"800\" viewBox=\"0,0,400,225\""));
        assertEquals(Optional.of(new ImageSize(200, 113)), svgSize("height=\"112.5\" viewBox=\"0 0 400 225\""));
        assertEquals(Optional.of(new ImageSize(400, 225)), svgSize("width=\"100%\" height=\"100%\" viewBox=\"0 0 400 225\""));
        assertEquals(Optional.of(new ImageSize(13, 7)), svgSize("width=\"12.6\" height=\"6.5\""));
        assertEquals(Optional.empty(), svgSize(""));
        assertEquals(Optional.empty(), svgSize("width=\"50%\""));
        assertEquals(List.of(), warnings());
    }

    @Test
    void svgWithXmlDeclarationDoctypeAndEntitiesIsRead() throws IOException {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" [\n"
                + "  <!ENTITY ns_svg \"http://www.w3.org/2000/svg\">\n]>\n"
                + "<svg xmlns=\"&ns_svg;\" width=\"64\" height=\"32\"><text>图</text></svg>\n";
        Optional<ImageData> image = local("old.svg", text.getBytes(StandardCharsets.UTF_8), 1);
        assertTrue(image.isPresent(), warnings().toString());
        assertEquals(Optional.of(new ImageSize(64, 32)), image.get().size());
        assertEquals(List.of(), warnings());
    }

    @Test
    void svgThatIsNotWellFormedIsDamaged() throws IOException {
        byte[] broken = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n<g><rect/></svg>\n"
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(local("bad.svg", broken, 12).isEmpty());
        List<String> w = warnings();
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("doc.md:12: warning: image 'bad.svg' is damaged (it is not well-formed SVG: "), w.get(0));
        assertTrue(w.get(0).endsWith(" at line 2); replace it"), w.get(0));
    }

    @Test
    void svgEntityBombIsRefused() throws IOException {
        StringBuilder text = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY a0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            text.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        text.append("]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&a10;</text></svg>\n");
        long start = System.nanoTime();
        assertTrue(local("bomb.svg", text.toString().getBytes(StandardCharsets.UTF_8), 3).isEmpty());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "entity expansion was not limited");
        List<String> w = warnings();
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("doc.md:3: warning: image 'bomb.svg' is damaged (it is not well-formed SVG: "), w.get(0));
    }

    @Test
    void capAndTimeoutAreWrittenForPeople() {
        assertEquals("20 MB", FetchFailure.size(AssetPolicy.DEFAULT_MAX_BYTES));
        assertEquals("2.5 MB", FetchFailure.size(5L * 512 * 1024));
        assertEquals("1000 bytes", FetchFailure.size(1000));
        assertEquals("20 s", FetchFailure.seconds(Duration.ofSeconds(20)));
        assertEquals("0.3 s", FetchFailure.seconds(Duration.ofMillis(300)));
        assertEquals("1.25 s", FetchFailure.seconds(Duration.ofMillis(1250)));
    }

    private Optional<ImageSize> svgSize(String attributes) throws IOException {
        return local("s.svg", svg(attributes), 1).orElseThrow(() -> new AssertionError(warnings())).size();
    }

    private static byte[] svg(String attributes) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" " + attributes + "><rect width=\"1\" height=\"1\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png(BufferedImage image, boolean interlaced) throws IOException {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(interlaced ? javax.imageio.ImageWriteParam.MODE_DEFAULT : javax.imageio.ImageWriteParam.MODE_DISABLED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The PNG with a chunk inserted after IHDR, its CRC right or wrong. */
    private static byte[] insertChunk(byte[] png, String type, byte[] data, boolean goodCrc) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue() ^ (goodCrc ? 0 : 0x5A5A));
        int afterIhdr = 8 + 12 + 13;
        ByteBuffer out = ByteBuffer.allocate(png.length + chunk.capacity());
        out.put(png, 0, afterIhdr).put(chunk.array()).put(png, afterIhdr, png.length - afterIhdr);
        return out.array();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        throw new AssertionError("not found");
    }

    /** A PNG signature and a valid IHDR chunk of the given size, then nothing. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}).putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }
}
