package org.inkstone.render.epub;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Book;
import org.inkstone.model.BookPart;
import org.inkstone.model.Metadata;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.options.EpubOptions;
import org.inkstone.options.RequestedOptions;
import org.inkstone.publish.Inkstone;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EPUB of a book (the fixture {@code books/tea}): a file for every chapter and nested section chapter,
 * part title pages, navigation nested part → chapter → section in the summary's order, landmarks, the
 * matter of each chapter, the book's metadata, links between chapters, and EPUBCheck.
 */
class BookEpubTest {
    @TempDir Path dir;

    private static final String ROOT = EpubFile.ROOT;

    @ParameterizedTest(name = "split level {0}")
    @ValueSource(ints = {1, 2})
    void passesEpubCheckClean(int splitLevel) {
        TeaBook.Built built = TeaBook.build(splitLevel);
        EpubCheckResult r = EpubCheckResult.check(TeaBook.write(built, dir.resolve("tea.epub")));
        assertTrue(r.clean(), r::summary);
        assertEquals(1, built.diagnostics().size(), () -> "only the link to the missing notes/missing.md is warned about: "
                + built.diagnostics());
        assertTrue(built.diagnostics().get(0).file().endsWith("appendix.md"), () -> built.diagnostics().toString());
        assertTrue(built.diagnostics().get(0).message().contains("notes/missing.md"), () -> built.diagnostics().toString());
    }

    @ParameterizedTest(name = "split level {0}")
    @ValueSource(ints = {1, 2})
    void theBookFolderPublishedIsTheBookBuiltByHandAndPassesEpubCheckClean(int splitLevel) {
        Path out = dir.resolve("out");
        Inkstone.Result r = Inkstone.builder().formats(List.of("epub")).output(out).home(Path.of("")).clock(EpubBuilds.CLOCK)
                .options(RequestedOptions.builder().epub(new EpubOptions(splitLevel, true)).build())
                .assets(AssetPolicy.defaults().withOffline(true)).build().publish(TeaBook.FOLDER);
        assertTrue(r.succeeded(), r::failure);
        assertEquals(List.of(out.resolve("tea.epub")), r.written());
        EpubCheckResult check = EpubCheckResult.check(out.resolve("tea.epub"));
        assertTrue(check.clean(), check::summary);
        EpubFile published = EpubFile.read(out.resolve("tea.epub"));
        EpubFile byHand = TeaBook.build(splitLevel).epub();
        assertEquals(byHand.spine(), published.spine());
        assertEquals(navTree(byHand), navTree(published));
        assertEquals(ncxTree(byHand), ncxTree(published));
        for (String c : byHand.chapters()) assertEquals(byHand.text(ROOT + c), published.text(ROOT + c), c);
        assertEquals("墨石书坊", published.opf().selectFirst("metadata > dc|publisher").text());
    }

    @Test
    void spineHasPartPagesBeforeTheirChaptersAndAFileForEveryChapterAndNestedSection() {
        EpubFile epub = TeaBook.build(1, false).epub();
        assertEquals(List.of("cover.xhtml", "titlepage.xhtml", "nav.xhtml", "chapter-001.xhtml",
                "part-01.xhtml", "chapter-002.xhtml", "chapter-003.xhtml", "chapter-004.xhtml",
                "part-02.xhtml", "chapter-005.xhtml", "chapter-006.xhtml", "chapter-007.xhtml"), epub.spine());
        assertEquals(List.of("序", "绿茶", "龙井的采摘", "红茶", "水与器", "附录：茶的年表", "后记"),
                epub.chapters().stream().map(c -> firstHeading(epub, c)).toList());
        assertEquals("h2", epub.xml(ROOT + "chapter-003.xhtml").selectFirst("body > section > :first-child").tagName(),
                "the nested section chapter opens with its H2");
    }

    @Test
    void splitLevelTwoAlsoCutsAtEachChaptersH2() {
        EpubFile epub = TeaBook.build(2, false).epub();
        assertEquals(List.of("序", "绿茶", "概述", "杀青", "龙井的采摘", "红茶", "概述", "发酵", "水与器", "水温", "器具",
                "附录：茶的年表", "后记"), epub.chapters().stream().map(c -> firstHeading(epub, c)).toList());
        List<String> spine = epub.spine();
        assertEquals(spine.indexOf("chapter-002.xhtml") - 1, spine.indexOf("part-01.xhtml"));
        assertEquals(spine.indexOf("chapter-009.xhtml") - 1, spine.indexOf("part-02.xhtml"));
    }

    @Test
    void partPagesShowThePartTitle() {
        EpubFile epub = TeaBook.build(1, false).epub();
        for (var part : Map.of("part-01.xhtml", "第一部分　识茶", "part-02.xhtml", "第二部分　泡茶").entrySet()) {
            Document page = epub.xml(ROOT + part.getKey());
            Element section = page.selectFirst("body > section");
            assertEquals("part", section.attr("epub:type"));
            assertEquals(part.getValue(), section.selectFirst("h1").text());
            assertEquals(part.getValue(), page.selectFirst("title").text());
        }
    }

    @Test
    void navAndNcxNestPartChapterSectionInSummaryOrder() {
        EpubFile epub = TeaBook.build(1, false).epub();
        List<String> expected = List.of(
                "序 → chapter-001.xhtml#序",
                "第一部分　识茶 → part-01.xhtml",
                "  绿茶 → chapter-002.xhtml#绿茶",
                "    概述 → chapter-002.xhtml#概述",
                "    杀青 → chapter-002.xhtml#杀青",
                "    龙井的采摘 → chapter-003.xhtml#龙井的采摘",
                "      明前与雨前 → chapter-003.xhtml#明前与雨前",
                "  红茶 → chapter-004.xhtml#红茶",
                "    概述 → chapter-004.xhtml#概述-1",
                "    发酵 → chapter-004.xhtml#发酵",
                "第二部分　泡茶 → part-02.xhtml",
                "  水与器 → chapter-005.xhtml#水与器",
                "    水温 → chapter-005.xhtml#水温",
                "    器具 → chapter-005.xhtml#器具",
                "附录：茶的年表 → chapter-006.xhtml#附录茶的年表",
                "后记 → chapter-007.xhtml#后记");
        assertEquals(expected, navTree(epub));
        assertEquals(expected, ncxTree(epub));
        assertEquals("4", epub.xml(ROOT + "toc.ncx").selectFirst("meta[name=dtb:depth]").attr("content"));
    }

    @Test
    void navEntriesPointAtElementsThatExist() {
        for (int split : new int[] {1, 2}) {
            EpubFile epub = TeaBook.build(split, false).epub();
            for (Element a : epub.navLinks()) assertTarget(epub, "nav.xhtml", a.attr("href"));
            for (Element c : epub.xml(ROOT + "toc.ncx").select("navPoint > content")) assertTarget(epub, "toc.ncx", c.attr("src"));
        }
    }

    @Test
    void chapterEntriesCarryTheSummarysTitleNotTheHeadings() {
        EpubFile epub = TeaBook.build(1, false, Map.of("part1/black.md", "红茶：全发酵的茶")).epub();
        List<String> tree = navTree(epub);
        assertTrue(tree.contains("  红茶：全发酵的茶 → chapter-004.xhtml#红茶"), tree::toString);
        assertEquals("红茶", firstHeading(epub, "chapter-004.xhtml"), "the page keeps the chapter's own heading");
    }

    @Test
    void landmarksNameCoverContentsAndTheFirstBodyChapterNotThePreface() {
        EpubFile epub = TeaBook.build(1, false).epub();
        Document nav = epub.xml(ROOT + "nav.xhtml");
        List<String> marks = nav.select("nav[epub:type=landmarks] a").stream()
                .map(a -> a.attr("epub:type") + " " + a.attr("href")).toList();
        assertEquals(List.of("cover cover.xhtml", "toc nav.xhtml#toc", "bodymatter chapter-002.xhtml"), marks);
    }

    @Test
    void frontAndBackMatterAreMarked() {
        for (int split : new int[] {1, 2}) {
            EpubFile epub = TeaBook.build(split, false).epub();
            List<String> types = new ArrayList<>();
            for (String c : epub.chapters()) {
                types.add(firstHeading(epub, c) + " " + epub.xml(ROOT + c).selectFirst("body > section").attr("epub:type"));
            }
            assertEquals("序 frontmatter", types.get(0));
            assertEquals("附录：茶的年表 backmatter", types.get(types.size() - 2));
            assertEquals("后记 backmatter", types.get(types.size() - 1));
            assertTrue(types.subList(1, types.size() - 2).stream().allMatch(t -> t.endsWith(" chapter")), types::toString);
        }
    }

    @Test
    void packageHasPublisherAndRightsFromBookYaml() {
        Document opf = TeaBook.build(1, false).epub().opf();
        assertEquals("墨石书坊", opf.selectFirst("metadata > dc|publisher").text());
        assertEquals("© 2026 林一叶", opf.selectFirst("metadata > dc|rights").text());
        assertNull(opf.selectFirst("meta[property=belongs-to-collection]"), "book.yaml names no series");
    }

    @Test
    void anArticlesSeriesPublisherAndRightsGoIntoThePackageToo() {
        Path epub = EpubBuilds.build(EpubBuilds.write(dir, "a.md", """
                ---
                title: 系列里的一篇
                series: 工具手记
                publisher: 墨石书坊
                rights: CC BY 4.0
                ---
                # 正文

                一段。
                """), dir.resolve("out"));
        Document opf = EpubFile.read(epub).opf();
        Element series = opf.selectFirst("metadata > meta[property=belongs-to-collection]");
        assertEquals("工具手记", series.text());
        assertEquals("series", opf.selectFirst("metadata > meta[refines=#" + series.id() + "][property=collection-type]").text());
        assertEquals("墨石书坊", opf.selectFirst("metadata > dc|publisher").text());
        assertEquals("CC BY 4.0", opf.selectFirst("metadata > dc|rights").text());
        EpubCheckResult r = EpubCheckResult.check(epub);
        assertTrue(r.clean(), r::summary);
    }

    @Test
    void linksBetweenChaptersPointAtTheRightFileAndAnchor() {
        EpubFile epub = TeaBook.build(1, false).epub();
        assertEquals(List.of("chapter-005.xhtml#水温", "chapter-004.xhtml#发酵"), links(epub, "chapter-002.xhtml"),
                "green.md → ../part2/water.md#水温 and [[black#发酵|红茶的发酵]]");
        assertEquals(List.of("chapter-002.xhtml#绿茶", "chapter-005.xhtml#水温"), links(epub, "chapter-001.xhtml"));
        assertEquals(List.of("chapter-002.xhtml#杀青"), links(epub, "chapter-003.xhtml"));
        assertEquals(List.of("chapter-002.xhtml#绿茶"), links(epub, "chapter-004.xhtml"));
        assertEquals(List.of("chapter-001.xhtml#序", "chapter-006.xhtml#附录茶的年表"), links(epub, "chapter-005.xhtml"));
        assertEquals(List.of(), links(epub, "chapter-006.xhtml"), "the link to the missing notes/missing.md is text");
        assertTrue(epub.text(ROOT + "chapter-006.xhtml").contains("更多内容见未收录的笔记。"));
    }

    @Test
    void withSplitLevelTwoLinksFollowTheSectionsIntoTheirFiles() {
        EpubFile epub = TeaBook.build(2, false).epub();
        assertEquals(List.of("chapter-010.xhtml#水温"), links(epub, "chapter-003.xhtml"), "概述 of 绿茶 → 水温 of 水与器");
        assertEquals(List.of("chapter-008.xhtml#发酵"), links(epub, "chapter-004.xhtml"), "杀青 of 绿茶 → 发酵 of 红茶");
        for (String c : epub.chapters()) {
            for (Element a : epub.xml(ROOT + c).select("a[href]")) {
                if (!a.attr("href").contains(":")) assertTarget(epub, c, a.attr("href"));
            }
        }
    }

    @Test
    void footnotesStayWithTheChapterThatCitesThem() {
        EpubFile epub = TeaBook.build(1, false).epub();
        assertNotNull(epub.xml(ROOT + "chapter-002.xhtml").getElementById("fn-1"), "green.md's note");
        assertNotNull(epub.xml(ROOT + "chapter-003.xhtml").getElementById("fn-2"), "longjing.md's note");
    }

    @Test
    void imagesFromTheChaptersFoldersAreEmbedded() {
        EpubFile epub = TeaBook.build(1, false).epub();
        assertEquals("images/image-001.png", epub.xml(ROOT + "chapter-002.xhtml").selectFirst("img").attr("src"));
        assertEquals("images/image-002.png", epub.xml(ROOT + "chapter-005.xhtml").selectFirst("img").attr("src"));
        assertTrue(epub.entries.containsKey(ROOT + "images/image-001.png"));
        assertTrue(epub.entries.containsKey(ROOT + "images/image-002.png"));
    }

    @Test
    void embeddedFontsCoverEveryCharacterOfEveryPageWithPartPages() throws IOException {
        TeaBook.Built built = TeaBook.build(1, true);
        EpubFile epub = built.epub();
        TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(Path.of("fonts/LXGWWenKai-Regular.ttf"))));
        TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(epub.entries.get(ROOT + "fonts/lxgw-wenkai-400.ttf")));
        StringBuilder shown = new StringBuilder();
        for (String name : epub.entries.keySet()) {
            if (name.endsWith(".xhtml")) shown.append(epub.xml(name).select("body").text());
        }
        assertTrue(shown.indexOf("识茶") >= 0 && shown.indexOf("泡茶") >= 0);
        var before = original.getUnicodeCmapLookup();
        var after = subset.getUnicodeCmapLookup();
        shown.codePoints().filter(cp -> cp < 0x10000 && !Character.isWhitespace(cp) && before.getGlyphId(cp) != 0).forEach(cp ->
                assertNotEquals(0, after.getGlyphId(cp), () -> "glyph for " + new String(Character.toChars(cp))));
        assertTrue(built.book().fontBytes() > 0);
    }

    @Test
    void untitledBodyChaptersStandAtTheTopAndAPartOfDraftsOnlyIsLeftOut() throws IOException {
        MarkdownReader reader = new MarkdownReader();
        Diagnostics d = new Diagnostics("made");
        org.inkstone.model.Chapter opening = new org.inkstone.model.Chapter("开篇", "open.md", 0,
                reader.readNote("没有标题的一章。\n", "open", d).document(), List.of());
        org.inkstone.model.Chapter one = new org.inkstone.model.Chapter("第一章", "one.md", 0,
                reader.readNote("# 一\n\n## 细节\n\n正文。\n", "one", d).document(), List.of());
        org.inkstone.model.Chapter draft = new org.inkstone.model.Chapter("未写", "", 0,
                new org.inkstone.model.Document(Metadata.empty(), List.of(), List.of()), List.of());
        Book book = new Book(Metadata.empty().withTitle("代码里的书"), List.of(
                new BookPart("", BookPart.Matter.BODY, List.of(opening)),
                new BookPart("甲部", BookPart.Matter.BODY, List.of(one)),
                new BookPart("乙部", BookPart.Matter.BODY, List.of(draft))));
        Path out = dir.resolve("out");
        Inkstone.Result r = Inkstone.builder().formats(List.of("epub")).output(out).home(Path.of("")).clock(EpubBuilds.CLOCK)
                .assets(AssetPolicy.defaults().withOffline(true)).build().publish(book, Files.createDirectories(dir.resolve("made")));
        assertTrue(r.succeeded(), r::failure);
        EpubFile epub = EpubFile.read(out.resolve("made.epub"));
        assertEquals(List.of("cover.xhtml", "titlepage.xhtml", "nav.xhtml", "chapter-001.xhtml", "part-01.xhtml", "chapter-002.xhtml"),
                epub.spine());
        assertEquals(List.of("开篇 → chapter-001.xhtml#开篇", "甲部 → part-01.xhtml", "  第一章 → chapter-002.xhtml#一",
                "    细节 → chapter-002.xhtml#细节"), navTree(epub), "the summary's title, not the heading's 一");
        assertEquals("bodymatter chapter-001.xhtml", epub.xml(ROOT + "nav.xhtml").select("nav[epub:type=landmarks] a").last()
                .attr("epub:type") + " " + epub.xml(ROOT + "nav.xhtml").select("nav[epub:type=landmarks] a").last().attr("href"));
        EpubCheckResult check = EpubCheckResult.check(out.resolve("made.epub"));
        assertTrue(check.clean(), check::summary);
    }

    /** The text of the file's first heading. */
    private static String firstHeading(EpubFile epub, String file) {
        return epub.xml(ROOT + file).selectFirst("body > section").selectFirst("h1, h2, h3").text();
    }

    /** The hrefs of the links in a chapter file, in order. */
    private static List<String> links(EpubFile epub, String file) {
        return epub.xml(ROOT + file).select("body > section a[href]:not(.footnote-back):not([epub:type=noteref])").stream()
                .map(a -> a.attr("href")).toList();
    }

    /** That {@code href} (relative to EPUB/) names a file of the book and, with a fragment, an element of it. */
    private static void assertTarget(EpubFile epub, String from, String href) {
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        if (file.isEmpty()) file = from;
        assertTrue(epub.entries.containsKey(ROOT + file), () -> from + ": " + href + " names no file");
        if (hash >= 0) {
            String id = href.substring(hash + 1);
            assertNotNull(epub.xml(ROOT + file).getElementById(id), () -> from + ": " + href + " names no element");
        }
    }

    private static List<String> navTree(EpubFile epub) {
        List<String> out = new ArrayList<>();
        tree(epub.xml(ROOT + "nav.xhtml").selectFirst("nav[epub:type=toc] > ol"), "", out);
        return out;
    }

    private static List<String> ncxTree(EpubFile epub) {
        List<String> out = new ArrayList<>();
        ncx(epub.xml(ROOT + "toc.ncx").selectFirst("navMap"), "", out);
        return out;
    }

    private static void tree(Element ol, String indent, List<String> out) {
        for (Element li : ol.children()) {
            Element a = li.selectFirst("> a");
            out.add(indent + a.text() + " → " + a.attr("href"));
            Element sub = li.selectFirst("> ol");
            if (sub != null) tree(sub, indent + "  ", out);
        }
    }

    private static void ncx(Element parent, String indent, List<String> out) {
        for (Element point : parent.select("> navPoint")) {
            out.add(indent + point.selectFirst("> navLabel > text").text() + " → " + point.selectFirst("> content").attr("src"));
            ncx(point, indent + "  ", out);
        }
    }
}
