package org.inkstone.render.pdf;

import org.inkstone.options.PageSize;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.inkstone.diagnostic.SourceText;
import org.inkstone.font.FontException;
import org.inkstone.font.FontFace;
import org.inkstone.font.GlyphCoverage;
import org.inkstone.font.LoadedFace;
import org.inkstone.font.FontCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fonts: what PDFBox cannot embed is refused with one line; collection members by name; characters no font has. */
class PdfFontsTest {
    static final Path FONTS = Path.of("fonts").toAbsolutePath();
    @TempDir Path dir;

    /** A theme folder: the default theme's CSS with the given fonts= line (and the bundled print fallback faces). */
    private Path theme(String fontsLine) throws IOException {
        return theme(fontsLine, null);
    }

    /** As {@link #theme(String)}, with a print-fallback-fonts= line unless {@code fallbackLine} is null. */
    private Path theme(String fontsLine, String fallbackLine) throws IOException {
        Path t = dir.resolve("theme");
        Files.createDirectories(t);
        try (Stream<Path> files = Files.list(Path.of("themes/default"))) {
            for (Path f : files.toList()) if (f.toString().endsWith(".css")) Files.copy(f, t.resolve(f.getFileName()));
        }
        Files.writeString(t.resolve("theme.properties"), "name=test\nfonts=" + fontsLine + "\n"
                + (fallbackLine == null ? "" : "print-fallback-fonts=" + fallbackLine + "\n"), StandardCharsets.UTF_8);
        return t;
    }

    private PdfBuilds.Built build(Path theme, String markdown) throws IOException {
        Path md = dir.resolve("doc.md");
        Files.writeString(md, markdown, StandardCharsets.UTF_8);
        return PdfBuilds.build(md, dir.resolve("out"), PdfBuilds.a4(), theme.toString(), PdfBuilds.offline());
    }

    @Test
    void aCffFontIsRefusedWithOneLineNamingTheFile() throws IOException {
        Path theme = theme("Fake Serif|400|FakeSerif-Regular.otf");
        byte[] otto = new byte[64];
        System.arraycopy("OTTO".getBytes(StandardCharsets.ISO_8859_1), 0, otto, 0, 4);
        Files.write(theme.resolve("FakeSerif-Regular.otf"), otto);
        PdfBuilds.Built built = build(theme, "# 标题\n\n正文。\n");
        assertNull(built.pdf());
        String failure = built.failure();
        assertNotNull(failure);
        assertFalse(failure.contains("\n") || failure.contains("Exception") || failure.contains("internal error"), failure);
        assertTrue(failure.contains("FakeSerif-Regular.otf"), failure);
        assertTrue(failure.contains("CFF-outline OpenType font, which PDFBox cannot embed"), failure);
        assertTrue(failure.contains("use a TrueType (glyf) build of the font"), failure);
        assertFalse(Files.exists(dir.resolve("out/doc.pdf")));
    }

    @Test
    void aFileThatIsNoFontIsRefused() throws IOException {
        Path theme = theme("Broken|400|Broken.ttf");
        Files.writeString(theme.resolve("Broken.ttf"), "not a font at all");
        PdfBuilds.Built built = build(theme, "正文。\n");
        assertNull(built.pdf());
        assertTrue(built.failure().contains("Broken.ttf: not a TrueType font file"), built.failure());
    }

    @Test
    void aCollectionMemberIsChosenByName() throws IOException {
        String text = "永和九年岁在癸丑暮春之初会于会稽山阴之兰亭修禊事也 ABC abc 0123";
        Path ttc = dir.resolve("fixture.ttc");
        Files.write(ttc, collection(text, "LXGWWenKai-Regular.ttf", "LXGWWenKaiMono-Regular.ttf"));

        LoadedFace mono = new FontCache().faces().load(new FontFace("Body", 400, false, ttc, "LXGWWenKaiMono-Regular"));
        assertEquals("LXGWWenKaiMono-Regular", mono.font().getName());
        LoadedFace byFamily = new FontCache().faces().load(new FontFace("Body", 400, false, ttc, "LXGW WenKai"));
        assertEquals("LXGWWenKai-Regular", byFamily.font().getName(), "the family name finds a member too");
        FontException missing = assertThrows(FontException.class,
                () -> new FontCache().faces().load(new FontFace("Body", 400, false, ttc, "Nonesuch-Bold")));
        assertTrue(missing.getMessage().contains("no font named 'Nonesuch-Bold'"), missing.getMessage());
        assertTrue(missing.getMessage().contains("LXGWWenKai-Regular, LXGWWenKaiMono-Regular"), missing.getMessage());

        Path theme = theme("Body|400|" + ttc + "#LXGWWenKaiMono-Regular");
        Files.copy(ttc, theme.resolve("fixture.ttc"));
        Files.writeString(theme.resolve("theme.properties"), "fonts=Body|400|fixture.ttc#LXGWWenKaiMono-Regular\n");
        PdfBuilds.Built built = build(theme, "---\ntitle: 兰亭\n---\n" + text + "\n");
        assertNotNull(built.pdf(), built.failure());
        try (PdfReading pdf = new PdfReading(built.pdf(), PageSetup.of(PageSize.A4))) {
            List<String> names = pdf.fonts().stream().map(PDFont::getName).toList();
            assertFalse(names.isEmpty());
            for (String n : names) assertTrue(n.matches("[A-Z]{6}\\+LXGWWenKaiMono-Regular"), names.toString());
            assertTrue(PdfReading.squash(String.join("", pdf.bodyTexts())).contains(PdfReading.squash(text)));
        }

        // The EPUB finds a member the same way: here by its family name, which is not its PostScript name.
        Files.writeString(theme.resolve("theme.properties"), "fonts=Body|400|fixture.ttc#LXGW WenKai\n");
        Path md = dir.resolve("lanting.md");
        Files.writeString(md, "---\ntitle: 兰亭\n---\n" + text + "\n");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, org.inkstone.cli.Main.run("build", md.toString(), "--to", "epub", "--theme", theme.toString(),
                    "--out", dir.resolve("epub-out").toString()));
        } finally {
            System.setErr(old);
        }
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("fonts"), err.toString(StandardCharsets.UTF_8));
        try (var zip = new java.util.zip.ZipFile(dir.resolve("epub-out/lanting.epub").toFile())) {
            assertTrue(zip.stream().anyMatch(e -> e.getName().equals("EPUB/fonts/body-400.ttf")),
                    "the collection member is embedded in the EPUB");
        }
    }

    /** Subsets of the bundled faces (a few glyphs each) packed into one TrueType collection. */
    private static byte[] collection(String text, String... files) throws IOException {
        Set<Integer> chars = new TreeSet<>();
        text.codePoints().forEach(chars::add);
        chars.add((int) ' ');
        List<byte[]> fonts = new ArrayList<>();
        for (String f : files) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(FONTS.resolve(f))));
            TTFSubsetter subsetter = new TTFSubsetter(ttf, null);
            subsetter.addAll(chars);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            fonts.add(out.toByteArray());
        }
        int header = 12 + 4 * fonts.size();
        int size = header;
        int[] offsets = new int[fonts.size()];
        for (int i = 0; i < fonts.size(); i++) {
            offsets[i] = size;
            size += (fonts.get(i).length + 3) & ~3;
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        b.put("ttcf".getBytes(StandardCharsets.ISO_8859_1)).putInt(0x00010000).putInt(fonts.size());
        for (int o : offsets) b.putInt(o);
        for (int i = 0; i < fonts.size(); i++) {
            byte[] font = fonts.get(i).clone();
            ByteBuffer f = ByteBuffer.wrap(font);
            int tables = f.getShort(4) & 0xFFFF;
            for (int t = 0; t < tables; t++) {
                int at = 12 + 16 * t + 8;
                f.putInt(at, f.getInt(at) + offsets[i]);
            }
            b.position(offsets[i]);
            b.put(font);
        }
        return b.array();
    }

    @Test
    void charactersNoFontHasAreOneWarningAndAVisibleStandIn() throws IOException {
        // print-fallback-fonts= with no value: no emoji face, so the emoji are missing too
        Path theme = theme("LXGW WenKai|400|" + FONTS.resolve("LXGWWenKai-Regular.ttf") + ", LXGW WenKai|700|"
                + FONTS.resolve("LXGWWenKai-Bold.ttf") + ", LXGW WenKai Mono|400|" + FONTS.resolve("LXGWWenKaiMono-Regular.ttf"), "");
        PdfBuilds.Built built = build(theme, "# 字符\n\n笑脸😀与𰀀（U+30000），**粗体里也有😀**，`代码里😀`。\n\n再来一个🎉\u200d。\n");
        assertNotNull(built.pdf(), built.failure());
        assertEquals(1, built.warningsContaining("no font of the theme has"), built.warnings());
        var diagnostic = built.diagnostics().stream().filter(d -> d.message().contains("no font of the theme has")).findFirst()
                .orElseThrow();
        String warning = diagnostic.message();
        assertEquals(3, diagnostic.line(), "the warning points at the first line with such a character");
        assertTrue(warning.contains("😀 (U+1F600, line 3)") && warning.contains("🎉 (U+1F389, line 5)")
                && warning.contains("𰀀 (U+30000, line 3)"), warning);
        assertFalse(warning.contains("200D"), "an invisible joiner is dropped, not reported: " + warning);
        try (PdfReading pdf = new PdfReading(built.pdf(), PageSetup.of(PageSize.A4))) {
            String text = PdfReading.squash(String.join("", pdf.bodyTexts()));
            assertTrue(text.contains("笑脸〓与〓（U+30000）"), text);
            assertTrue(text.contains("代码里〓"), text);
            assertFalse(text.contains("#"), "never a silent '#': " + text);
            for (PDFont f : pdf.fonts()) { // the theme's faces, and the punctuation face made from its body face
                assertTrue(f.isEmbedded() && (f.getName().contains("+LXGW") || f.getName().contains("+InkstoneCJKPunctuation")), f.getName());
            }
        }
    }

    @Test
    void coverageOfTheBundledFaces() {
        List<LoadedFace> faces = new FontCache().faces().loadAll(List.of(
                new FontFace("LXGW WenKai", 400, false, FONTS.resolve("LXGWWenKai-Regular.ttf"), "")));
        GlyphCoverage coverage = new GlyphCoverage(faces);
        assertTrue(coverage.missing("中文，English，臺灣，日本語の仮名，𠮷，“引号”…… 〓").isEmpty());
        assertEquals(Set.of(0x1F600), coverage.missing("😀"));
        assertTrue(coverage.covers('\n') && coverage.covers('\t'), "control characters are not drawn");
        assertEquals("🎉 (U+1F389), 😀 (U+1F600)", GlyphCoverage.describe(new TreeSet<>(Set.of(0x1F600, 0x1F389))));
        SourceText source = new SourceText("😀 一\n二😀😀\n三\n😀\n\n😀🎉\n");
        assertEquals("🎉 (U+1F389, line 6), 😀 (U+1F600, lines 1, 2, 4 and later)",
                GlyphCoverage.describe(new TreeSet<>(Set.of(0x1F600, 0x1F389)), source));
        assertEquals(1, GlyphCoverage.firstLine(new TreeSet<>(Set.of(0x1F600, 0x1F389)), source));
        assertEquals(0, GlyphCoverage.firstLine(new TreeSet<>(Set.of(0x1F4A9)), source), "not in the source: no line");
    }

    /**
     * Emoji and symbols the CJK faces lack come from the print fallback face wherever they stand
     * (body, bold, heading, code, table, callout title, footer-less title page), with no warning;
     * a character no face has (🥰, Unicode 11) is still reported.
     */
    @Test
    void emojiComeFromThePrintFallbackFaceEverywhere() throws IOException {
        Path md = dir.resolve("emoji.md");
        Files.writeString(md, """
                # 标题里的🚀

                正文😀 ✅ ❤ ⭐，**粗体🎉**，`代码🔥`，新表情🥰。

                | 列 | 值 |
                |----|----|
                | 👍🏽 | 💡 |

                > [!warning] 注意⚠️
                > 提示👉内容
                """, StandardCharsets.UTF_8);
        PdfBuilds.Built built = PdfBuilds.build(md, dir.resolve("out"), PdfBuilds.a4(), "default", PdfBuilds.offline());
        assertNotNull(built.pdf(), built.failure());
        var warnings = built.diagnostics().stream().filter(d -> d.message().contains("no font of the theme has")).toList();
        assertEquals(1, warnings.size(), built.warnings());
        assertTrue(warnings.get(0).message().contains("these characters: 🥰 (U+1F970, line 3)")
                || warnings.get(0).message().contains("this character: 🥰 (U+1F970, line 3)"), warnings.get(0).message());
        try (PdfReading pdf = new PdfReading(built.pdf(), PageSetup.of(PageSize.A4))) {
            String text = PdfReading.squash(String.join("", pdf.bodyTexts()));
            for (String s : List.of("标题里的🚀", "正文😀✅❤⭐", "粗体🎉", "代码🔥", "新表情〓", "👍", "💡", "注意⚠", "提示👉内容")) {
                assertTrue(text.contains(s), s + " in " + text);
            }
            assertFalse(text.contains("\uD83C\uDFFD"), "the skin-tone modifier is dropped, not drawn as a swatch: " + text);
            Set<String> names = new java.util.HashSet<>();
            for (PDFont f : pdf.fonts()) names.add(f.getName().substring(7));
            assertTrue(names.contains("Symbola"), names.toString());
            for (PDFont f : pdf.fonts()) assertTrue(f.isEmbedded(), f.getName());
        }
    }

    /** A theme folder that only changes CSS still gets the bundled faces. */
    @Test
    void aThemeWithoutFontsUsesTheBundledFaces() throws IOException {
        Path theme = dir.resolve("css-only");
        Files.createDirectories(theme);
        Files.copy(Path.of("themes/default/base.css"), theme.resolve("base.css"));
        Files.writeString(theme.resolve("print.css"), ".ink-document p { color: #000000; }\n");
        PdfBuilds.Built built = build(theme, "正文。`代码`\n");
        assertNotNull(built.pdf(), built.failure());
        try (PdfReading pdf = new PdfReading(built.pdf(), PageSetup.of(PageSize.A4))) {
            for (PDFont f : pdf.fonts()) assertTrue(f.getName().contains("+LXGWWenKai"), f.getName());
        }
    }
}
