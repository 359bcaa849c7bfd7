package org.inkstone.render.pdf;

import org.inkstone.options.PageSize;
import org.inkstone.options.AutoSwitch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages under stress (src/test/resources/pdf/print.md): a table longer than a page, code lines
 * with nothing to break at, a footnote cited in a table cell, chapters; and the --toc and
 * --page-size choices.
 */
class PdfLayoutTest {
    static final Path PRINT = Path.of("src/test/resources/pdf/print.md").toAbsolutePath();
    @TempDir static Path dir;
    static PdfBuilds.Built b5;

    @BeforeAll
    static void build() {
        b5 = PdfBuilds.build(PRINT, dir.resolve("b5"), PdfBuilds.options("B5", AutoSwitch.AUTO, false, false));
        assertNotNull(b5.pdf(), b5.failure());
    }

    @Test
    void aLongTableRepeatsItsHeaderRowOnEveryPage() {
        try (PdfReading pdf = new PdfReading(b5.pdf(), PageSetup.of(PageSize.B5))) {
            List<String> pages = pdf.bodyTexts().stream().map(PdfReading::squash).toList();
            int first = -1;
            int last = -1;
            for (int i = 0; i < pages.size(); i++) {
                // a narrow cell may now wrap at the Han–Latin space (第 60 / 行), so only the row's number is looked for
                if (first < 0 && pages.get(i).matches("(?s).*第1(?!\\d).*")) first = i;
                if (pages.get(i).contains("第60")) last = i;
            }
            assertTrue(first >= 0 && last > first, "the table spans pages " + first + ".." + last);
            for (int i = first; i <= last; i++) {
                String page = pages.get(i);
                int header = page.indexOf("行数据说明");
                assertTrue(header >= 0, "header row on page " + (i + 1) + ": " + page);
                java.util.regex.Matcher row = java.util.regex.Pattern.compile("第\\d+").matcher(page); // a row's label (第 14 / 行: the cell wraps at the Han–Latin space)
                assertTrue(row.find() && header < row.start(), "the header comes before the rows on page " + (i + 1) + ": " + page);
            }
        }
    }

    @Test
    void codeAndLongWordsStayInsideTheTextBlock() {
        try (PdfReading pdf = new PdfReading(b5.pdf(), PageSetup.of(PageSize.B5))) {
            assertEquals(List.of(), pdf.outsideTextBlock());
            String text = PdfReading.squash(String.join("", pdf.bodyTexts()));
            assertTrue(text.contains("很长的不可断开的标识符很长的不可断开的标识符"), "the code is all there, wrapped");
            assertTrue(text.contains("0123456789/end\";"), text);
        }
    }

    @Test
    void aNoteCitedInATableCellIsAtThePageFoot() {
        try (PdfReading pdf = new PdfReading(b5.pdf(), PageSetup.of(PageSize.B5))) {
            for (String page : pdf.bodyTexts().stream().map(PdfReading::squash).toList()) {
                if (!page.contains("单元格里的脚注")) continue;
                assertTrue(page.contains("表格单元格里引用的脚注。"), page);
                return;
            }
            throw new AssertionError("the cell with the note is missing");
        }
    }

    @Test
    void chaptersOpenANewPageWithoutARunningHeader() {
        try (PdfReading pdf = new PdfReading(b5.pdf(), PageSetup.of(PageSize.B5))) {
            List<PdfReading.Entry> chapters = pdf.outline().stream().filter(e -> e.depth() == 1).toList();
            assertEquals(List.of("第一章 表格", "第二章 代码", "第三章 结束"), chapters.stream().map(PdfReading.Entry::title).toList());
            for (PdfReading.Entry c : chapters) {
                assertTrue(PdfReading.squash(pdf.bodyTexts().get(c.page())).startsWith(PdfReading.squash(c.title())),
                        c.title() + " starts its page");
                assertEquals("", pdf.header(c.page()).strip(), "no running header on the opening page of " + c.title());
            }
            assertTrue(pdf.header(chapters.get(0).page() + 1).contains("第一章 表格"),
                    "the chapter title runs on its next pages: " + pdf.header(chapters.get(0).page() + 1));
            assertTrue(pdf.header(1).contains("排版压力测试"), "before the first chapter, the document title: " + pdf.header(1));
        }
    }

    @Test
    void tocChoices() {
        PdfBuilds.Built off = PdfBuilds.build(PRINT, dir.resolve("off"), PdfBuilds.options("Letter", AutoSwitch.OFF, false, false));
        try (PdfReading pdf = new PdfReading(off.pdf(), PageSetup.of(PageSize.LETTER))) {
            assertFalse(String.join("", pdf.bodyTexts()).contains("目录"), "--toc off: no contents page");
            assertEquals(612, pdf.doc.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(792, pdf.doc.getPage(0).getMediaBox().getHeight(), 0.5);
        }
        try (PdfReading pdf = new PdfReading(b5.pdf(), PageSetup.of(PageSize.B5))) {
            assertTrue(PdfReading.squash(pdf.bodyTexts().get(1)).startsWith("目录第一章表格"), "auto: three chapters make a contents page: " + pdf.bodyTexts().get(1));
            assertEquals(498.9, pdf.doc.getPage(0).getMediaBox().getWidth(), 0.5);
        }
        PdfBuilds.Built few = PdfBuilds.markdown(dir.resolve("few"), "few", "---\ntitle: 短文\n---\n## 只有一节\n\n正文。\n",
                PdfBuilds.options("A4", AutoSwitch.AUTO, false, false));
        PdfBuilds.Built forced = PdfBuilds.markdown(dir.resolve("forced"), "forced", "---\ntitle: 短文\n---\n## 只有一节\n\n正文。\n",
                PdfBuilds.options("A4", AutoSwitch.ON, false, false));
        try (PdfReading a = new PdfReading(few.pdf(), PageSetup.of(PageSize.A4)); PdfReading b = new PdfReading(forced.pdf(), PageSetup.of(PageSize.A4))) {
            assertFalse(String.join("", a.bodyTexts()).contains("目录"), "auto: one heading makes no contents page");
            assertTrue(PdfReading.squash(b.bodyTexts().get(1)).startsWith("目录只有一节"), "--toc on: " + b.bodyTexts().get(1));
        }
    }

    @Test
    void contentsPageIsTitledInTheDocumentsLanguage() {
        String body = "## One\n\nText.\n\n## Two\n\nText.\n\n## Three\n\nText.\n";
        PdfBuilds.Built en = PdfBuilds.markdown(dir.resolve("en"), "en", "---\ntitle: Words\nlang: en\n---\n" + body,
                PdfBuilds.a4());
        PdfBuilds.Built zh = PdfBuilds.markdown(dir.resolve("zh"), "zh", "---\ntitle: Words\n---\n" + body, PdfBuilds.a4());
        try (PdfReading e = new PdfReading(en.pdf(), PageSetup.of(PageSize.A4)); PdfReading z = new PdfReading(zh.pdf(), PageSetup.of(PageSize.A4))) {
            assertTrue(PdfReading.squash(e.bodyTexts().get(1)).startsWith("ContentsOne"), "lang: en: " + e.bodyTexts().get(1));
            assertFalse(String.join("", e.bodyTexts()).contains("目录"));
            assertTrue(PdfReading.squash(z.bodyTexts().get(1)).startsWith("目录One"), "lang zh-Hans (the default): " + z.bodyTexts().get(1));
            assertFalse(String.join("", z.bodyTexts()).contains("Contents"));
        }
    }

    /** theme.properties print-paragraph: indent (2em first line, the default) or spacing. */
    @Test
    void paragraphStyleIsAThemeOption() throws Exception {
        String md = "---\ntitle: 段落\n---\n甲乙丙丁戊己庚辛壬癸。\n\n子丑寅卯辰巳午未申酉戌亥。\n";
        PdfBuilds.Built indent = PdfBuilds.markdown(dir.resolve("indent"), "p", md, PdfBuilds.options("A4", AutoSwitch.OFF, false, false));
        Path theme = dir.resolve("spacing-theme");
        java.nio.file.Files.createDirectories(theme);
        for (String css : List.of("base.css", "print.css")) java.nio.file.Files.copy(Path.of("themes/default").resolve(css), theme.resolve(css));
        String props = java.nio.file.Files.readString(Path.of("themes/default/theme.properties"))
                .replace("print-paragraph=indent", "print-paragraph=spacing").replace("|LXGW", "|" + Path.of("fonts").toAbsolutePath() + "/LXGW");
        java.nio.file.Files.writeString(theme.resolve("theme.properties"), props);
        java.nio.file.Files.writeString(dir.resolve("p.md"), md);
        PdfBuilds.Built spacing = PdfBuilds.build(dir.resolve("p.md"), dir.resolve("spacing"), PdfBuilds.options("A4", AutoSwitch.OFF, false, false),
                theme.toString(), PdfBuilds.offline());
        assertNotNull(spacing.pdf(), spacing.failure());
        PageSetup a4 = PageSetup.of(PageSize.A4);
        float left = (float) (a4.sideMm() * PdfReading.MM);
        float em = (float) a4.fontPt();
        try (PdfReading i = new PdfReading(indent.pdf(), a4); PdfReading s = new PdfReading(spacing.pdf(), a4)) {
            for (String first : List.of("甲", "子")) {
                float xi = i.glyphs().stream().filter(g -> g.text().equals(first)).findFirst().orElseThrow().x();
                float xs = s.glyphs().stream().filter(g -> g.text().equals(first)).findFirst().orElseThrow().x();
                assertEquals(left + 2 * em, xi, 1.5, "indent: 2em first-line indent");
                assertEquals(left, xs, 1.5, "spacing: no indent");
            }
        }
    }

    /** A paragraph with a formula or an image in its line keeps the 2em first-line indent like any other. */
    @Test
    void paragraphsWithInlineBoxesKeepTheirIndent() throws Exception {
        Path folder = dir.resolve("inline");
        java.nio.file.Files.createDirectories(folder.resolve("images"));
        java.awt.image.BufferedImage icon = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(icon, "png", folder.resolve("images/icon.png").toFile());
        String md = "---\ntitle: 行内\n---\n甲是普通段落。\n\n乙有公式 $x^2$ 在行内。\n\n丙有图标 ![图标](images/icon.png) 在行内。\n\n"
                + "丁有原始 <img src=\"images/icon.png\" alt=\"原始图标\" width=\"16\"> 图标。\n";
        PdfBuilds.Built built = PdfBuilds.markdown(folder, "inline", md, PdfBuilds.options("A4", AutoSwitch.OFF, false, false));
        assertNotNull(built.pdf(), built.failure());
        PageSetup a4 = PageSetup.of(PageSize.A4);
        float left = (float) (a4.sideMm() * PdfReading.MM);
        float em = (float) a4.fontPt();
        try (PdfReading pdf = new PdfReading(built.pdf(), a4)) {
            for (String first : List.of("甲", "乙", "丙", "丁")) {
                float x = pdf.glyphs().stream().filter(g -> g.text().equals(first)).findFirst().orElseThrow().x();
                assertEquals(left + 2 * em, x, 1.5, first + ": 2em first-line indent");
            }
        }
    }
}
