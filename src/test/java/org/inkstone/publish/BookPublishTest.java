package org.inkstone.publish;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.asset.AssetResolver;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Block;
import org.inkstone.model.BookLayout;
import org.inkstone.model.BookPart;
import org.inkstone.model.Document;
import org.inkstone.model.DocumentWalker;
import org.inkstone.model.Footnote;
import org.inkstone.model.FootnoteRef;
import org.inkstone.model.Heading;
import org.inkstone.model.Image;
import org.inkstone.model.Inline;
import org.inkstone.model.Link;
import org.inkstone.model.PlainText;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.transform.BookAssembly;
import org.inkstone.transform.Transforms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A folder of chapters with a SUMMARY.md and a book.yaml, built as a book: the model, the files, and bad input. */
class BookPublishTest {
    static final Path TEA = Path.of("src/test/resources/books/tea");

    private static Inkstone inkstone(Path out, String... formats) {
        return Inkstone.builder().formats(formats).output(out).home(Path.of(""))
                .assets(AssetPolicy.defaults().withOffline(true))
                .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).build();
    }

    /** The tea book as the outputs get it. */
    static BookAssembly.Assembled assembled(Path book) {
        Diagnostics diagnostics = new Diagnostics(book.toString());
        MarkdownReader reader = new MarkdownReader();
        AssetResolver assets = new AssetResolver(book.toAbsolutePath(), diagnostics, AssetPolicy.defaults().withOffline(true));
        BookReader.Read read = new BookReader(reader, Transforms.standard(false), s -> {}).read(book, book.toString(), assets, diagnostics);
        return BookAssembly.assemble(read.book(), c -> read.sources().getOrDefault(c, ""), diagnostics);
    }

    private static List<String> headings(Document doc) {
        List<String> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Heading h) out.add(h.level() + " " + h.id() + " " + PlainText.of(h.content()));
        }
        return out;
    }

    private static List<String> hrefs(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        new DocumentWalker() {
            @Override protected void visitBlock(Block b) {
                if (b instanceof org.inkstone.model.Figure f) out.add("img " + f.image().src());
            }

            @Override protected void visitInline(Inline i) {
                if (i instanceof Link l) out.add(l.href() + " " + PlainText.of(l.content()));
                if (i instanceof Image m) out.add("img " + m.src());
            }
        }.walk(blocks);
        return out;
    }

    @Test
    void chaptersOpenWithTheirHeadingsAndIdsAreUniqueAcrossTheBook() {
        Document doc = assembled(TEA).document();
        assertEquals(List.of(
                "1 序 序",                       // no heading in preface.md: one made of the summary's title
                "1 绿茶 绿茶", "2 概述 概述", "2 杀青 杀青",
                "2 龙井的采摘 龙井的采摘", "3 明前与雨前 明前与雨前", // a nested section: one level down
                "1 红茶 红茶", "2 概述-1 概述", "2 发酵 发酵",    // 概述 is green.md's; black.md's becomes 概述-1
                "1 水与器 水与器", "2 水温 水温", "2 器具 器具",
                "1 附录茶的年表 附录：茶的年表",
                "1 后记 后记"), headings(doc));
        assertEquals("茶事小记", doc.metadata().title());
    }

    @Test
    void linksBetweenChaptersPointAtTheirHeadings() {
        BookAssembly.Assembled book = assembled(TEA);
        List<String> links = hrefs(book.document().blocks());
        assertEquals(List.of(
                "#绿茶 绿茶", "#水温 泡茶用的水",                  // preface.md: part1/green.md, part2/water.md#水温
                "#水温 水温一节", "img part1/images/leaf.png",      // green.md: ../part2/water.md#水温; its image from its own folder
                "#发酵 红茶的发酵",                                 // [[black#发酵|红茶的发酵]]
                "#杀青 杀青",                                        // longjing.md: green.md#杀青
                "#绿茶 绿茶",                                        // black.md: [[green|绿茶]]
                "img part2/img/cup.png", "#序 序", "#附录茶的年表 附录：茶的年表"), links); // water.md: ../preface.md, [[appendix]]; appendix.md's link to a file not in the book is text
        assertFalse(links.stream().anyMatch(l -> l.contains(".md")), "no link to a .md file is left: " + links);
    }

    @Test
    void footnotesAreNumberedThroughTheBook() {
        Document doc = assembled(TEA).document();
        assertEquals(List.of(1, 2), doc.footnotes().stream().map(Footnote::number).toList());
        List<Integer> refs = new ArrayList<>();
        new DocumentWalker() {
            @Override protected void visitInline(Inline i) {
                if (i instanceof FootnoteRef r) refs.add(r.number());
            }
        }.walk(doc.blocks());
        assertEquals(List.of(1, 2), refs);
    }

    @Test
    void theLayoutSaysWhereEachChapterAndPartStands() {
        BookLayout layout = assembled(TEA).layout();
        List<String> placed = layout.chapters().stream().map(p -> p.part().matter() + "|" + p.part().title() + "|" + p.title()
                + "|" + p.depth() + "|" + p.anchor()).toList();
        assertEquals(List.of(
                "FRONT||序|0|序",
                "BODY|第一部分　识茶|绿茶|0|绿茶", "BODY|第一部分　识茶|龙井的采摘|1|龙井的采摘", "BODY|第一部分　识茶|红茶|0|红茶",
                "BODY|第二部分　泡茶|水与器|0|水与器",
                "BACK||附录：茶的年表|0|附录茶的年表", "BACK||后记|0|后记"), placed);
        Document doc = assembled(TEA).document();
        for (BookLayout.Placed p : layout.chapters()) {
            Heading opening = (Heading) doc.blocks().get(p.firstBlock());
            assertEquals(p.anchor(), opening.id());
            assertEquals(1 + p.depth(), opening.level());
        }
        assertEquals(doc.blocks().size(), layout.chapters().get(layout.chapters().size() - 1).endBlock());
        assertEquals(List.of(BookPart.Matter.FRONT, BookPart.Matter.BODY, BookPart.Matter.BODY, BookPart.Matter.BACK),
                layout.book().parts().stream().map(BookPart::matter).toList());
    }

    @Test
    void everyOutputIsWrittenAndWarningsNameTheChapterFileAndLine(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        Inkstone.Result r = inkstone(out, "html", "epub", "pdf", "wechat").publish(TEA);
        assertTrue(r.succeeded(), r.failure());
        assertTrue(Files.isRegularFile(out.resolve("tea.epub")));
        assertTrue(Files.isRegularFile(out.resolve("tea.pdf")));
        for (String chapter : List.of("preface", "part1-green", "part1-longjing", "part1-black", "part2-water", "appendix", "afterword")) {
            assertTrue(Files.isRegularFile(out.resolve("tea/wechat/" + chapter + ".wechat.html")), chapter);
        }
        List<String> messages = r.diagnostics().stream().map(Diagnostic::format).toList();
        String folder = TEA.toString();
        assertTrue(messages.contains(folder + "/SUMMARY.md:16: warning: draft chapter '待写的一章' has no file; it is listed in the"
                + " contents without a page. Give it a file: - [待写的一章](path.md)"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(folder + "/appendix.md:8: warning: link to 'notes/missing.md' points at a"
                + " file that is not in the book")), messages.toString());
        // the WeChat articles are published one by one: links to other chapters lose their link without a warning
        assertFalse(messages.stream().anyMatch(m -> m.contains("points at no heading")), messages.toString());
    }

    @Test
    void aWeChatArticleKeepsItsOwnFootnotesAndNoLinkToAnotherChapter(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        assertTrue(inkstone(out, "wechat").publish(TEA).succeeded());
        String green = Files.readString(out.resolve("tea/wechat/part1-green.wechat.html"));
        assertTrue(green.contains("新茶一般在清明前后上市"), "its own footnote");
        assertFalse(green.contains("雨前指谷雨之前"), "another chapter's footnote");
        assertFalse(green.contains("href=\"#"), "no in-page link survives in a WeChat article");
        assertTrue(green.contains("红茶的发酵"), "the text of the link to another chapter stays");
    }

    private static Path copyOfTea(Path tmp) throws IOException {
        Path book = tmp.resolve("tea");
        try (Stream<Path> files = Files.walk(TEA)) {
            for (Path p : files.toList()) {
                Path target = book.resolve(TEA.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return book;
    }

    private static void replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    private static Inkstone.Result failedBuild(Path book, Path out) throws IOException {
        Inkstone.Result r = inkstone(out, "html", "epub").publish(book);
        assertFalse(r.succeeded());
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "nothing is written when the book fails");
        return r;
    }

    @Test
    void aMissingChapterFileStopsTheBuildAtItsSummaryLine(@TempDir Path tmp) throws IOException {
        Path book = copyOfTea(tmp);
        Files.delete(book.resolve("part1/black.md"));
        Inkstone.Result r = failedBuild(book, tmp.resolve("out"));
        assertTrue(r.failure().startsWith(book + "/SUMMARY.md:11: error: chapter file 'part1/black.md' does not exist"), r.failure());
    }

    @Test
    void aChapterOutsideTheBookFolderIsRefused(@TempDir Path tmp) throws IOException {
        Path book = copyOfTea(tmp);
        Files.writeString(tmp.resolve("secret.md"), "# 秘密\n");
        replaceIn(book.resolve("SUMMARY.md"), "(part1/black.md)", "(../secret.md)");
        Inkstone.Result r = failedBuild(book, tmp.resolve("out"));
        assertTrue(r.failure().startsWith(book + "/SUMMARY.md:11: error: chapter '../secret.md' leads out of the book's folder"), r.failure());
    }

    @Test
    void aChapterListedTwiceIsLeftOutTheSecondTime(@TempDir Path tmp) throws IOException {
        Path book = copyOfTea(tmp);
        replaceIn(book.resolve("SUMMARY.md"), "- [水与器](part2/water.md)", "- [水与器](part2/water.md)\n- [再来一次](part2/water.md)");
        Inkstone.Result r = inkstone(tmp.resolve("out"), "html").publish(book);
        assertTrue(r.succeeded(), r.failure());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.format().equals(book + "/SUMMARY.md:16: warning: chapter"
                + " 'part2/water.md' is listed twice (first at line 15); it is left out here")), r.diagnostics().toString());
    }

    @Test
    void anEmptySummarySaysWhatItShouldHold(@TempDir Path tmp) throws IOException {
        Path book = copyOfTea(tmp);
        Files.delete(book.resolve("book.yaml"));
        Files.writeString(book.resolve("SUMMARY.md"), "# 目录\n\n");
        Inkstone.Result r = failedBuild(book, tmp.resolve("out"));
        assertTrue(r.failure().startsWith(book + "/SUMMARY.md:1: error:"), r.failure());
        assertTrue(r.failure().contains("- [第一章](ch1.md)"), r.failure());
    }

    @Test
    void invalidBookYamlStopsTheBuildAtItsLine(@TempDir Path tmp) throws IOException {
        Path book = copyOfTea(tmp);
        Files.writeString(book.resolve("book.yaml"), "title: 茶\nauthor: [林一叶\npdf:\n  page-size: A5\n");
        Inkstone.Result r = failedBuild(book, tmp.resolve("out"));
        assertTrue(r.failure().matches("\\Q" + book + "/book.yaml:\\E[2-4]: error: .*"), r.failure());
    }

    @Test
    void aFolderWithoutAListingIsRefusedWithASummaryToWrite(@TempDir Path tmp) throws IOException {
        Path folder = tmp.resolve("notes");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("b.md"), "# 乙\n");
        Files.writeString(folder.resolve("a.md"), "# 甲\n");
        Inkstone.Result r = failedBuild(folder, tmp.resolve("out"));
        assertTrue(r.failure().startsWith(folder + ": error: is a folder without a book.yaml or SUMMARY.md"), r.failure());
        assertTrue(r.failure().contains("- [a](a.md)\n- [b](b.md)"), r.failure());
    }

    @Test
    void aChapterThatIsNotTextIsANoteAndTheRestOfTheBookIsBuilt(@TempDir Path tmp) throws IOException {
        Path book = copyOfTea(tmp);
        Files.write(book.resolve("part1/black.md"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        Path out = tmp.resolve("out");
        Inkstone.Result r = inkstone(out, "html").publish(book);
        assertTrue(r.succeeded(), r.failure());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.file().equals(book + "/part1/black.md")
                && d.message().contains("the book shows a note in its place")), r.diagnostics().toString());
    }

    @Test
    void bookYamlOptionsApplyAndTheCommandLineWins(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        assertTrue(inkstone(out, "pdf").publish(TEA).succeeded());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("tea.pdf").toFile())) {
            assertEquals(420, Math.round(pdf.getPage(0).getMediaBox().getWidth()), "A5 from book.yaml");
        }
        Path out2 = tmp.resolve("out2");
        Inkstone b5 = Inkstone.builder().formats("pdf").output(out2).home(Path.of(""))
                .options(org.inkstone.options.RequestedOptions.builder().pdf(new org.inkstone.options.PdfOptions(
                        org.inkstone.options.PageSize.B5, org.inkstone.options.AutoSwitch.AUTO, false, false)).build()).build();
        assertTrue(b5.publish(TEA).succeeded());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out2.resolve("tea.pdf").toFile())) {
            assertEquals(499, Math.round(pdf.getPage(0).getMediaBox().getWidth()), "B5 from the command line");
        }
    }

    @Test
    void theBookYamlPathAndTheSummaryPathBuildTheSameBook(@TempDir Path tmp) {
        for (String file : List.of("book.yaml", "SUMMARY.md")) {
            Path out = tmp.resolve(file);
            Inkstone.Result r = inkstone(out, "html").publish(TEA.resolve(file));
            assertTrue(r.succeeded(), r.failure());
            assertTrue(r.written().stream().anyMatch(p -> p.toString().contains("tea")), r.written().toString());
        }
    }

    @Test
    void anImageOutsideTheBookFolderIsRefusedAtItsChaptersLine(@TempDir Path tmp) throws IOException {
        Path book = copyOfTea(tmp);
        Files.copy(book.resolve("part1/images/leaf.png"), tmp.resolve("outside.png"));
        replaceIn(book.resolve("part1/black.md"), "## 发酵\n", "## 发酵\n\n![外面的图](../../outside.png)\n");
        Path out = tmp.resolve("out");
        Inkstone.Result r = inkstone(out, "epub", "html").publish(book);
        assertTrue(r.succeeded(), r.failure());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.file().equals(book + "/part1/black.md") && d.line() == 9
                && d.message().contains("outside")), r.diagnostics().toString());
        assertFalse(Files.exists(out.resolve("tea/outside.png")), "not copied into the web book");
        try (var epub = new java.util.zip.ZipFile(out.resolve("tea.epub").toFile())) {
            assertTrue(epub.stream().noneMatch(e -> e.getName().endsWith("outside.png")), "not in the EPUB");
        }
    }

    @Test
    void aBookMadeInCodeIsPublished(@TempDir Path tmp) throws IOException {
        MarkdownReader reader = new MarkdownReader();
        Diagnostics d = new Diagnostics("made");
        org.inkstone.model.Chapter one = new org.inkstone.model.Chapter("甲", "a.md", 0,
                reader.readNote("# 甲\n\n见[乙](b.md#细节)。\n", "a", d).document(), List.of());
        org.inkstone.model.Chapter two = new org.inkstone.model.Chapter("乙", "b.md", 0,
                reader.readNote("# 乙\n\n## 细节\n\n正文。\n", "b", d).document(), List.of());
        org.inkstone.model.Book book = new org.inkstone.model.Book(org.inkstone.model.Metadata.empty().withTitle("代码里的书"),
                List.of(new BookPart("", BookPart.Matter.BODY, List.of(one, two))));
        Path folder = Files.createDirectories(tmp.resolve("made"));
        Path out = tmp.resolve("out");
        Inkstone.Result r = inkstone(out, "epub").publish(book, folder);
        assertTrue(r.succeeded(), r.failure());
        assertEquals(List.of(out.resolve("made.epub")), r.written());
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
    }

    @Test
    void aChapterFileKeepsItsLinesInMessages() {
        Diagnostics d = new Diagnostics("book");
        d.regions(List.of(new Diagnostics.Region(1, "book/a.md"), new Diagnostics.Region(11, "book/b.md")));
        d.warn(12, "x");
        d.warn(3, "y");
        d.warn(0, "z");
        assertEquals(List.of("book: warning: z", "book/a.md:3: warning: y", "book/b.md:2: warning: x"),
                d.all().stream().map(Diagnostic::format).toList());
    }
}
