package org.inkstone.typography;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, items 2–4 in the PDF, read back from the glyphs PDFBox finds: Chinese quotes one em wide and
 * Latin ones narrow, the first of two meeting marks half an em, Han–Latin gaps a quarter em, the text as
 * written (spaces aside), and no line that starts with a closing mark or ends with an opening one.
 */
class ChinesePunctuationPdfTest {
    private static final String MIXED = """
            # 引号与标点

            他说：“今天先把Java 17装好。”下午两点半，我们在3号会议室碰头（草案见附件），“《红楼梦》”、（“注”）都要压缩。

            He said “hello” to me, and it’s ‘fine’.

            英文里的“quotes”在中文句子里也用全角。
            """;

    private static byte[] stress;
    private static byte[] mixed;

    @BeforeAll
    static void build(@TempDir Path dir) {
        stress = TypesetPdfs.build(TypesetPdfs.STRESS, dir.resolve("stress"), "A5");
        mixed = TypesetPdfs.build(dir.resolve("mixed"), "mixed", MIXED, "A4");
    }

    /** The glyphs of each line, left to right, lines top to bottom. */
    private static List<List<PdfLines.Glyph>> lines(byte[] pdf) {
        List<PdfLines.Glyph> glyphs = new ArrayList<>(PdfLines.glyphs(pdf));
        glyphs.sort(Comparator.comparingInt(PdfLines.Glyph::page).thenComparingInt(g -> Math.round(g.baseline()))
                .thenComparingDouble(PdfLines.Glyph::x));
        List<List<PdfLines.Glyph>> lines = new ArrayList<>();
        for (PdfLines.Glyph g : glyphs) {
            List<PdfLines.Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last == null || last.get(0).page() != g.page() || Math.abs(last.get(0).baseline() - g.baseline()) > 1) {
                lines.add(last = new ArrayList<>());
            }
            last.add(g);
        }
        return lines;
    }

    /** How far the pen moves over the glyph at {@code offset} into the first place {@code text} is drawn, in em. */
    private static float advanceEm(byte[] pdf, String text, int offset) {
        for (List<PdfLines.Glyph> line : lines(pdf)) {
            StringBuilder s = new StringBuilder();
            for (PdfLines.Glyph g : line) s.append(g.text());
            int at = s.indexOf(text);
            if (at < 0) continue;
            PdfLines.Glyph glyph = line.get(at + offset);
            PdfLines.Glyph next = line.get(at + offset + 1);
            return (next.x() - glyph.x()) / glyph.size();
        }
        throw new AssertionError("'" + text + "' is on no line of the PDF");
    }

    private static float widthEm(byte[] pdf, String text, int offset) {
        for (List<PdfLines.Glyph> line : lines(pdf)) {
            StringBuilder s = new StringBuilder();
            for (PdfLines.Glyph g : line) s.append(g.text());
            int at = s.indexOf(text);
            if (at >= 0) return line.get(at + offset).width() / line.get(at + offset).size();
        }
        throw new AssertionError("'" + text + "' is on no line of the PDF");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // as pdftotext reads: the spans' text is drawn after the rest of its line
            return stripper.getText(doc);
        }
    }

    @Test
    void chineseQuotesAreOneEmWideAndLatinQuotesStayNarrow() {
        // a glyph's width as read back includes its share of the justification (at most 0.15 em)
        assertBetween(1.0f, 1.16f, widthEm(mixed, "：“今", 1), "an opening quote in Chinese text");
        assertBetween(1.0f, 1.16f, widthEm(mixed, "的“quotes”在", 1), "a quote around Latin words in a Chinese sentence");
        assertBetween(1.0f, 1.16f, widthEm(mixed, "“quotes”在", 7), "its closing quote");
        assertBetween(0.35f, 0.51f, widthEm(mixed, "said “hello”", 5), "an opening quote in English (LXGW WenKai's own)");
        assertBetween(0.35f, 0.51f, widthEm(mixed, "hello” to", 5), "a closing quote in English");
        assertBetween(0.35f, 0.51f, widthEm(mixed, "it’s", 2), "an apostrophe");
    }

    @Test
    void theFirstOfTwoMeetingMarksTakesHalfAnEm() {
        assertEquals(0.5f, advanceEm(mixed, "好。”下", 1), 0.03f, "。 before ”");
        assertEquals(1.0f, advanceEm(mixed, "好。”下", 2), 0.16f, "” after 。 keeps its em (and its share of the justification)");
        assertEquals(0.5f, advanceEm(mixed, "件），“", 1), 0.03f, "） before ，");
        assertEquals(0.5f, advanceEm(mixed, "件），“", 2), 0.03f, "， before “");
        assertEquals(0.5f, advanceEm(mixed, "“《红", 1), 0.03f, "《 after “ loses its left half");
        assertEquals(0.5f, widthEm(mixed, "“《红", 1), 0.03f, "《 after “ is half an em wide");
        assertEquals(1.0f, advanceEm(mixed, "碰头（草", 1), 0.16f, "a lone mark keeps its em");
        assertEquals(0.5f, advanceEm(stress, "构建。”", 2), 0.03f, "。 before ” inside bold text");
    }

    @Test
    void hanLatinGapsAreAQuarterEm() {
        assertEquals(0.25f, widthEm(mixed, "把 Java", 1), 0.02f, "the space the spacing transform put in");
        assertEquals(0.25f, widthEm(mixed, "在 3 号", 1), 0.02f);
        assertEquals(0.25f, widthEm(mixed, "3 号", 1), 0.02f);
        // on a justified line OpenHTMLtoPDF still moves the next box a little (measured: 0.40–0.42 em in all, LXGW's own space being 0.35 em before any stretch)
        assertBetween(0.25f, 0.45f, advanceEm(mixed, "把 Java", 1), "the gap as drawn");
        assertBetween(0.35f, 0.60f, widthEm(mixed, "said “", 4), "a space between English words is LXGW WenKai's own");
    }

    private static void assertBetween(float low, float high, float actual, String what) {
        assertTrue(actual >= low - 0.01f && actual <= high, what + ": " + actual + " em, expected " + low + "–" + high);
    }

    @Test
    void theTextIsTheSourcesSpacesAside() throws IOException {
        String text = text(mixed).replaceAll("\\s", "");
        assertTrue(text.contains("他说：“今天先把Java17装好。”下午两点半，我们在3号会议室碰头（草案见附件），“《红楼梦》”、（“注”）都要压缩。"), text);
        assertTrue(text.contains("Hesaid“hello”tome,andit’s‘fine’."), text);
        String stressText = text(stress).replaceAll("\\s", "");
        assertTrue(stressText.contains("他说：“今天先把Java17装好，再用Maven3.8构建。”下午两点半，我们在3号会议室碰头，讨论v2.0的发布计划（草案见附件）。"), stressText);
        assertTrue(stressText.contains("连续的标点“《红楼梦》”、（“注”）都要压缩。"), stressText);
        assertTrue(text(mixed).contains("把 Java 17 装"), "the Han–Latin spaces are real spaces");
    }

    @Test
    void noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne(@TempDir Path dir) throws IOException {
        for (String size : List.of("A4", "A5")) {
            for (Path doc : List.of(TypesetPdfs.STRESS, TypesetPdfs.FEATURES, TypesetPdfs.EXAMPLE)) {
                byte[] pdf = TypesetPdfs.build(doc, dir.resolve(size + "-" + doc.getFileName()), size);
                List<String> lines = PdfLines.proseTexts(PdfLines.read(pdf));
                assertEquals(List.of(), LineEdges.violations(lines), doc.getFileName() + " at " + size);
            }
        }
        assertTrue(Files.isDirectory(dir));
    }
}
