package org.inkstone.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.publish.Inkstone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One parse of each face for every output, from its trimmed tables, and what the trimmed face still answers. */
class SharedFaceTest {
    private static final Path FONTS = Path.of("fonts");
    private static final List<String> BUNDLED = List.of("LXGWWenKai-Regular.ttf", "LXGWWenKai-Bold.ttf",
            "LXGWWenKaiMono-Regular.ttf", "Symbola.ttf");

    @Test
    void aRunToPdfAndEpubParsesEachFaceOnce(@TempDir Path out) {
        Inkstone inkstone = Inkstone.builder().formats("pdf", "epub").output(out).home(Path.of(""))
                .assets(AssetPolicy.defaults().withOffline(true))
                .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).build();
        assertTrue(inkstone.publish(Path.of("examples/article.md")).succeeded());
        assertTrue(Files.isRegularFile(out.resolve("article.pdf")) && Files.isRegularFile(out.resolve("article.epub")));
        FontCache fonts = inkstone.caches().fonts();
        // the default theme's three faces and the PDF's emoji face, each parsed once although both outputs used them
        assertEquals(4, fonts.faces().parses());
        FontFace regular = new FontFace("LXGW WenKai", 400, false, FONTS.resolve("LXGWWenKai-Regular.ttf"), "");
        assertSame(fonts.faces().load(regular).font(), fonts.subsets().parsed(regular), "the EPUB subsets the PDF's face");
        assertTrue(inkstone.publish(Path.of("examples/article.md")).succeeded());
        assertEquals(4, fonts.faces().parses(), "a second build parses nothing");
    }

    @Test
    void theTrimmedFaceDrawsAndMeasuresAsTheWholeFile() throws IOException {
        for (String name : BUNDLED) {
            byte[] file = Files.readAllBytes(FONTS.resolve(name));
            TrueTypeFont whole = new TTFParser().parse(new RandomAccessReadBuffer(file));
            TrueTypeFont trimmed = InPlaceParser.parse(ByteBuffer.wrap(file));
            assertEquals(whole.getNumberOfGlyphs(), trimmed.getNumberOfGlyphs(), name);
            assertEquals(whole.getName(), trimmed.getName(), name);
            assertEquals(whole.getPostScript().getItalicAngle(), trimmed.getPostScript().getItalicAngle(), name);
            assertEquals(whole.getPostScript().getUnderlinePosition(), trimmed.getPostScript().getUnderlinePosition(), name);
            assertEquals(whole.getPostScript().getIsFixedPitch(), trimmed.getPostScript().getIsFixedPitch(), name);
            assertEquals(whole.getOS2Windows().getFsType(), trimmed.getOS2Windows().getFsType(), name);
            assertEquals(whole.getGsubData().getLanguage(), trimmed.getGsubData().getLanguage(), name);
            CmapLookup all = whole.getUnicodeCmapLookup(), kept = trimmed.getUnicodeCmapLookup();
            int mapped = 0;
            for (int cp = 0; cp < 0x30000; cp++) { // BMP, SMP (emoji) and SIP (rare Han)
                int gid = all.getGlyphId(cp);
                assertEquals(gid, kept.getGlyphId(cp), name + " U+" + Integer.toHexString(cp));
                if (gid > 0) mapped++;
            }
            assertTrue(mapped > 1000, name + " maps " + mapped);
            for (int gid = 0; gid < whole.getNumberOfGlyphs(); gid += 7) {
                assertEquals(whole.getAdvanceWidth(gid), trimmed.getAdvanceWidth(gid), name + " glyph " + gid);
                assertEquals(all.getCharCodes(gid), kept.getCharCodes(gid), name + " glyph " + gid);
            }
            // the outlines, read where they lie: the same table, and every glyph the same points
            assertEquals(whole.getGlyph().getLength(), trimmed.getGlyph().getLength(), name);
            assertArrayEquals(whole.getTableBytes(whole.getGlyph()), trimmed.getTableBytes(trimmed.getGlyph()), name);
            for (int gid = 0; gid < whole.getNumberOfGlyphs(); gid += 11) {
                var w = whole.getGlyph().getGlyph(gid);
                var t = trimmed.getGlyph().getGlyph(gid);
                assertEquals(w.getBoundingBox().toString(), t.getBoundingBox().toString(), name + " glyph " + gid);
                assertEquals(w.getPath().getBounds2D(), t.getPath().getBounds2D(), name + " glyph " + gid);
            }
            int han = all.getGlyphId(name.startsWith("Symbola") ? 0x2603 : 0x6C38); // ☃ / 永
            var a = whole.getGlyph().getGlyph(han).getDescription();
            var b = trimmed.getGlyph().getGlyph(han).getDescription();
            assertTrue(a.getPointCount() > 4, name);
            assertEquals(a.getPointCount(), b.getPointCount(), name);
            for (int i = 0; i < a.getPointCount(); i++) {
                assertEquals(a.getXCoordinate(i), b.getXCoordinate(i), name);
                assertEquals(a.getYCoordinate(i), b.getYCoordinate(i), name);
            }
        }
    }

    @Test
    void theTrimmedFaceLeavesOutGlyphNamesVerticalMetricsAndTheOtherCharacterMaps() throws IOException {
        byte[] file = Files.readAllBytes(FONTS.resolve("LXGWWenKai-Regular.ttf"));
        TrueTypeFont whole = new TTFParser().parse(new RandomAccessReadBuffer(file));
        TrueTypeFont trimmed = InPlaceParser.parse(ByteBuffer.wrap(file));
        assertEquals(4, whole.getCmap().getCmaps().length);
        assertEquals(1, trimmed.getCmap().getCmaps().length);
        assertNotNull(whole.getVerticalMetrics());
        assertFalse(trimmed.getTableMap().containsKey("vmtx") || trimmed.getTableMap().containsKey("vhea"));
        assertEquals(32, trimmed.getTableMap().get("post").getLength());
        assertTrue(trimmed.getTableMap().containsKey("GSUB"), "PDFBox shapes Latin text with GSUB: it stays");
    }

    @Test
    void anEpubSubsetOfTheSharedFaceIsAFontOfItsCharacters() throws IOException {
        FontCache fonts = new FontCache();
        FontFace bold = new FontFace("LXGW WenKai", 700, false, FONTS.resolve("LXGWWenKai-Bold.ttf"), "");
        BitSet chars = new BitSet();
        "永和九年，岁在癸丑 Inkstone".codePoints().forEach(chars::set);
        TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(fonts.subsets().subset(bold, chars)));
        TrueTypeFont face = fonts.faces().load(bold).font();
        for (int cp = chars.nextSetBit(0); cp >= 0; cp = chars.nextSetBit(cp + 1)) {
            int gid = subset.getUnicodeCmapLookup().getGlyphId(cp);
            assertTrue(gid > 0 || cp == ' ', "U+" + Integer.toHexString(cp));
            assertEquals(face.getAdvanceWidth(face.getUnicodeCmapLookup().getGlyphId(cp)), subset.getAdvanceWidth(gid));
        }
        assertTrue(subset.getNumberOfGlyphs() < 40, "a subset, not the face: " + subset.getNumberOfGlyphs());
        assertEquals(1, fonts.faces().parses());
    }

    @Test
    void aFaceReadInPlaceSubsetsToTheSameBytesAsOneCopiedOntoTheHeap() throws Exception {
        assertTrue(InPlaceParser.inPlace(), "fontbox's unbuffered stream is reachable (else every face is copied: 15 MB each)");
        assertTrue(InPlaceParser.outlinesInPlace(), "the glyph table's length and stream are reachable (else its 15 MB are copied twice)");
        byte[] file = Files.readAllBytes(FONTS.resolve("LXGWWenKai-Regular.ttf"));
        TrueTypeFont copied = new TTFParser().parse(SfntTables.forParsing(ByteBuffer.wrap(file)));
        TrueTypeFont inPlace = InPlaceParser.parse(ByteBuffer.wrap(file));
        List<Integer> chars = "永和九年，岁在癸丑 Inkstone 《兰亭集序》".codePoints().boxed().toList();
        byte[] expected = subset(copied, chars);
        // two subsetters read the in-place face at once, each through a view of its own
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> subset(inPlace, chars));
            var b = pool.submit(() -> subset(inPlace, chars));
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected, a.get());
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected, b.get());
        } finally {
            pool.shutdown();
        }
        var glyph = inPlace.getGlyph().getGlyph(inPlace.getUnicodeCmapLookup().getGlyphId(0x6C38)).getDescription();
        assertEquals(copied.getGlyph().getGlyph(copied.getUnicodeCmapLookup().getGlyphId(0x6C38)).getDescription().getPointCount(),
                glyph.getPointCount());
    }

    @Test
    void oneSharedFaceEmbeddedSubsetAndDrawnOnFourThreadsAtOnceGivesOneThreadsBytes() throws Exception {
        FontCache fonts = new FontCache();
        FontFace regular = new FontFace("LXGW WenKai", 400, false, FONTS.resolve("LXGWWenKai-Regular.ttf"), "");
        TrueTypeFont face = fonts.faces().load(regular).font();
        String[] texts = {"永和九年，岁在癸丑 Inkstone", "暮春之初，会于会稽山阴之兰亭", "群贤毕至，少长咸集 fi ffl", "此地有崇山峻岭，茂林修竹 2026"};
        int tasks = 24;
        List<java.util.concurrent.Callable<List<Object>>> work = new java.util.ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            String text = texts[i % texts.length];
            List<Integer> chars = text.codePoints().boxed().toList();
            work.add(() -> List.of(pdf(face, text), subset(face, chars), outlines(face, chars)));
        }
        List<List<Object>> alone = new java.util.ArrayList<>();
        for (var task : work) alone.add(task.call());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Object>>> together = pool.invokeAll(work);
            for (int i = 0; i < tasks; i++) {
                List<Object> a = alone.get(i), t = together.get(i).get();
                assertArrayEquals((byte[]) a.get(0), (byte[]) t.get(0), "PDF of task " + i);
                assertArrayEquals((byte[]) a.get(1), (byte[]) t.get(1), "subset of task " + i);
                assertEquals(a.get(2), t.get(2), "outlines of task " + i);
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(((byte[]) alone.get(0).get(0)).length > 1000);
        assertEquals(1, fonts.faces().parses());
    }

    /** A PDF page showing {@code text} in the face, embedded as a subset (as Inkstone's PDFs are), with a fixed file identifier. */
    private static byte[] pdf(TrueTypeFont face, String text) throws IOException {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, face, true);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            var id = new org.apache.pdfbox.cos.COSArray();
            id.add(new org.apache.pdfbox.cos.COSString(new byte[16]));
            id.add(new org.apache.pdfbox.cos.COSString(new byte[16]));
            doc.getDocument().setDocumentID(id);
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Each character's outline, as the EPUB cover draws it: the bounds of its path. */
    private static List<String> outlines(TrueTypeFont face, List<Integer> chars) throws IOException {
        List<String> bounds = new java.util.ArrayList<>();
        CmapLookup cmap = face.getUnicodeCmapLookup();
        for (int cp : chars) {
            var glyph = face.getGlyph().getGlyph(cmap.getGlyphId(cp));
            bounds.add(glyph == null ? "-" : glyph.getPath().getBounds2D() + " " + face.getAdvanceWidth(cmap.getGlyphId(cp)));
        }
        return bounds;
    }

    private static byte[] subset(TrueTypeFont font, List<Integer> chars) throws IOException {
        org.apache.fontbox.ttf.TTFSubsetter subsetter = new org.apache.fontbox.ttf.TTFSubsetter(font);
        chars.forEach(subsetter::add);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }
}
