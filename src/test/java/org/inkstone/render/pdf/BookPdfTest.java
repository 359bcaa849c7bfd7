package org.inkstone.render.pdf;

import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.inkstone.options.AutoSwitch;
import org.inkstone.options.PageSize;
import org.inkstone.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF of a book (the fixture book {@code books/tea}, built from its folder through the publisher: A5
 * and chapters on right-hand pages as its book.yaml asks, or with {@code chapter-start: any}), read back with
 * PDFBox: bookmarks part → chapter → section, links between chapters as links inside the file, page
 * labels i, ii … then 1, 2 …, part title pages, right-hand chapter starts, the contents page, text and fonts.
 */
class BookPdfTest {
    private static final PageSetup A5 = PageSetup.of(PageSize.A5);
    private static final Map<BookPdfs.Asked, BookPdfs.Built> BUILT = new ConcurrentHashMap<>();
    @TempDir
    static Path dir;

    private static BookPdfs.Built built(BookPdfs.Asked asked) {
        return BUILT.computeIfAbsent(asked, a -> BookPdfs.tea(dir.resolve("tea-" + BUILT.size() + "-" + a.hashCode()), a));
    }

    private static PdfReading tea(boolean recto) {
        return new PdfReading(built(new BookPdfs.Asked(recto, AutoSwitch.AUTO, false, false)).pdf(), A5);
    }

    private static final List<String> OUTLINE = List.of(
            "1 序",
            "1 第一部分　识茶",
            "2 绿茶", "3 概述", "3 杀青", "3 龙井的采摘", "4 明前与雨前",
            "2 红茶", "3 概述", "3 发酵",
            "1 第二部分　泡茶",
            "2 水与器", "3 水温", "3 器具",
            "1 附录：茶的年表",
            "1 后记");

    @Test
    void bookmarksNestPartsChaptersAndSections() {
        try (PdfReading pdf = tea(false)) {
            List<String> got = pdf.outline().stream().map(e -> e.depth() + " " + e.title()).toList();
            assertEquals(OUTLINE, got);
            int previous = -1;
            for (PdfReading.Entry e : pdf.outline()) {
                assertTrue(e.page() >= previous, "bookmarks in page order: " + e);
                previous = e.page();
            }
        }
    }

    @Test
    void theWarningsAreTheBooksOwn() {
        List<Diagnostic> warnings = built(BookPdfs.Asked.asWritten()).diagnostics();
        assertEquals(2, warnings.size(), "the draft chapter and the link to a missing note, nothing from the PDF: " + warnings);
        assertTrue(warnings.get(0).file().endsWith("tea/SUMMARY.md") && warnings.get(0).message().contains("待写的一章"), warnings.toString());
        assertTrue(warnings.get(1).file().endsWith("tea/appendix.md"), "the missing note is reported in its chapter's file: " + warnings);
        assertTrue(warnings.get(1).message().contains("notes/missing.md"), warnings.toString());
    }

    @Test
    void linksBetweenChaptersAreLinksInsideTheFile() {
        try (PdfReading pdf = tea(false)) {
            int preface = page(pdf, "序");
            int green = page(pdf, "绿茶");
            int temperature = page(pdf, "水温");
            List<Integer> targets = linkTargets(pdf, preface);
            assertTrue(targets.contains(green), "序 links to the page of 绿茶 (" + green + "): " + targets);
            assertTrue(targets.contains(temperature), "序 links to the page of 水温 (" + temperature + "): " + targets);
            int water = page(pdf, "水与器");
            assertTrue(linkTargets(pdf, water).contains(preface), "水与器 links back to 序");
            assertTrue(linkTargets(pdf, water).contains(page(pdf, "附录：茶的年表")), "[[appendix]] goes to the appendix");
            for (int i = 0; i < pdf.pages(); i++) {
                for (PDAnnotationLink link : links(pdf, i)) {
                    assertFalse(link.getAction() instanceof PDActionURI, "no link leaves the file: page " + (i + 1)
                            + " " + (link.getAction() instanceof PDActionURI u ? u.getURI() : ""));
                }
            }
        }
    }

    @Test
    void frontMatterIsNumberedInRomanAndTheBodyFromOne() {
        try (PdfReading pdf = tea(false)) {
            String[] labels = labels(pdf);
            int body = page(pdf, "第一部分　识茶");
            assertEquals(3, body, "title page, contents, 序: three front pages");
            assertArrayEquals(new String[] {"i", "ii", "iii"}, List.of(labels).subList(0, body).toArray());
            for (int i = body; i < pdf.pages(); i++) assertEquals(String.valueOf(i - body + 1), labels[i], "page index " + i);
            // the printed numbers are the labels; the title page and the part pages print none
            for (int i = 0; i < pdf.pages(); i++) {
                String printed = PdfReading.squash(pdf.footer(i));
                if (i == 0 || isPartPage(pdf, i)) assertEquals("", printed, "no number on page " + (i + 1));
                else assertEquals(labels[i], printed, "the number printed on page " + (i + 1));
            }
        }
    }

    @Test
    void eachTitledPartHasATitlePageOfItsOwn() {
        try (PdfReading pdf = tea(false)) {
            for (String part : List.of("第一部分　识茶", "第二部分　泡茶")) {
                int p = page(pdf, part);
                assertTrue(isPartPage(pdf, p), "page " + (p + 1) + " holds only the part title: " + pdf.bodyTexts().get(p));
                assertEquals(PdfReading.squash(part), PdfReading.squash(pdf.bodyTexts().get(p)));
                assertEquals("", PdfReading.squash(pdf.header(p)), "no running header on the part page");
            }
            for (int i = 0; i < pdf.pages(); i++) {
                assertFalse(PdfReading.squash(pdf.header(i)).contains("部分"), "the part title is never a running header: page " + (i + 1));
            }
        }
    }

    @Test
    void withChapterStartRightEveryChapterAndPartOpensOnARightHandPage() {
        try (PdfReading recto = tea(true); PdfReading plain = tea(false)) {
            List<PdfReading.Entry> opening = openings(recto);
            assertEquals(8, opening.size(), "序, two parts, 绿茶, 红茶, 水与器, 附录, 后记: " + opening);
            for (PdfReading.Entry e : opening) {
                assertEquals(1, (e.page() + 1) % 2, e.title() + " opens on page " + (e.page() + 1) + ", a left-hand page");
                assertTrue(PdfReading.squash(recto.bodyTexts().get(e.page())).startsWith(PdfReading.squash(e.title())),
                        e.title() + " heads its page");
            }
            assertFalse(openings(plain).stream().allMatch(e -> e.page() % 2 == 0), "without it, some open on a left-hand page");
            assertTrue(recto.pages() > plain.pages(), "blank left-hand pages were added");
            String[] labels = labels(recto);
            assertEquals("1", labels[page(recto, "第一部分　识茶")], "the body still starts at 1");
        }
    }

    @Test
    void chapterTitlesAreTextAndRunningHeaders() {
        try (PdfReading pdf = tea(false)) {
            for (String chapter : List.of("序", "绿茶", "红茶", "水与器", "附录：茶的年表", "后记")) {
                int p = page(pdf, chapter);
                assertTrue(PdfReading.squash(pdf.bodyTexts().get(p)).startsWith(PdfReading.squash(chapter)), chapter + " heads page " + (p + 1));
                assertEquals("", PdfReading.squash(pdf.header(p)), "no running header on the opening page of " + chapter);
            }
            int green = page(pdf, "绿茶");
            assertEquals("绿茶", PdfReading.squash(pdf.header(green + 1)), "绿茶 runs on over its next page");
            assertTrue(PdfReading.squash(pdf.bodyTexts().get(green + 1)).contains("明前与雨前"));
            assertEquals("茶事小记", PdfReading.squash(pdf.header(1)), "the book's title over the contents");
            String titlePage = PdfReading.squash(pdf.bodyTexts().get(0));
            assertTrue(titlePage.startsWith("茶事小记一本关于喝茶的小书林一叶"), titlePage);
        }
    }

    @Test
    void theContentsListPartsChaptersAndSectionsWithTheirPageNumbers() {
        try (PdfReading pdf = tea(false)) {
            String[] labels = labels(pdf);
            String contents = PdfReading.squash(pdf.bodyTexts().get(1));
            assertTrue(contents.startsWith("目录"), contents);
            assertTrue(contents.matches(".*器具\\.+\\d+待写的一章附录.*"),
                    "the draft chapter is listed, without a page, after the last chapter of its part: " + contents);
            Matcher m = Pattern.compile("([^.]+?)\\.{3,}([0-9ivx]+)").matcher(contents.substring(2).replace("待写的一章", ""));
            List<String> listed = new ArrayList<>();
            while (m.find()) listed.add(m.group(1) + " " + m.group(2));
            List<String> expected = new ArrayList<>();
            for (PdfReading.Entry e : pdf.outline()) {
                if (e.depth() <= 3 && !e.title().equals("明前与雨前")) expected.add(PdfReading.squash(e.title()) + " " + labels[e.page()]);
            }
            assertEquals(expected, listed, "each entry with the label of the page it opens on");
            assertTrue(listed.contains("序 iii"), "front matter in roman numerals: " + listed);
        }
    }

    @Test
    void fontsAreEmbeddedSubsetsOfTheThemesFaces() {
        try (PdfReading pdf = tea(true)) {
            List<PDFont> fonts = pdf.fonts();
            assertFalse(fonts.isEmpty());
            // the theme's faces, and the punctuation faces derived from its body face (full-width quotes, compressed marks)
            for (PDFont f : fonts) assertTrue(f.isEmbedded() && (f.getName().contains("+LXGW") || f.getName().contains("+InkstoneCJKPunctuation")), f.getName());
        }
    }

    @Test
    void aBookWithoutAContentsPage() {
        BookPdfs.Built r = built(new BookPdfs.Asked(false, AutoSwitch.OFF, false, false));
        try (PdfReading pdf = new PdfReading(r.pdf(), A5)) {
            String[] labels = labels(pdf);
            assertEquals(List.of("i", "ii", "1"), List.of(labels).subList(0, 3), "title page, 序, then the body");
            assertFalse(PdfReading.squash(String.join("", pdf.bodyTexts())).contains("目录"));
            assertEquals(OUTLINE, pdf.outline().stream().map(e -> e.depth() + " " + e.title()).toList());
        }
    }

    @Test
    void taggedAndArchivalBooksPassVeraPdf() {
        BookPdfs.Built r = built(new BookPdfs.Asked(true, AutoSwitch.AUTO, true, true));
        VeraPdf.assertCompliant(r.pdf(), "ua1");
        VeraPdf.assertCompliant(r.pdf(), "2u");
        try (PdfReading pdf = new PdfReading(r.pdf(), A5)) {
            assertEquals("1", labels(pdf)[page(pdf, "第一部分　识茶")]);
        }
    }

    @Test
    void aGeneratedBookOfThirtyChapters() {
        long start = System.nanoTime();
        BookPdfs.Built r = BookPdfs.generated(dir.resolve("generated"), 30, true);
        long ms = (System.nanoTime() - start) / 1_000_000;
        try (PdfReading pdf = new PdfReading(r.pdf(), A5)) {
            System.out.println("30-chapter book: " + pdf.pages() + " pages, " + r.pdf().length + " bytes, " + ms + " ms");
            List<PdfReading.Entry> outline = pdf.outline();
            assertEquals(List.of("前言", "第1部分", "第2部分", "第3部分"),
                    outline.stream().filter(e -> e.depth() == 1).map(PdfReading.Entry::title).toList());
            List<PdfReading.Entry> chapters = outline.stream().filter(e -> e.depth() == 2).toList();
            assertEquals(30, chapters.size());
            assertEquals(120, outline.stream().filter(e -> e.depth() == 3).count(), "four sections a chapter");
            String[] labels = labels(pdf);
            assertEquals("1", labels[outline.get(1).page()], "the body starts at the first part page");
            for (PdfReading.Entry c : chapters) assertEquals(0, c.page() % 2, c.title() + " on a right-hand page");
            assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
        }
    }

    // ---- reading helpers

    /** The page index of the outline entry titled {@code title} (the first). */
    private static int page(PdfReading pdf, String title) {
        return pdf.outline().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no bookmark " + title)).page();
    }

    /** The bookmarks of chapters and parts (depth 1, and the chapters in a part), not sections. */
    private static List<PdfReading.Entry> openings(PdfReading pdf) {
        List<PdfReading.Entry> out = new ArrayList<>();
        boolean inPart = false;
        for (PdfReading.Entry e : pdf.outline()) {
            if (e.depth() == 1) {
                out.add(e);
                inPart = e.title().contains("部分");
            } else if (e.depth() == 2 && inPart) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean isPartPage(PdfReading pdf, int page) {
        String text = PdfReading.squash(pdf.bodyTexts().get(page));
        return text.matches("第.部分.+") && text.length() < 12;
    }

    private static String[] labels(PdfReading pdf) {
        try {
            PDPageLabels labels = pdf.doc.getDocumentCatalog().getPageLabels();
            assertNotNull(labels, "the PDF has page labels");
            return labels.getLabelsByPageIndices();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<PDAnnotationLink> links(PdfReading pdf, int page) {
        try {
            List<PDAnnotationLink> out = new ArrayList<>();
            for (PDAnnotation a : pdf.doc.getPage(page).getAnnotations()) if (a instanceof PDAnnotationLink l) out.add(l);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages the links on {@code page} go to (each a GoTo to a page of this file). */
    private static List<Integer> linkTargets(PdfReading pdf, int page) {
        List<Integer> out = new ArrayList<>();
        try {
            for (PDAnnotationLink link : links(pdf, page)) {
                PDDestination d = link.getDestination();
                PDAction action = link.getAction();
                if (d == null && action instanceof PDActionGoTo goTo) d = goTo.getDestination();
                if (d instanceof PDNamedDestination named) d = pdf.doc.getDocumentCatalog().findNamedDestinationPage(named);
                assertTrue(d instanceof PDPageDestination, "a link inside the file on page " + (page + 1) + ": " + action);
                out.add(((PDPageDestination) d).retrievePageNumber());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
