package org.inkstone.render.epub;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.inkstone.TestDocs;
import org.inkstone.font.ChinesePunctuationFace;
import org.inkstone.options.EpubOptions;
import org.inkstone.options.RequestedOptions;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 4 in the EPUB: Chinese curly quotes go in {@code <span class="cjk-quote">}, drawn by a face
 * derived from the body face in which they are one em wide; Latin quotes stay as they are.
 */
class ChineseQuotesEpubTest {
    static final Path STRESS = Path.of("src/test/resources/typography/stress.md").toAbsolutePath();
    private static final String FONT = EpubFile.ROOT + "fonts/inkstone-cjk-quotes-400.ttf";
    private static final String CSS = EpubFile.ROOT + ContentPage.STYLESHEET;

    @TempDir Path dir;

    private static List<Element> paragraphs(EpubFile epub) {
        List<Element> out = new ArrayList<>();
        for (String c : epub.chapters()) out.addAll(epub.xml(EpubFile.ROOT + c).select("p, li, h1, h2, h3, td, th, aside"));
        return out;
    }

    /** A paragraph's text with each wrapped quote shown as [“]. */
    private static String marked(Element p) {
        Element copy = p.clone();
        for (Element span : copy.select("span.cjk-quote")) span.text("[" + span.text() + "]");
        return copy.text();
    }

    private static String paragraphWith(EpubFile epub, String words) {
        return paragraphs(epub).stream().map(ChineseQuotesEpubTest::marked).filter(t -> t.contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("no paragraph with " + words));
    }

    @Test
    void stressQuotesInChineseAreWrappedAndLatinOnesNot() {
        EpubFile epub = EpubFile.read(EpubBuilds.build(STRESS, dir.resolve("out")));
        for (String c : epub.chapters()) {
            for (Element span : epub.xml(EpubFile.ROOT + c).select("span.cjk-quote")) {
                assertEquals(1, span.text().length(), span.outerHtml());
                assertTrue("“”‘’".contains(span.text()), span.outerHtml());
                assertTrue(span.parents().stream().noneMatch(e -> e.normalName().matches("code|pre|math|svg")), span.outerHtml());
            }
        }
        // a pair split by <strong>, a sentence cut into two quotes, quotes next to 《》 and （）
        assertTrue(paragraphWith(epub, "今天先把").contains("[“]今天先把"), paragraphWith(epub, "今天先把"));
        assertTrue(paragraphWith(epub, "今天先把").contains("构建。[”]"), paragraphWith(epub, "今天先把"));
        String cut = paragraphWith(epub, "这个问题");
        assertTrue(cut.startsWith("[“]这个问题，[”]她停了一下，[“]其实和"), cut);
        assertTrue(cut.contains("无关。[”]我没有反驳"), cut);
        String marks = paragraphWith(epub, "连续的标点");
        assertTrue(marks.contains("[“]《红楼梦》[”]") && marks.contains("（[“]注[”]）"), marks);
        String quotes = paragraphWith(epub, "单引号");
        assertTrue(quotes.contains("[‘]单引号[’]") && quotes.contains("[“]双引号[”]"), quotes);
        // the English words of that paragraph keep their (straight) quotes as written, unwrapped; curly Latin
        // quotes: latinQuotesStayLatin
        assertTrue(quotes.contains("英文里的\"quotes\" and 'single quotes'保持原样"), quotes);
    }

    @Test
    void latinQuotesStayLatin() {
        Path md = EpubBuilds.write(dir, "mixed.md", """
                # Quotes

                He said “hi” and didn’t stay; she said ‘bye’.

                他说“好”，然后走了。

                The book “三体” is long. 书名叫“Three Body”。
                """);
        EpubFile epub = EpubFile.read(EpubBuilds.build(md, dir.resolve("out")));
        assertEquals("He said “hi” and didn’t stay; she said ‘bye’.", paragraphWith(epub, "He said"));
        assertEquals("他说[“]好[”]，然后走了。", paragraphWith(epub, "他说"));
        assertEquals("The book [“]三体[”] is long. 书名叫[“]Three Body[”]。", paragraphWith(epub, "The book"));
    }

    @Test
    void theDerivedFaceIsEmbeddedWithFullWidthQuotes() throws IOException {
        EpubFile epub = EpubFile.read(EpubBuilds.build(STRESS, dir.resolve("out")));
        byte[] font = epub.entries.get(FONT);
        assertNotNull(font, () -> "no " + FONT + " in " + epub.entries.keySet());
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            int em = ttf.getUnitsPerEm();
            var cmap = ttf.getUnicodeCmapLookup(false);
            for (int q : new int[] {0x201C, 0x201D, 0x2018, 0x2019}) {
                int gid = cmap.getGlyphId(q);
                assertTrue(gid > 0, "no glyph for U+" + Integer.toHexString(q));
                assertEquals(em, ttf.getAdvanceWidth(gid), "U+" + Integer.toHexString(q) + " is one em wide");
            }
            assertEquals(0, cmap.getGlyphId('。'), "no halved marks");
        }
        Element item = epub.opf().selectFirst("manifest > item[href=fonts/inkstone-cjk-quotes-400.ttf]");
        assertNotNull(item, "manifest entry");
        assertEquals("font/ttf", item.attr("media-type"));
        String css = epub.text(CSS);
        assertTrue(css.contains("font-family: \"" + ChinesePunctuationFace.FAMILY + "\";")
                && css.contains("src: url(\"../fonts/inkstone-cjk-quotes-400.ttf\")"), css);
        assertTrue(css.contains(".cjk-quote {\n  font-family: \"" + ChinesePunctuationFace.FAMILY + "\", \"LXGW WenKai\","), css);
        assertTrue(epub.entries.containsKey("META-INF/com.apple.ibooks.display-options.xml"));
    }

    @Test
    void withoutEmbeddedFontsTheSpansStayAndNoFontIsAdded() {
        Path out = EpubBuilds.build(STRESS, dir.resolve("out"), RequestedOptions.builder().epub(new EpubOptions(1, false)).build());
        EpubFile epub = EpubFile.read(out);
        assertTrue(epub.entries.keySet().stream().noneMatch(n -> n.startsWith(EpubFile.ROOT + "fonts/")), epub.entries.keySet()::toString);
        assertFalse(epub.text(CSS).contains("cjk-quote"));
        assertTrue(paragraphWith(epub, "这个问题").startsWith("[“]这个问题"));
        EpubCheckResult r = EpubCheckResult.check(out);
        assertTrue(r.clean(), r::summary);
    }

    @Test
    void aBookWithoutChineseQuotesGetsNoQuoteFace() {
        Path md = EpubBuilds.write(dir, "plain.md", "# 标题\n\n没有引号的文字。He said “hi”.\n");
        EpubFile epub = EpubFile.read(EpubBuilds.build(md, dir.resolve("out")));
        assertFalse(epub.entries.containsKey(FONT));
        assertFalse(epub.text(CSS).contains("cjk-quote"));
    }

    @Test
    void epubCheckPassesStressAndFeatures() {
        for (Path md : List.of(STRESS, TestDocs.FEATURES)) {
            Path out = EpubBuilds.build(md, dir.resolve("out-" + md.getFileName()));
            EpubCheckResult r = EpubCheckResult.check(out);
            assertTrue(r.clean(), () -> md.getFileName() + ": " + r.summary());
        }
    }
}
