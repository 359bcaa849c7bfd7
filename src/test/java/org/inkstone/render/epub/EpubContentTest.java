package org.inkstone.render.epub;

import org.inkstone.options.EpubOptions;
import org.inkstone.theme.Colour;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.publish.Inkstone;
import org.inkstone.options.RequestedOptions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a reader sees: chapters, cover, fonts, images, placeholders, notes and the HTML that raw HTML became. */
class EpubContentTest {
    @TempDir Path dir;

    private EpubFile features() {
        return EpubFile.read(EpubBuilds.build(TestDocs.FEATURES, dir.resolve("out")));
    }

    private static String allText(EpubFile f) {
        StringBuilder sb = new StringBuilder();
        for (String name : f.entries.keySet()) if (name.endsWith(".xhtml")) sb.append(f.xml(name).text());
        return sb.toString();
    }

    @Test
    void embeddedFontsCoverEveryCharacterTheBookShows() throws IOException {
        EpubFile f = features();
        Document opf = f.opf();
        List<Element> fonts = opf.select("item[media-type=font/ttf]");
        assertEquals(List.of("fonts/lxgw-wenkai-400.ttf", "fonts/lxgw-wenkai-700.ttf", "fonts/lxgw-wenkai-mono-400.ttf",
                "fonts/inkstone-cjk-quotes-400.ttf", "fonts/inkstone-cjk-quotes-700.ttf"), fonts.stream().map(e -> e.attr("href")).toList(),
                "regular, bold, mono and the full-width quotes derived from regular and bold: the book has emoji, but the emoji"
                        + " face is for print only");
        assertTrue(f.entries.containsKey("META-INF/com.apple.ibooks.display-options.xml"));
        assertTrue(f.text("META-INF/com.apple.ibooks.display-options.xml").contains("<option name=\"specified-fonts\">true</option>"));
        String css = f.text("EPUB/styles/book.css");
        assertTrue(css.contains("@font-face") && css.contains("url(\"../fonts/lxgw-wenkai-400.ttf\")"), css.substring(0, 400));
        TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(Path.of("fonts/LXGWWenKai-Regular.ttf"))));
        TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(f.entries.get("EPUB/fonts/lxgw-wenkai-400.ttf")));
        var before = original.getUnicodeCmapLookup();
        var after = subset.getUnicodeCmapLookup();
        Set<Integer> shown = allText(f).codePoints().filter(cp -> cp < 0x10000 && !Character.isWhitespace(cp)).boxed()
                .collect(Collectors.toSet());
        for (int cp : shown) {
            if (before.getGlyphId(cp) != 0) assertNotEquals(0, after.getGlyphId(cp), "glyph for " + new String(Character.toChars(cp)));
        }
        assertTrue(subset.getNumberOfGlyphs() < original.getNumberOfGlyphs() / 10, "subset: " + subset.getNumberOfGlyphs());
        long total = fonts.stream().mapToLong(i -> f.entries.get("EPUB/" + i.attr("href")).length).sum();
        assertTrue(total < 1_500_000, "font bytes " + total);
    }

    @Test
    void aBookWithoutCodeEmbedsNoCodeFace() throws IOException {
        Path md = dir.resolve("prose.md");
        Files.writeString(md, "# 散文\n\n只有正文，**没有**代码，也有公式 $a^2$。\n");
        EpubFile f = EpubFile.read(EpubBuilds.build(md, dir.resolve("prose-out")));
        assertEquals(List.of("fonts/lxgw-wenkai-400.ttf", "fonts/lxgw-wenkai-700.ttf"),
                f.opf().select("item[media-type=font/ttf]").eachAttr("href"), "regular and bold only");
        Files.writeString(md, "# 散文\n\n一句话里有 `代码`。\n");
        f = EpubFile.read(EpubBuilds.build(md, dir.resolve("code-out")));
        assertEquals(3, f.opf().select("item[media-type=font/ttf]").size(), "inline code brings the code face");
    }

    @Test
    void noEmbedFontsLeavesFontsToTheReader() {
        EpubFile f = EpubFile.read(EpubBuilds.build(TestDocs.FEATURES, dir.resolve("out"), RequestedOptions.builder().epub(new EpubOptions(1, false)).build()));
        assertTrue(f.opf().select("item[media-type=font/ttf]").isEmpty());
        assertFalse(f.entries.containsKey("META-INF/com.apple.ibooks.display-options.xml"));
        assertFalse(f.text("EPUB/styles/book.css").matches("(?s).*@font-face\\s*\\{.*"));
    }

    @Test
    void imagesAreEmbeddedOnceAndWebpStaysWebp() {
        EpubFile f = features();
        Document opf = f.opf();
        assertEquals("cover-image", opf.selectFirst("item[href=images/image-001.png]").attr("properties"),
                "the front matter's cover is the cover image");
        assertEquals(1, opf.select("item[media-type=image/webp]").size());
        assertEquals(1, opf.select("item[media-type=image/jpeg]").size(), "the photo used twice is stored once");
        for (String name : f.entries.keySet()) {
            if (!name.endsWith(".xhtml")) continue;
            for (Element img : f.xml(name).select("img")) {
                assertTrue(f.entries.containsKey("EPUB/" + img.attr("src")), name + ": " + img.attr("src"));
            }
        }
    }

    @Test
    void missingImagesBecomePlaceholdersWithWarningsAndNothingRemote() {
        Path md = EpubBuilds.write(dir, "missing.md", BookFixtures.MISSING_IMAGES);
        Inkstone.Result r = EpubBuilds.result(md, dir.resolve("out"), RequestedOptions.defaults());
        EpubFile f = EpubFile.read(r.written().get(0));
        String chapter = f.text("EPUB/chapter-001.xhtml");
        Document doc = f.xml("EPUB/chapter-001.xhtml");
        assertEquals(6, doc.select(".image-missing").size(), chapter);
        assertTrue(doc.select(".image-missing").eachText().contains("图片无法显示：原始 HTML 里的远程图片"));
        assertTrue(doc.select("img").isEmpty());
        for (String name : f.entries.keySet()) {
            String text = f.text(name.endsWith(".png") || name.endsWith(".ttf") ? "mimetype" : name);
            assertFalse(text.matches("(?s).*(src|xlink:href)=\"(https?:)?//.*"), name + " refers to a remote resource");
        }
        List<String> messages = r.diagnostics().stream().map(Diagnostic::format).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("images/nothing.png") && m.contains(":7:")), String.join("\n", messages));
        assertTrue(messages.stream().anyMatch(m -> m.contains("no-cover.png")), "the missing cover is reported");
        assertEquals("images/cover.png", f.opf().selectFirst("item[properties=cover-image]").attr("href"), "a drawn cover stands in");
    }

    @Test
    void rawHtmlImagesAreEmbeddedOrReplacedLikeMarkdownImages() throws IOException {
        Inkstone.Result r = EpubBuilds.result(TestDocs.rawHtmlImages(dir), dir.resolve("out"), RequestedOptions.defaults());
        EpubFile f = EpubFile.read(r.written().get(0));
        Document ch = f.xml("EPUB/chapter-001.xhtml");
        String messages = r.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));

        Element centred = ch.selectFirst("img[alt=居中的原始图]");
        String href = centred.attr("src");
        assertEquals("image/png", f.opf().selectFirst("manifest > item[href=" + href + "]").attr("media-type"), href);
        assertArrayEquals(Files.readAllBytes(dir.resolve("images/figure.png")), f.entries.get("EPUB/" + href),
                "the file itself, in the book");
        assertEquals("120", centred.attr("width"), "a pixel width stays on the image");

        assertEquals(List.of("图片无法显示：不存在的原始图", "图片无法显示：越界的原始图", "图片无法显示：远程的原始图",
                "图片无法显示：缺失的 Markdown 图"), ch.select(".image-missing").eachText());
        assertEquals(List.of(7), lines(r, "'images/missing.png' not found"), messages);
        assertEquals(List.of(9), lines(r, "'../../../etc/passwd' lies outside the document's folder"), messages);
        assertEquals(List.of(11), lines(r, "https://example.invalid/raw.png"), messages);
        assertEquals(List.of(13), lines(r, "'images/gone.png' not found"), messages);
        assertEquals(4, r.diagnostics().size(), "nothing else, nothing twice: " + messages);

        Element mixed = ch.select("p").stream().filter(p -> p.text().contains("粗体")).findFirst().orElseThrow();
        assertEquals(1, mixed.select("img").size(), mixed.outerHtml());
        assertEquals("image/jpeg", f.opf().selectFirst("manifest > item[href=" + mixed.selectFirst("img").attr("src") + "]")
                .attr("media-type"));
        assertEquals(3, f.opf().select("manifest > item[media-type^=image/]").size(), "the two images and the drawn cover, each once");
    }

    private static List<Integer> lines(Inkstone.Result r, String text) {
        return r.diagnostics().stream().filter(d -> d.message().contains(text)).map(Diagnostic::line).toList();
    }

    @Test
    void drawnCoverIsAPortraitPngOfFixedSizeAndBytes() throws IOException {
        Path md = EpubBuilds.write(dir, "c.md", BookFixtures.FRONT_MATTER_ONLY);
        byte[] a = EpubFile.read(EpubBuilds.build(md, dir.resolve("a"))).entries.get("EPUB/images/cover.png");
        byte[] b = EpubFile.read(EpubBuilds.build(md, dir.resolve("b"))).entries.get("EPUB/images/cover.png");
        assertArrayEquals(a, b, "the same book draws the same cover");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(a));
        assertEquals(CoverImage.WIDTH, img.getWidth());
        assertEquals(CoverImage.HEIGHT, img.getHeight());
        assertEquals(0xb5452a, img.getRGB(800, 10) & 0xffffff, "the accent band");
        long ink = 0;
        for (int y = 600; y < 1400; y += 2) for (int x = 200; x < 1400; x += 2) if ((img.getRGB(x, y) & 0xff) < 0x60) ink++;
        assertTrue(ink > 2000, "the title is drawn: " + ink);
        byte[] red = EpubFile.read(EpubBuilds.build(md, dir.resolve("c"), RequestedOptions.builder().accent(new Colour("#2a6fb5")).build()))
                .entries.get("EPUB/images/cover.png");
        assertEquals(0x2a6fb5, ImageIO.read(new ByteArrayInputStream(red)).getRGB(800, 10) & 0xffffff, "--accent colours the cover");
    }

    @Test
    void accentOptionRecoloursTheStyleSheet() {
        EpubFile f = EpubFile.read(EpubBuilds.build(TestDocs.FEATURES, dir.resolve("out"),
                RequestedOptions.builder().accent(new Colour("#2a6fb5")).build()));
        String css = f.text("EPUB/styles/book.css");
        assertTrue(css.contains("#2a6fb5"));
        assertFalse(css.toLowerCase().contains("#b5452a"));
    }

    @Test
    void calloutsTablesCodeFiguresAndTasksKeepTheirClasses() {
        Document ch = features().xml("EPUB/chapter-001.xhtml");
        assertTrue(ch.select("aside.callout.callout-tip > p.callout-title").size() >= 2);
        assertEquals(3, ch.select("div.table-wrap > table").size(), "1.5 and the two tables of 1.9");
        assertTrue(ch.select("pre.code-block > code").size() >= 4);
        assertTrue(ch.select("figure.figure > img").size() >= 3);
        assertEquals(List.of("☐", "☑", "☐"), ch.select("li.task-item > span.task-box").eachText());
        assertTrue(ch.select("input").isEmpty(), "no form controls");
        assertTrue(ch.select("aside[epub:type=footnote] a.footnote-back").size() >= 3);
    }

    @Test
    void rawHtmlBecomesValidXhtml() {
        Path md = EpubBuilds.write(dir, "hostile.md", BookFixtures.HOSTILE_HTML);
        Inkstone.Result r = EpubBuilds.result(md, dir.resolve("out"), RequestedOptions.defaults());
        EpubFile f = EpubFile.read(r.written().get(0));
        String xhtml = f.text("EPUB/chapter-001.xhtml");
        Document ch = f.xml("EPUB/chapter-001.xhtml");
        assertTrue(ch.select("center, font, strike, tt, [align], [valign], a[name]").isEmpty(), xhtml);
        assertEquals("text-align: center", ch.selectFirst("div.raw-html > div:contains(居中)").attr("style"));
        assertTrue(ch.select("p div, p p").isEmpty(), "no block inside a paragraph");
        assertEquals("#anchor", ch.selectFirst("a:contains(跳到锚点)").attr("href"));
        assertTrue(ch.select("a:contains(跳到不存在), a:contains(本地文件)").isEmpty(), "dead links lose the link, keep the text");
        assertTrue(ch.text().contains("跳到不存在") && ch.text().contains("本地文件"));
        assertEquals("https://example.com", ch.selectFirst("a:contains(网页)").attr("href"));
        assertFalse(xhtml.contains("url("));
        assertFalse(xhtml.contains("\u0001") || xhtml.contains("\u000b"));
        List<String> messages = r.diagnostics().stream().map(Diagnostic::format).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("hostile.md:11: warning: link #nowhere")), String.join("\n", messages));
        assertTrue(messages.stream().anyMatch(m -> m.contains("hostile.md:11: warning: link to 'other.md'")), String.join("\n", messages));
    }

    @Test
    void splitLevelTwoStartsAFileAtEverySecondLevelHeading() {
        EpubFile f = EpubFile.read(EpubBuilds.build(BookFixtures.book(dir, 3), dir.resolve("out"), RequestedOptions.builder().epub(new EpubOptions(2, true)).build()));
        assertEquals(1 + 3 * 3, f.chapters().size(), "introduction, then h1, h2, h2 per chapter");
        assertEquals("1.2 回信", f.xml("EPUB/chapter-004.xhtml").selectFirst("body > section > h2").text());
    }

    @Test
    void aSingleArticleIsOneChapterAfterTheTitlePage() {
        EpubFile f = EpubFile.read(EpubBuilds.build(Path.of("examples/article.md"), dir.resolve("out")));
        assertEquals(List.of("cover.xhtml", "titlepage.xhtml", "nav.xhtml", "chapter-001.xhtml"), f.spine());
        assertEquals("no", f.opf().selectFirst("itemref[idref=nav]").attr("linear"), "one chapter: the table of contents stays out of the reading order");
        Document title = f.xml("EPUB/titlepage.xhtml");
        assertFalse(title.selectFirst("h1.title").text().isBlank());
        assertTrue(f.navLinks().size() >= 6);
        assertFalse(allText(f).contains("评注建议"), "editor notes never reach readers");
    }

    @Test
    void emptyAndFrontMatterOnlyBooksHaveATitlePageAndANav() {
        for (String md : List.of("", BookFixtures.FRONT_MATTER_ONLY)) {
            EpubFile f = EpubFile.read(EpubBuilds.build(EpubBuilds.write(dir, "x.md", md), dir.resolve("out")));
            assertEquals(List.of("cover.xhtml", "titlepage.xhtml", "nav.xhtml"), f.spine());
            assertEquals(1, f.navLinks().size());
            assertEquals("titlepage.xhtml", f.navLinks().get(0).attr("href"));
        }
    }

    @Test
    void languageAndDateAreNormalisedForStores() {
        Path md = EpubBuilds.write(dir, "lang.md", "---\ntitle: 繁體\nlang: zh-TW\ndate: 2026年3月8日\n---\n正文\n");
        Document opf = EpubFile.read(EpubBuilds.build(md, dir.resolve("out"))).opf();
        assertEquals("zh-Hant", opf.selectFirst("metadata > *|language").text());
        assertEquals("2026-03-08", opf.selectFirst("metadata > *|date").text());
    }

    @Test
    void unusableLanguageAndDateAreWarnedAtTheirFrontMatterLines() {
        Path md = EpubBuilds.write(dir, "bad.md", "---\ntitle: 书\ndate: 上个月\nlanguage: 中文!\n---\nlang: 正文里的这一行不是键\n");
        Inkstone.Result r = EpubBuilds.result(md, dir.resolve("out"), RequestedOptions.defaults());
        List<String> messages = r.diagnostics().stream().map(Diagnostic::format).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(md + ":3: warning: front matter date '上个月'")), String.join("\n", messages));
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(md + ":4: warning: front matter lang '中文!'")), String.join("\n", messages));
        Document opf = EpubFile.read(r.written().get(0)).opf();
        assertEquals("zh-Hans", opf.selectFirst("metadata > *|language").text());
        assertNull(opf.selectFirst("metadata > *|date"));
    }
}
