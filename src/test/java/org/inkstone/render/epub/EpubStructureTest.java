package org.inkstone.render.epub;

import org.inkstone.TestDocs;
import org.inkstone.publish.Inkstone;
import org.inkstone.options.RequestedOptions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The package's structure: container, spine, navigation, links, identifier, reproducibility. */
class EpubStructureTest {
    @TempDir Path dir;

    private EpubFile book20() {
        return EpubFile.read(EpubBuilds.build(BookFixtures.book(dir, 20), dir.resolve("out")));
    }

    @Test
    void mimetypeIsTheFirstEntryStoredWithoutExtraField() throws IOException {
        Path epub = EpubBuilds.build(TestDocs.FEATURES, dir.resolve("out"));
        byte[] b = Files.readAllBytes(epub);
        assertEquals("PK\u0003\u0004", new String(b, 0, 4, StandardCharsets.ISO_8859_1));
        assertEquals(0, b[8] | b[9] << 8, "compression method: stored");
        assertEquals(8, (b[26] & 0xff) | (b[27] & 0xff) << 8, "name length");
        assertEquals(0, (b[28] & 0xff) | (b[29] & 0xff) << 8, "no extra field");
        assertEquals("mimetypeapplication/epub+zip", new String(b, 30, 28, StandardCharsets.US_ASCII));
        EpubFile f = EpubFile.read(epub);
        assertEquals("mimetype", f.entries.keySet().iterator().next());
        assertEquals(ZipEntry.STORED, f.methods.get("mimetype"));
        assertTrue(f.text("META-INF/container.xml").contains("full-path=\"EPUB/package.opf\""));
    }

    @Test
    void fileNamesAreAsciiXhtml() {
        EpubFile f = book20();
        for (String name : f.entries.keySet()) {
            assertTrue(name.chars().allMatch(c -> c > 0x20 && c < 0x7f), "ASCII name: " + name);
        }
        for (int i = 1; i <= 20; i++) {
            assertTrue(f.entries.containsKey(String.format("EPUB/chapter-%03d.xhtml", i + 1)), "chapter file " + (i + 1));
        }
    }

    @Test
    void spineIsCoverTitleTocThenChaptersInOrder() {
        EpubFile f = book20();
        List<String> spine = f.spine();
        assertEquals(List.of("cover.xhtml", "titlepage.xhtml", "nav.xhtml"), spine.subList(0, 3));
        List<String> chapters = f.chapters();
        assertEquals(21, chapters.size(), "the introduction before chapter 1, then 20 chapters");
        for (int i = 0; i < chapters.size(); i++) assertEquals(String.format("chapter-%03d.xhtml", i + 1), chapters.get(i));
        assertTrue(f.xml("EPUB/chapter-001.xhtml").text().contains("引言"), "the introduction comes first");
        for (int i = 1; i <= 20; i++) {
            Element h1 = f.xml("EPUB/" + chapters.get(i)).selectFirst("body > section > h1");
            assertEquals("第 " + i + " 章 山中第 " + i + " 封信", h1.text(), "chapter file " + (i + 1) + " starts with chapter " + i);
        }
    }

    @Test
    void navEntriesAreTheHeadingsInOrderNestedByLevel() {
        EpubFile f = book20();
        List<String> nav = f.navLinks().stream().map(Element::text).toList();
        assertEquals(f.headings(), nav);
        assertEquals(20 * 4, nav.size(), "h1, two h2 and one h3 per chapter");
        Document navDoc = f.xml("EPUB/nav.xhtml");
        Element first = navDoc.selectFirst("nav[epub:type=toc] > ol > li");
        assertEquals("第 1 章 山中第 1 封信", first.selectFirst("> a").text()); // Han–Latin spacing, on by default
        assertEquals(List.of("1.1 晨雾", "1.2 回信"), first.select("> ol > li > a").eachText());
        assertEquals("1.1.1 细节", first.selectFirst("> ol > li > ol > li > a").text());
        assertEquals(20, navDoc.select("nav[epub:type=toc] > ol > li").size());
        assertEquals(List.of("cover", "toc", "bodymatter"), navDoc.select("nav[epub:type=landmarks] a").eachAttr("epub:type"));
        // NCX: the same entries, in the same order, numbered in play order
        Document ncx = f.xml("EPUB/toc.ncx");
        assertEquals(nav, ncx.select("navPoint > navLabel > text").eachText());
        assertEquals(f.opf().selectFirst("metadata > *|identifier").text(), ncx.selectFirst("meta[name=dtb:uid]").attr("content"));
        List<String> order = ncx.select("navPoint").eachAttr("playOrder");
        for (int i = 0; i < order.size(); i++) assertEquals(String.valueOf(i + 1), order.get(i));
    }

    @Test
    void navOfFeaturesMatchesItsHeadings() {
        EpubFile f = EpubFile.read(EpubBuilds.build(TestDocs.FEATURES, dir.resolve("out")));
        assertEquals(f.headings(), f.navLinks().stream().map(Element::text).toList());
        assertEquals(List.of("第一章 正文与行内格式", "第二章 边界情况"),
                f.xml("EPUB/nav.xhtml").select("nav[epub:type=toc] > ol > li > a").eachText());
    }

    /** Every link inside the book (footnotes, back links, cross-references, nav) reaches an element that exists. */
    @Test
    void everyInternalLinkResolves() {
        for (EpubFile f : List.of(book20(), EpubFile.read(EpubBuilds.build(TestDocs.FEATURES, dir.resolve("f"))))) {
            int checked = 0;
            for (String name : f.entries.keySet()) {
                if (!name.endsWith(".xhtml")) continue;
                String from = name.substring(EpubFile.ROOT.length());
                for (Element a : f.xml(name).select("a[href]")) {
                    String href = a.attr("href");
                    if (href.matches("^[a-z]+:.*")) continue;
                    int hash = href.indexOf('#');
                    String file = hash < 0 ? href : href.substring(0, hash);
                    String target = file.isEmpty() ? from : file;
                    assertTrue(f.entries.containsKey(EpubFile.ROOT + target), name + ": link to missing file " + href);
                    if (hash >= 0) {
                        String id = URLDecoder.decode(href.substring(hash + 1), StandardCharsets.UTF_8);
                        assertFalse(f.xml(EpubFile.ROOT + target).select("[id]").stream().noneMatch(e -> e.id().equals(id)),
                                name + ": link " + href + " has no target");
                    }
                    checked++;
                }
            }
            assertTrue(checked > 20, "links checked: " + checked);
        }
    }

    @Test
    void footnotesAreEpubNotesInTheChapterThatCitesThemFirst() {
        EpubFile f = book20();
        Document ch1 = f.xml("EPUB/chapter-002.xhtml");
        Element ref = ch1.selectFirst("a[epub:type=noteref]");
        assertEquals("#fn-1", ref.attr("href"), "the common note lives in chapter 1, where it is cited first");
        assertEquals("footnote", ch1.selectFirst("aside#fn-1").attr("epub:type"));
        Document ch5 = f.xml("EPUB/chapter-006.xhtml");
        assertEquals("chapter-002.xhtml#fn-1", ch5.selectFirst("a[epub:type=noteref]").attr("href"),
                "a later citation of the common note points at chapter 1");
        Element own = ch5.selectFirst("aside[epub:type=footnote]");
        assertTrue(own.text().contains("第 5 章的注释"));
        List<String> backs = ch1.select("aside#fn-1 a.footnote-back").eachAttr("href");
        assertEquals(20, backs.size(), "one link back per citation");
        assertEquals("#fnref-1-1", backs.get(0));
        assertEquals("chapter-021.xhtml#fnref-1-20", backs.get(19));
    }

    @Test
    void chaptersAndNavFollowTheOutlineWhenRawHtmlTookAHeadingsId() {
        Path md = EpubBuilds.write(dir, "taken.md", """
                ---
                title: Taken ids
                ---

                <a id="intro"></a>

                # Intro

                Text, and [back to the start](#intro).[^1]

                > # Quoted, no chapter

                # Second

                [^1]: A note.
                """);
        EpubFile f = EpubFile.read(EpubBuilds.build(md, dir.resolve("out")));
        assertEquals(List.of("chapter-001.xhtml", "chapter-002.xhtml", "chapter-003.xhtml"), f.chapters());
        Element intro = f.xml("EPUB/chapter-002.xhtml").selectFirst("body > section > h1");
        assertEquals("Intro", intro.text());
        assertEquals("heading-1", intro.id(), "the raw anchor kept the id; the heading is named for the navigation");
        Document nav = f.xml("EPUB/nav.xhtml");
        assertEquals(List.of("chapter-002.xhtml#heading-1", "chapter-003.xhtml#second"),
                nav.select("nav[epub:type=toc] a").eachAttr("href"));
        assertTrue(f.text("EPUB/chapter-002.xhtml").contains("id=\"fn-1\""), "the note goes with its reference");
    }

    @Test
    void crossChapterLinksPointAtTheOtherFile() {
        EpubFile f = book20();
        Element link = f.xml("EPUB/chapter-002.xhtml").selectFirst("a:contains(第 2 章)");
        assertEquals("chapter-003.xhtml#第2章-山中第2封信", link.attr("href"));
    }

    @Test
    void packageMetadata() {
        EpubFile f = book20();
        Document opf = f.opf();
        assertEquals("3.0", opf.selectFirst("package").attr("version"));
        assertEquals("zh-Hans", opf.selectFirst("metadata > *|language").text());
        assertEquals(List.of("山中书简：二十封写给远方的信", "一部用来测试电子书输出的长篇样书"), opf.select("metadata > *|title").eachText());
        assertEquals(List.of("顾晚舟", "Lena Fischer"), opf.select("metadata > *|creator").eachText());
        assertEquals("2026-10-01", opf.selectFirst("metadata > *|date").text());
        assertEquals(List.of("书信", "测试"), opf.select("metadata > *|subject").eachText());
        assertEquals(1, opf.select("meta[property=dcterms:modified]").size());
        assertEquals("2026-11-28T08:30:00Z", opf.selectFirst("meta[property=dcterms:modified]").text());
        assertTrue(opf.selectFirst("metadata > *|identifier").text().matches("urn:uuid:[0-9a-f-]{36}"));
        assertFalse(opf.select("meta[property=schema:accessibilitySummary]").isEmpty());
        assertEquals("nav", opf.selectFirst("item[href=nav.xhtml]").attr("properties"));
        assertEquals("cover-image", opf.selectFirst("item[href=images/cover.png]").attr("properties"));
        assertTrue(opf.select("item").stream().noneMatch(i -> i.attr("properties").contains("remote-resources")));
    }

    @Test
    void identifierIsStableAndComesFromTitleAndAuthors() throws IOException {
        Path md = BookFixtures.book(dir, 2);
        String first = EpubFile.read(EpubBuilds.build(md, dir.resolve("a"))).opf().selectFirst("metadata > *|identifier").text();
        Path later = build(md, dir.resolve("b"), Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));
        assertEquals(first, EpubFile.read(later).opf().selectFirst("metadata > *|identifier").text(), "a later build, same book");
        Files.writeString(md, Files.readString(md).replace("author: [顾晚舟, Lena Fischer]", "author: 顾晚舟"));
        assertNotEquals(first, EpubFile.read(EpubBuilds.build(md, dir.resolve("c"))).opf()
                .selectFirst("metadata > *|identifier").text(), "other authors, other book");
        Files.writeString(md, Files.readString(md).replace("author: 顾晚舟", "author: 顾晚舟\nidentifier: urn:isbn:9787000000000"));
        assertEquals("urn:isbn:9787000000000", EpubFile.read(EpubBuilds.build(md, dir.resolve("d"))).opf()
                .selectFirst("metadata > *|identifier").text());
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path md = BookFixtures.book(dir, 3);
        byte[] a = Files.readAllBytes(EpubBuilds.build(md, dir.resolve("a")));
        byte[] b = Files.readAllBytes(EpubBuilds.build(md, dir.resolve("b")));
        assertArrayEquals(a, b);
        byte[] f1 = Files.readAllBytes(EpubBuilds.build(TestDocs.FEATURES, dir.resolve("f1")));
        byte[] f2 = Files.readAllBytes(EpubBuilds.build(TestDocs.FEATURES, dir.resolve("f2")));
        assertArrayEquals(f1, f2);
    }

    @Test
    void theBuildTimeIsTheOnlyDifferenceBetweenTwoDays() throws IOException {
        Path md = BookFixtures.book(dir, 2);
        EpubFile a = EpubFile.read(EpubBuilds.build(md, dir.resolve("a")));
        EpubFile b = EpubFile.read(build(md, dir.resolve("b"), Clock.fixed(Instant.parse("2031-05-05T05:05:05Z"), ZoneOffset.UTC)));
        assertEquals(a.entries.keySet(), b.entries.keySet());
        for (String name : a.entries.keySet()) {
            if (name.endsWith(".opf")) continue;
            assertArrayEquals(a.entries.get(name), b.entries.get(name), name);
        }
        assertEquals("2031-05-05T05:05:05Z", b.opf().selectFirst("meta[property=dcterms:modified]").text());
    }

    /** The EPUBCheck harness itself reports a broken package (so a clean result means something). */
    @Test
    void epubCheckSeesABrokenPackage() throws IOException {
        EpubFile good = EpubFile.read(EpubBuilds.build(BookFixtures.book(dir, 1), dir.resolve("out")));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            for (var e : good.entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                byte[] content = e.getKey().endsWith("chapter-002.xhtml")
                        ? new String(e.getValue(), StandardCharsets.UTF_8).replace("</section>", "<img src=\"https://example.invalid/x.png\" alt=\"\"/></section>")
                        .getBytes(StandardCharsets.UTF_8) : e.getValue();
                zip.write(content);
                zip.closeEntry();
            }
        }
        Path broken = dir.resolve("broken.epub");
        Files.write(broken, buffer.toByteArray());
        EpubCheckResult r = EpubCheckResult.check(broken);
        assertFalse(r.clean(), "a deflated mimetype and a remote image must be reported");
        assertTrue(r.getErrorCount() >= 1, r.summary());
    }

    private static Path build(Path md, Path out, Clock clock) {
        Inkstone p = Inkstone.builder().formats(List.of("epub")).output(out).home(Path.of("")).clock(clock).assets(org.inkstone.asset.AssetPolicy.defaults().withOffline(true)).build();
        Inkstone.Result r = p.publish(md);
        assertTrue(r.succeeded(), String.valueOf(r.failure()));
        return r.written().get(0);
    }
}
