package org.inkstone.typography;

import org.inkstone.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Emphasis and bold in the PDF, read back with PDFBox: {@code *强调的中文*} is upright regular text with one dot
 * (an image, not a character) centred under each character; the text layer is the same as with no dots; Latin
 * emphasis stays italic; bold is the real LXGW WenKai Bold face, and no glyph anywhere is a synthetic bold (stroked)
 * or a slanted Han character outside code. The theme's other choices: bold sets the emphasis in the bold face.
 */
class EmphasisPdfTest {
    private static final String EMPHASIS = "强调的中文";
    private static Path work;
    private static byte[] stress;

    @BeforeAll
    static void build() throws IOException {
        work = Files.createTempDirectory("inkstone-emphasis-pdf");
        stress = TypesetPdfs.build(TypesetPdfs.STRESS, work.resolve("dots"), "A4");
    }

    @AfterAll
    static void clean() throws IOException {
        HeadlessChromium.deleteTree(work);
    }

    @Test
    void eachEmphasisedCharacterHasADotCentredBelowIt() {
        List<PdfInk.Glyph> chars = run(PdfInk.glyphs(stress), EMPHASIS);
        List<PdfInk.Image> dots = PdfInk.images(stress);
        assertEquals(EMPHASIS.length(), dots.size(), "one dot per character and no other image: " + dots);
        for (int i = 0; i < chars.size(); i++) {
            PdfInk.Glyph c = chars.get(i);
            PdfInk.Image dot = dots.get(i);
            float em = c.size();
            assertEquals(c.page(), dot.page());
            assertEquals(0.15f, dot.width() / em, 0.02f, "dot size in ems");
            assertEquals(dot.width(), dot.height(), 0.01f, "round");
            assertEquals(c.centre(), dot.centre(), 0.05f * em, c.text() + ": centred under the character");
            float below = dot.top() - c.baseline();
            assertTrue(below > 0.15f * em && below < 0.5f * em, c.text() + ": the dot's top " + below / em + " em below the baseline");
        }
    }

    @Test
    void emphasisIsUprightRegularTextLatinEmphasisStaysItalicAndBoldIsTheBoldFace() {
        List<PdfInk.Glyph> glyphs = PdfInk.glyphs(stress);
        for (PdfInk.Glyph g : run(glyphs, EMPHASIS)) {
            assertTrue(g.font().endsWith("LXGWWenKai-Regular"), g.font());
            assertFalse(g.slanted() || g.stroked(), g.text() + " is drawn as it is");
        }
        for (PdfInk.Glyph g : run(glyphs, "emphasisinEnglish")) assertTrue(g.slanted(), g.text() + " is italic");
        for (PdfInk.Glyph g : run(glyphs, "加粗")) {
            assertTrue(g.font().endsWith("LXGWWenKai-Bold"), g.font());
            assertFalse(g.stroked() || g.slanted());
        }
    }

    @Test
    void theDotsAddNothingToTheText() {
        byte[] italic = TypesetPages.pdf(TypesetPdfs.STRESS, work.resolve("italic"), "italic");
        assertEquals(0, PdfInk.images(italic).size());
        assertEquals(text(italic), text(stress));
        assertTrue(text(stress).contains("强调的中文和emphasisinEnglish"), text(stress));
        assertTrue(run(PdfInk.glyphs(italic), EMPHASIS).stream().allMatch(PdfInk.Glyph::slanted),
                "the theme's italic choice is the old slant (and shows the check can tell)");
    }

    @Test
    void theBoldChoiceSetsChineseEmphasisInTheBoldFace() {
        byte[] bold = TypesetPages.pdf(TypesetPdfs.STRESS, work.resolve("bold"), "bold");
        assertEquals(0, PdfInk.images(bold).size(), "no dots");
        for (PdfInk.Glyph g : run(PdfInk.glyphs(bold), EMPHASIS)) {
            assertTrue(g.font().endsWith("LXGWWenKai-Bold"), g.font());
            assertFalse(g.stroked() || g.slanted());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stress", "features", "article", "bold code"})
    void noSyntheticBoldAndNoSlantedHanOutsideCode(String document) throws IOException {
        byte[] pdf = switch (document) {
            case "stress" -> stress;
            case "features" -> TypesetPdfs.build(TypesetPdfs.FEATURES, work.resolve("features"), "A4");
            case "article" -> TypesetPdfs.build(TypesetPdfs.EXAMPLE, work.resolve("article"), "A4");
            default -> TypesetPdfs.build(work.resolve("bold-code"), "bold-code", """
                    # 标题里的 `code`

                    **加粗里的 `mvn package` 代码**，以及 *强调里的 `code`*。

                    | 表头 `th` | 值 |
                    |---|---|
                    | 甲 | 乙 |
                    """, "A4");
        };
        List<PdfInk.Glyph> glyphs = PdfInk.glyphs(pdf);
        assertEquals(List.of(), glyphs.stream().filter(PdfInk.Glyph::stroked).map(g -> g.text() + " in " + g.font()).toList(),
                "synthetic bold");
        assertEquals(List.of(), glyphs.stream().filter(g -> g.slanted() && g.han() && !g.font().contains("Mono"))
                .map(g -> g.text() + " in " + g.font()).toList(), "slanted Han text outside code");
        assertTrue(glyphs.stream().anyMatch(g -> g.font().endsWith("LXGWWenKai-Bold")), "bold text in the bold face");
    }

    /**
     * The dots' spans put an inline edge between each emphasised character and the marks beside it; with the line-edge
     * glue they keep clreq's rules: emphasis holding marks, shifted through whole A5 lines, breaks no rule, and each
     * dotted character still has its dot.
     */
    @Test
    void dottedTextWithMarksInsideKeepsTheLineEdges() {
        List<String> cases = List.of("*“强调，里面有标点”*。然后", "前面*《书名》与（注释）、顿号：冒号*，后面", "他说*这样；那样！*……好");
        StringBuilder md = new StringBuilder("# 着重号与行首行尾\n\n");
        for (String c : cases) {
            for (int i = 0; i < 30; i++) md.append(EdgeCases.FILLER, 0, i).append(c).append("\n\n");
        }
        long dotted = 30L * cases.stream().flatMap(c -> java.util.regex.Pattern.compile("\\*([^*]+)\\*").matcher(c).results())
                .mapToLong(m -> m.group(1).codePoints().filter(org.inkstone.render.xhtml.CjkEmphasis::takesDot).count()).sum();
        byte[] pdf = TypesetPdfs.build(work.resolve("edges"), "edges", md.toString(), "A5");
        assertEquals(List.of(), LineEdges.violations(PdfLines.proseTexts(PdfLines.read(pdf))));
        assertEquals(dotted, PdfInk.images(pdf).size(), "a dot for each emphasised character");
    }

    /** The glyphs that spell {@code text} (spaces aside), in reading order; fails when the page has no such run. */
    private static List<PdfInk.Glyph> run(List<PdfInk.Glyph> glyphs, String text) {
        List<PdfInk.Glyph> ordered = glyphs.stream().filter(g -> !g.text().isBlank())
                .sorted(Comparator.comparingInt(PdfInk.Glyph::page).thenComparing(g -> Math.round(g.baseline()))
                        .thenComparing(PdfInk.Glyph::x)).toList();
        for (int i = 0; i + text.length() <= ordered.size(); i++) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < text.length(); k++) s.append(ordered.get(i + k).text());
            if (s.toString().equals(text)) return ordered.subList(i, i + text.length());
        }
        throw new AssertionError("no run of glyphs spells " + text);
    }

    /** The text as read in order, without white space. */
    private static String text(byte[] pdf) {
        StringBuilder s = new StringBuilder();
        PdfInk.glyphs(pdf).stream().filter(g -> !g.text().isBlank())
                .sorted(Comparator.comparingInt(PdfInk.Glyph::page).thenComparing(g -> Math.round(g.baseline()))
                        .thenComparing(PdfInk.Glyph::x))
                .forEach(g -> s.append(g.text()));
        return s.toString();
    }
}
