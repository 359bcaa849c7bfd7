package org.inkstone.render.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.inkstone.font.GlyphCoverage;
import org.inkstone.font.FontCache;
import org.inkstone.model.Block;
import org.inkstone.model.Heading;
import org.inkstone.model.PlainText;
import org.inkstone.publish.Inkstone;
import org.inkstone.options.AutoSwitch;
import org.inkstone.options.PageSize;
import org.inkstone.theme.ThemeLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDFs of the bundled example (A4) and of features.md (A5), read back with PDFBox as a reader's
 * software reads them: every piece of body text in order with exact Chinese, nothing of the editor
 * notes, fonts embedded as subsets, the outline equal to the headings, links clickable, pages of
 * the size asked for, nothing outside the text block.
 */
class PdfReadBackTest {
    @TempDir static Path dir;
    static PdfBuilds.Built example;
    static PdfBuilds.Built features;

    @BeforeAll
    static void build() {
        example = PdfBuilds.build(PdfBuilds.EXAMPLE, dir.resolve("example"), PdfBuilds.a4());
        features = PdfBuilds.build(PdfBuilds.FEATURES, dir.resolve("features"), PdfBuilds.options("A5", AutoSwitch.AUTO, false, false));
        assertNotNull(example.pdf(), example.failure());
        assertNotNull(features.pdf(), features.failure());
    }

    private static PdfReading read(PdfBuilds.Built built, String size) {
        return new PdfReading(built.pdf(), PageSetup.of(PageSize.parse(size).orElseThrow()));
    }

    @Test
    void exampleHasAllBodyTextInOrderAndNoEditorNotes() throws IOException {
        assertAllTextInOrder(PdfBuilds.EXAMPLE, example, "A4");
        try (PdfReading pdf = read(example, "A4")) {
            String all = String.join("", pdf.bodyTexts());
            assertFalse(all.contains("评注建议"), "editor notes never reach the PDF");
            assertFalse(all.contains("↩"), "no links back from notes on paper");
        }
    }

    @Test
    void featuresHaveAllBodyTextInOrderAndNoEditorNotes() throws IOException {
        assertAllTextInOrder(PdfBuilds.FEATURES, features, "A5");
        try (PdfReading pdf = read(features, "A5")) {
            String all = PdfReading.squash(String.join("", pdf.bodyTexts()));
            assertFalse(all.contains("评注建议") || all.contains("行内的批注"), "editor notes never reach the PDF");
            assertFalse(all.contains("alert("), "scripts are not text either");
            assertTrue(all.contains("图片无法显示：无法访问的远程图片"), "an image that cannot be had is a placeholder with its alt text");
            assertTrue(all.contains("图片无法显示：损坏的图片文件"));
            assertTrue(all.contains("生僻字𠮷𡈽"), "rare characters the font has are printed as they are");
            assertFalse(all.contains("\\frac") || all.contains("\\int"), "formulas are drawn, not shown as TeX source");
            assertTrue(all.contains("行内公式与，价格$5与$10不是公式。"), "inline formulas sit in the text line: " + all);
        }
    }

    /**
     * Every text node of the web page built from the same source (the shared writer's output, a
     * path independent of the PDF) appears in the PDF's body text, in the same order; footnotes
     * (moved to the foot of their page) appear too, anywhere. Whitespace is ignored; characters
     * no font has are expected as the 〓 the PDF prints instead. Formulas (SVG) are pictures.
     */
    private void assertAllTextInOrder(Path input, PdfBuilds.Built built, String size) throws IOException {
        Path htmlOut = dir.resolve("html-" + PdfBuilds.stem(input));
        Inkstone.Result r = Inkstone.builder().formats(List.of("html")).output(htmlOut).home(Path.of("").toAbsolutePath()).clock(Clock.fixed(PdfBuilds.WHEN, ZoneOffset.UTC)).build().publish(input);
        assertTrue(r.succeeded(), r.failure());
        Element article = Jsoup.parse(Files.readString(htmlOut.resolve(PdfBuilds.stem(input) + ".html"))).selectFirst("article");
        GlyphCoverage coverage = new GlyphCoverage(new FontCache().faces().loadAll(new ThemeLoader(Path.of("").toAbsolutePath()).load("default").printFonts()));
        article.select("a.footnote-back").remove();
        List<String> notes = new ArrayList<>();
        for (Element li : article.select("section.footnotes li")) notes.add(PdfReading.squash(li.text()));
        article.select("section.footnotes").remove();
        article.select("svg").remove(); // formulas are drawn as outlines: pictures, not text
        List<String> expected = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                String s = PdfReading.squash(standIns(t.getWholeText(), coverage));
                if (!s.isEmpty()) expected.add(s);
            }
        }, article);
        assertTrue(expected.size() > 50, "the page has text: " + expected.size());

        String text;
        try (PdfReading pdf = read(built, size)) {
            text = PdfReading.squash(String.join("", pdf.bodyTexts()));
        }
        for (String note : notes) {
            int at = text.indexOf(note);
            assertTrue(at >= 0, "footnote in the PDF: " + note);
            text = text.substring(0, at) + text.substring(at + note.length());
        }
        int from = 0;
        for (String piece : expected) {
            int at = text.indexOf(piece, from);
            assertTrue(at >= 0, "missing or out of order: «" + piece + "» after «"
                    + text.substring(Math.max(0, from - 40), Math.min(text.length(), from)) + "»");
            from = at + piece.length();
        }
    }

    private static String standIns(String s, GlyphCoverage coverage) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (coverage.covers(cp)) sb.appendCodePoint(cp);
            else if (Character.getType(cp) != Character.FORMAT) sb.appendCodePoint(MissingGlyphs.STAND_IN);
        });
        return sb.toString();
    }

    @Test
    void everyFontIsAnEmbeddedSubsetOfTheThemeFaces() {
        for (PdfBuilds.Built built : List.of(example, features)) {
            try (PdfReading pdf = read(built, "A4")) {
                List<PDFont> fonts = pdf.fonts();
                assertFalse(fonts.isEmpty());
                for (PDFont f : fonts) {
                    assertTrue(f.isEmbedded(), "embedded: " + f.getName());
                    assertTrue(f.getName().matches("[A-Z]{6}\\+(LXGWWenKai(Mono)?-(Regular|Bold)|Symbola|InkstoneCJKPunctuation[0-9A-F]*-(Regular|Bold))"), "a subset of a theme face (or of one derived from the body face): " + f.getName());
                    assertTrue(f instanceof PDType0Font, "a CID TrueType font, not a built-in one: " + f.getName());
                }
            }
        }
        try (PdfReading pdf = read(features, "A5")) {
            Set<String> names = new java.util.HashSet<>();
            for (PDFont f : pdf.fonts()) if (!f.getName().contains("InkstoneCJKPunctuation")) names.add(f.getName().substring(7)); // the derived punctuation faces aside
            assertEquals(Set.of("LXGWWenKai-Regular", "LXGWWenKai-Bold", "LXGWWenKaiMono-Regular", "Symbola"), names,
                    "the real bold face, the monospace face (Chinese in code) and the emoji fallback are used");
        }
    }

    @Test
    void outlineEntriesAreTheHeadings() {
        for (Path input : List.of(PdfBuilds.EXAMPLE, PdfBuilds.FEATURES)) {
            PdfBuilds.Built built = input == PdfBuilds.EXAMPLE ? example : features;
            List<String> headings = new ArrayList<>();
            List<Integer> levels = new ArrayList<>();
            for (Block b : org.inkstone.publish.PublishedDocs.of(input).blocks()) { // notes embedded, as built
                if (b instanceof Heading h) {
                    headings.add(PlainText.of(h.content()).strip());
                    levels.add(h.level());
                }
            }
            try (PdfReading pdf = read(built, "A4")) {
                List<PdfReading.Entry> outline = pdf.outline();
                assertEquals(headings, outline.stream().map(PdfReading.Entry::title).toList(), "outline of " + input);
                for (PdfReading.Entry e : outline) assertTrue(e.page() >= 0, "each entry goes to a page: " + e);
                for (int i = 1; i < outline.size(); i++) {
                    assertTrue(outline.get(i).page() >= outline.get(i - 1).page(), "in page order: " + outline.get(i));
                }
            }
            assertTrue(headings.size() >= 7, "enough headings to mean something: " + headings);
        }
        try (PdfReading pdf = read(features, "A5")) {
            List<PdfReading.Entry> outline = pdf.outline();
            assertEquals(1, outline.get(0).depth());
            assertEquals("1.1 列表", outline.get(1).title());
            assertEquals(2, outline.get(1).depth(), "sections nest under their chapter");
        }
    }

    @Test
    void linksAreClickable() throws IOException {
        List<String> uris = new ArrayList<>();
        int internal = 0;
        try (PdfReading pdf = read(features, "A5")) {
            for (PDPage page : pdf.doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link)) continue;
                    if (link.getAction() instanceof PDActionURI uri) uris.add(uri.getURI());
                    else if (link.getAction() instanceof PDActionGoTo || link.getDestination() != null) internal++;
                }
            }
        }
        assertTrue(uris.contains("https://example.com/page?a=1&b=2"), uris.toString());
        assertTrue(uris.contains("https://example.org/path"), uris.toString());
        assertTrue(uris.contains("https://example.com/gallery"), "a linked image is clickable: " + uris);
        assertTrue(uris.contains("mailto:editor@example.com"), uris.toString());
        assertTrue(internal >= 10, "contents entries, footnote calls and [跳到第二章] go to their place: " + internal);
    }

    @Test
    void pagesHaveTheSizeAskedFor() {
        try (PdfReading pdf = read(example, "A4")) {
            for (PDPage p : pdf.doc.getPages()) {
                assertEquals(595.3, p.getMediaBox().getWidth(), 0.5);
                assertEquals(841.9, p.getMediaBox().getHeight(), 0.5);
            }
        }
        try (PdfReading pdf = read(features, "A5")) {
            for (PDPage p : pdf.doc.getPages()) {
                assertEquals(419.5, p.getMediaBox().getWidth(), 0.5);
                assertEquals(595.3, p.getMediaBox().getHeight(), 0.5);
            }
        }
    }

    /** Long URLs, long words, wide tables and code lines wrap: no glyph lies outside the text block. */
    @Test
    void nothingRunsOffThePage() {
        try (PdfReading pdf = read(example, "A4")) {
            assertEquals(List.of(), pdf.outsideTextBlock());
        }
        try (PdfReading pdf = read(features, "A5")) {
            assertEquals(List.of(), pdf.outsideTextBlock());
        }
    }

    /** No heading stands at the foot of a page with its text on the next one: some text follows it on its page. */
    @Test
    void noHeadingIsLeftAtThePageFoot() {
        for (String size : List.of("A4", "A5")) {
            try (PdfReading pdf = read(size.equals("A4") ? example : features, size)) {
                List<String> pages = pdf.bodyTexts().stream().map(PdfReading::squash).toList();
                for (PdfReading.Entry e : pdf.outline()) {
                    String page = pages.get(e.page());
                    String title = PdfReading.squash(e.title());
                    int at = page.lastIndexOf(title);
                    assertTrue(at >= 0, size + ": '" + e.title() + "' on page " + (e.page() + 1) + ": " + page);
                    assertTrue(page.length() - at - title.length() >= 8, size + ": '" + e.title()
                            + "' is the last thing on page " + (e.page() + 1) + ": " + page.substring(Math.max(0, at - 30)));
                }
            }
        }
    }

    @Test
    void metadataComesFromTheFrontMatterAndTheClock() {
        try (PdfReading pdf = read(features, "A5")) {
            PDDocumentInformation info = pdf.doc.getDocumentInformation();
            assertEquals("功能样张：一份覆盖全部语法的测试文稿", info.getTitle());
            assertEquals("林清远, Mei Chen", info.getAuthor());
            assertEquals("这份文稿只用于测试，每一节对应一种需要支持的写法。", info.getSubject());
            assertEquals("排版, Markdown, 电子书, 公众号", info.getKeywords());
            assertEquals(PdfBuilds.WHEN.toEpochMilli(), info.getCreationDate().getTimeInMillis());
            assertEquals(PdfBuilds.WHEN.toEpochMilli(), info.getModificationDate().getTimeInMillis());
            assertEquals("zh-Hans", pdf.doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void titlePageHasNoHeaderOrNumberAndLaterPagesDo() {
        try (PdfReading pdf = read(example, "A4")) {
            String first = PdfReading.squash(pdf.region(0, 0, 0, 210, 297));
            assertTrue(first.contains("把“故纸堆”搬上屏幕") && first.contains("南窗拾字") && first.contains("2026-03-18"), first);
            assertEquals("", pdf.header(0).strip());
            assertEquals("", pdf.footer(0).strip());
            for (int i = 2; i < pdf.pages(); i++) {
                assertEquals(String.valueOf(i + 1), pdf.footer(i).strip(), "page number in the footer of page " + (i + 1));
                assertTrue(PdfReading.squash(pdf.header(i)).contains("一个古籍数字化小团队的七年") || PdfReading.squash(pdf.header(i)).isEmpty(),
                        "running header: " + pdf.header(i));
            }
            assertTrue(PdfReading.squash(pdf.header(3)).contains("一个古籍数字化小团队的七年"), pdf.header(3));
        }
    }

    /** The contents page (auto: the example has more than three headings) gives each heading's real page. */
    @Test
    void contentsPageNumbersAreTheHeadingsPages() {
        try (PdfReading pdf = read(example, "A4")) {
            String contents = pdf.bodyTexts().get(1);
            assertTrue(PdfReading.squash(contents).startsWith("目录"), contents);
            List<PdfReading.Entry> outline = pdf.outline();
            int checked = 0;
            for (String line : contents.split("\n")) {
                var m = java.util.regex.Pattern.compile("^(.+?)[ .]*\\.\\s*(\\d+)$").matcher(line.strip());
                if (!m.matches()) continue;
                String title = m.group(1).strip();
                int number = Integer.parseInt(m.group(2));
                PdfReading.Entry e = outline.stream().filter(o -> o.title().equals(title)).findFirst().orElseThrow(
                        () -> new AssertionError("contents entry without heading: " + title));
                assertEquals(e.page() + 1, number, "page of " + title);
                checked++;
            }
            assertEquals(outline.stream().filter(e -> e.depth() <= 3).count(), checked, contents);
        }
    }

    /** Notes stand at the foot of the page that cites them. */
    @Test
    void footnotesAreOnThePageThatCitesThem() {
        try (PdfReading pdf = read(features, "A5")) {
            List<String> pages = pdf.bodyTexts().stream().map(PdfReading::squash).toList();
            int cited = -1;
            for (int i = 0; i < pages.size(); i++) if (pages.get(i).contains("这里有一个脚注")) cited = i;
            assertTrue(cited >= 0);
            String page = pages.get(cited);
            assertTrue(page.contains("简短的脚注内容。"), page);
            assertTrue(page.contains("较长的脚注，包含代码、粗体和链接。") && page.contains("脚注中的第二段。"), page);
            assertTrue(page.indexOf("简短的脚注内容") > page.indexOf("同一脚注再次引用"), "below the text");
        }
    }
}
