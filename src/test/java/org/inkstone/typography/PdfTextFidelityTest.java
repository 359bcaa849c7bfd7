package org.inkstone.typography;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inkstone.options.AutoSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader copies out of the PDF is the source's text: PDFBox's text extraction (as pdftotext) gives exactly the
 * characters of the Markdown in order, whitespace aside, none inserted (no joiner, no spacing character) and none lost.
 * The source is read as its text: front matter, Markdown syntax ({@code #}, {@code **}, {@code *}, backticks, a link's
 * target, list bullets) left out, a footnote reference read as its number; the notes themselves are compared apart,
 * as the PDF sets each at the foot of its page ({@code N.} and its text). Page furniture (the running title from page 2
 * on, page numbers) is left out of the PDF's side.
 */
class PdfTextFidelityTest {
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("(?m)^\\[\\^([^\\]]+)]:\\s*(.*)$");
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^([^\\]]+)]");
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\]]*)]\\([^)]*\\)");

    @TempDir Path dir;

    static Stream<Arguments> documents() {
        return Stream.of(TypesetPdfs.STRESS, TypesetPdfs.SEED_STYLE)
                .flatMap(doc -> Stream.of("A4", "A5").map(size -> Arguments.of(doc, size)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("documents")
    void pdfTextIsTheSourceText(Path markdown, String pageSize) throws IOException {
        SourceText source = SourceText.of(Files.readString(markdown));
        byte[] pdf = TypesetPdfs.build(markdown, dir, pageSize, AutoSwitch.OFF);
        PdfText text = PdfText.of(pdf, source.title());
        assertTrue(squash(source.body()).length() > 300 && !source.notes().isEmpty(), source.toString());
        assertEquals(squash(source.body()), squash(text.body()));
        assertEquals(squash(String.join("", source.notes())), squash(text.notes()));
    }

    @Test
    void theEdgeCasesLoseAndGainNoCharacter() {
        SourceText source = SourceText.of(EdgeCases.markdown(12));
        PdfText text = PdfText.of(TypesetPdfs.build(dir, "edges", EdgeCases.markdown(12), "A5", AutoSwitch.OFF), "");
        assertEquals(squash(source.body()), squash(text.body()));
    }

    @Test
    void theSourceReadingDropsTheMarkup() {
        SourceText s = SourceText.of("---\ntitle: 题\n---\n# 标题\n\n- **粗**“[链](https://x.org)”，`码`[^a]。*斜*\n\n[^a]: 注。\n");
        assertEquals("题", s.title());
        assertEquals("标题粗“链”，码1。斜", squash(s.body()));
        assertEquals(List.of("1.注。"), s.notes());
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\\u00a0\\u2009\\u200a\\u3000]+", "");
    }

    /** A fixture's Markdown as the text a reader sees (see the class comment for what is left out). */
    record SourceText(String title, String body, List<String> notes) {
        static SourceText of(String markdown) {
            String title = "";
            String text = markdown;
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 4);
                Matcher t = Pattern.compile("(?m)^title:\\s*(.*)$").matcher(text.substring(0, end));
                if (t.find()) title = t.group(1).strip();
                text = text.substring(end + 5);
            }
            Map<String, String> definitions = new LinkedHashMap<>();
            Matcher d = FOOTNOTE_DEFINITION.matcher(text);
            while (d.find()) definitions.put(d.group(1), d.group(2));
            text = FOOTNOTE_DEFINITION.matcher(text).replaceAll("");
            Map<String, Integer> numbers = new LinkedHashMap<>();
            Matcher r = FOOTNOTE_REFERENCE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (r.find()) {
                int n = numbers.computeIfAbsent(r.group(1), k -> numbers.size() + 1);
                r.appendReplacement(out, String.valueOf(n));
            }
            r.appendTail(out);
            text = LINK.matcher(out.toString()).replaceAll("$1");
            text = text.replaceAll("(?m)^#+\\s+", "").replaceAll("(?m)^\\s*[-*+]\\s+", "")
                    .replace("**", "").replace("*", "").replace("`", "");
            List<String> notes = new ArrayList<>();
            numbers.forEach((id, n) -> notes.add(n + "." + definitions.get(id)));
            return new SourceText(title, text, notes);
        }
    }

    /** The PDF's text by lines: the body (in reading order) and the notes at the page feet, without page furniture. */
    record PdfText(String body, String notes) {
        static PdfText of(byte[] pdf, String runningTitle) {
            List<PdfLines.Line> lines = PdfLines.read(pdf);
            float bodySize = (float) lines.stream().mapToDouble(PdfLines.Line::size).sorted()
                    .skip(lines.size() / 2).findFirst().orElse(0);
            StringBuilder body = new StringBuilder();
            StringBuilder notes = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                PdfLines.Line line = lines.get(i);
                boolean firstOnPage = i == 0 || lines.get(i - 1).page() != line.page();
                boolean lastOnPage = i + 1 == lines.size() || lines.get(i + 1).page() != line.page();
                if (lastOnPage && line.stripped().matches("\\d+")) continue;
                if (firstOnPage && line.page() > 1 && line.stripped().equals(runningTitle)) continue;
                (line.size() < 0.9f * bodySize ? notes : body).append(line.text()).append('\n');
            }
            String all = lines.stream().map(PdfLines.Line::text).reduce("", String::concat);
            assertEquals(sortedCharacters(strippedText(pdf)), sortedCharacters(all), "the lines hold every character PDFTextStripper reads");
            return new PdfText(body.toString(), notes.toString());
        }
    }

    private static String sortedCharacters(String text) {
        return squash(text).codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String strippedText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
