package org.inkstone.parse;

import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.InputException;
import org.inkstone.parse.ChapterList.Entry;
import org.inkstone.parse.ChapterList.Matter;
import org.inkstone.parse.ChapterList.Part;
import org.inkstone.parse.ChapterList.Separator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SummaryReaderTest {
    private static final String MDBOOK = String.join("\n",
            "# 溪山行旅",                                   // 1
            "",                                             // 2
            "[自序](preface.md)",                           // 3
            "[凡例](notes/conventions.md)",                 // 4
            "",                                             // 5
            "---",                                          // 6
            "",                                             // 7
            "# 上编　出发",                                  // 8
            "",                                             // 9
            "- [第一章 收拾行囊](part1/ch1.md)",              // 10
            "    - [带什么书](part1/ch1-books.md)",           // 11
            "        - [一本旧字典](part1/ch1-dict.md)",       // 12
            "    - [不带什么](part1/ch1-leave.md)",           // 13
            "- [第二章 路上]()",                              // 14
            "",                                             // 15
            "# 下编　归来",                                  // 16
            "",                                             // 17
            "- [第三章 回家](part2/ch3.md)",                  // 18
            "",                                             // 19
            "***",                                          // 20
            "",                                             // 21
            "[后记](afterword.md)",                         // 22
            "[附录：路线图](appendix/map.md)",                // 23
            "");

    private static Entry entry(String title, String path, Matter matter, int line, Entry... sections) {
        return new Entry(title, path, matter, line, List.of(sections));
    }

    private static Entry body(String title, String path, int line, Entry... sections) {
        return entry(title, path, Matter.BODY, line, sections);
    }

    private static List<String> warnings(Diagnostics d) {
        return d.all().stream().map(x -> x.line() + ": " + x.message()).toList();
    }

    @Test
    void anMdBookSummaryGivesTitlePrefixPartsNestedSectionsSeparatorsDraftAndSuffix() {
        Diagnostics d = new Diagnostics("SUMMARY.md");
        ChapterList list = SummaryReader.read(MDBOOK, d);
        ChapterList expected = new ChapterList("溪山行旅", 1, List.of(
                entry("自序", "preface.md", Matter.FRONT, 3),
                entry("凡例", "notes/conventions.md", Matter.FRONT, 4),
                new Separator(6),
                new Part("上编　出发", 8),
                body("第一章 收拾行囊", "part1/ch1.md", 10,
                        body("带什么书", "part1/ch1-books.md", 11,
                                body("一本旧字典", "part1/ch1-dict.md", 12)),
                        body("不带什么", "part1/ch1-leave.md", 13)),
                body("第二章 路上", "", 14),
                new Part("下编　归来", 16),
                body("第三章 回家", "part2/ch3.md", 18),
                new Separator(20),
                entry("后记", "afterword.md", Matter.BACK, 22),
                entry("附录：路线图", "appendix/map.md", Matter.BACK, 23)));
        assertEquals(expected, list);
        assertEquals(List.of("14: draft chapter '第二章 路上' has no file; it is listed in the contents without a page."
                + " Give it a file: - [第二章 路上](path.md)"), warnings(d));
    }

    @Test
    void aHonKitSummaryWithStarBulletsAndPartHeadingsHasNoTitleAndOnlyBodyChapters() {
        String honkit = String.join("\n",
                "# Summary",                              // 1
                "",                                       // 2
                "* [简介](README.md)",                     // 3
                "",                                       // 4
                "## 入门",                                 // 5
                "",                                       // 6
                "* [安装](start/install.md)",              // 7
                "  * [在 Windows 上](start/windows.md)",   // 8
                "  * [在 Linux 上](start/linux.md)",       // 9
                "* [第一个项目](start/first.md)",           // 10
                "",                                       // 11
                "### 进阶",                                // 12
                "",                                       // 13
                "1. [插件](advanced/plugins.md)",          // 14
                "2. [主题](advanced/themes.md)",           // 15
                "");
        Diagnostics d = new Diagnostics("SUMMARY.md");
        ChapterList list = SummaryReader.read(honkit, d);
        assertEquals(new ChapterList("", 0, List.of(
                body("简介", "README.md", 3),
                new Part("入门", 5),
                body("安装", "start/install.md", 7,
                        body("在 Windows 上", "start/windows.md", 8),
                        body("在 Linux 上", "start/linux.md", 9)),
                body("第一个项目", "start/first.md", 10),
                new Part("进阶", 12),
                body("插件", "advanced/plugins.md", 14),
                body("主题", "advanced/themes.md", 15))), list);
        assertEquals(List.of(), d.all());
    }

    @Test
    void listHeadingsLikeSummaryOrMuLuAreNoTitleInAnyCase() {
        for (String heading : List.of("# summary", "# Table of Contents", "# 目录", "## 目次")) {
            ChapterList list = SummaryReader.read(heading + "\n\n- [一](a.md)\n", new Diagnostics("SUMMARY.md"));
            assertEquals("", list.title(), heading);
            assertEquals(0, list.titleLine(), heading);
            assertEquals(List.of(body("一", "a.md", 3)), list.items(), heading);
        }
    }

    @Test
    void crlfLineEndsAndAByteOrderMarkReadTheSame() {
        Diagnostics unix = new Diagnostics("SUMMARY.md");
        Diagnostics windows = new Diagnostics("SUMMARY.md");
        ChapterList expected = SummaryReader.read(MDBOOK, unix);
        assertEquals(expected, SummaryReader.read("\uFEFF" + MDBOOK.replace("\n", "\r\n"), windows));
        assertEquals("溪山行旅", expected.title(), "the BOM is not part of the title");
        assertEquals(warnings(unix), warnings(windows));
    }

    @Test
    void tabsAndTwoSpaceIndentsNest() {
        String summary = "- [甲](a.md)\n\t- [乙](b.md)\n\t\t- [丙](c.md)\n- [丁](d.md)\n  - [戊](e.md)\n";
        assertEquals(List.of(
                body("甲", "a.md", 1, body("乙", "b.md", 2, body("丙", "c.md", 3))),
                body("丁", "d.md", 4, body("戊", "e.md", 5))), SummaryReader.read(summary, new Diagnostics("SUMMARY.md")).items());
    }

    @Test
    void htmlCommentsAreIgnoredOnOneLineOrSeveralAndLaterLinesKeepTheirNumbers() {
        String summary = String.join("\n",
                "# 书 <!-- 暂定 -->",             // 1
                "<!--",                           // 2
                "- [删掉的一章](gone.md)",          // 3
                "-->",                            // 4
                "- [留下的一章](kept.md) <!-- 待改 -->", // 5
                "    <!-- - [子章节也删掉](gone2.md) -->", // 6
                "- [下一章](next.md)",              // 7
                "");
        Diagnostics d = new Diagnostics("SUMMARY.md");
        ChapterList list = SummaryReader.read(summary, d);
        assertEquals(new ChapterList("书", 1, List.of(body("留下的一章", "kept.md", 5), body("下一章", "next.md", 7))), list);
        assertEquals(List.of(), d.all());
    }

    @Test
    void anUnclosedCommentHidesTheRestWithAWarningAtItsStart() {
        Diagnostics d = new Diagnostics("SUMMARY.md");
        ChapterList list = SummaryReader.read("- [一](a.md)\n<!-- 没有结束\n- [二](b.md)\n", d);
        assertEquals(List.of(body("一", "a.md", 1)), list.items());
        assertEquals(List.of("2: an HTML comment opened here is never closed (-->), so everything after it is ignored;"
                + " close the comment"), warnings(d));
    }

    @Test
    void pathsAreDecodedAndStrippedButKeepTheirFolders() {
        String summary = String.join("\n",
                "- [一](./第一章.md)",
                "- [二](part%202/ch%E4%BA%8C.md)",
                "- [三](<part 3/ch 3.md>)",
                "- [四](ch4.md#section-2)",
                "- [五](ch5.md?plain=1)",
                "- [六](../shared/ch6.md)",
                "- [七](part7\\ch7.md)",
                "- [八](100%.md)",
                "");
        List<String> paths = SummaryReader.read(summary, new Diagnostics("SUMMARY.md")).items().stream()
                .map(i -> ((Entry) i).path()).toList();
        assertEquals(List.of("第一章.md", "part 2/ch二.md", "part 3/ch 3.md", "ch4.md", "ch5.md", "../shared/ch6.md",
                "part7/ch7.md", "100%.md"), paths);
    }

    @Test
    void titlesArePlainTextWithFullWidthSpacesKept() {
        String summary = String.join("\n",
                "- [**第一章**　总论](a.md)",
                "- [`main` 函数与 *入口*](b.md)",
                "- **[第三章](c.md)** ——本章较长",
                "- [第四章 \\[草\\]](d.md)",
                "- [甲 &amp; 乙](e.md)",
                "");
        List<String> titles = SummaryReader.read(summary, new Diagnostics("SUMMARY.md")).items().stream()
                .map(i -> ((Entry) i).title()).toList();
        assertEquals(List.of("第一章　总论", "main 函数与 入口", "第三章", "第四章 [草]", "甲 & 乙"), titles);
    }

    @Test
    void referenceStyleLinksUseTheirDefinitions() {
        String summary = String.join("\n",
                "- [第一章][one]",
                "- [第二章][]",
                "- [第三章]",
                "- [第四章][未定义]",
                "",
                "[ONE]: part1/ch1.md",
                "[第二章]: <part1/ch 2.md> \"标题\"",
                "[第三章]: ./ch3.md",
                "");
        Diagnostics d = new Diagnostics("SUMMARY.md");
        assertEquals(List.of(body("第一章", "part1/ch1.md", 1), body("第二章", "part1/ch 2.md", 2), body("第三章", "ch3.md", 3),
                body("第四章", "", 4)), SummaryReader.read(summary, d).items());
        assertEquals(List.of(4), d.all().stream().map(Diagnostic::line).toList(), "the undefined one is text, warned");
    }

    @Test
    void draftsStrayTextUrlsAndTextItemsAreWarnedAtTheirLines() {
        String summary = String.join("\n",
                "这本书还在写。",                          // 1
                "",                                       // 2
                "- [第一章](ch1.md)",                      // 3
                "  这一章讲开头。",                         // 4
                "- [官方网站](https://example.com/book)",  // 5
                "- 第二部分",                              // 6
                "  - [第二章](ch2.md)",                    // 7
                "- 第三章",                                // 8
                "- [第四章]()",                            // 9
                "");
        Diagnostics d = new Diagnostics("SUMMARY.md");
        ChapterList list = SummaryReader.read(summary, d);
        assertEquals(List.of(
                body("第一章", "ch1.md", 3),
                body("第二部分", "", 6, body("第二章", "ch2.md", 7)),
                body("第三章", "", 8),
                body("第四章", "", 9)), list.items());
        assertEquals(List.of(
                "1: '这本书还在写。' is neither a chapter link nor a list item; a SUMMARY.md holds a title, chapter links such as"
                        + " [前言](preface.md) and list items such as - [第一章](ch1.md); the line is ignored",
                "4: '这一章讲开头。' is not a list item; in the list of chapters each line is an item such as - [第一章](ch1.md),"
                        + " indented to nest it; the line is ignored",
                "5: '官方网站' (https://example.com/book) is a web address, not a chapter file; only the book's own Markdown"
                        + " files are chapters, so it is left out of the book (put the link inside a chapter instead)",
                "8: chapter '第三章' has no file; it is listed in the contents without a page. Give it a file: - [第三章](path.md)",
                "9: draft chapter '第四章' has no file; it is listed in the contents without a page."
                        + " Give it a file: - [第四章](path.md)"), warnings(d));
    }

    @Test
    void aHeadingTooDeepForAPartAndAPartWithNoChaptersAreWarned() {
        String summary = "- [一](a.md)\n#### 小节\n## 附录\n[附录甲](appendix.md)\n";
        Diagnostics d = new Diagnostics("SUMMARY.md");
        ChapterList list = SummaryReader.read(summary, d);
        assertEquals(List.of(body("一", "a.md", 1), entry("附录甲", "appendix.md", Matter.BACK, 4)), list.items());
        assertEquals(List.of(2, 3), d.all().stream().map(Diagnostic::line).toList());
        assertEquals("heading '小节' is not a part title: part titles are #, ## or ### headings above a list of chapters;"
                + " it is left out of the contents", d.all().get(0).message());
    }

    @Test
    void aChapterLinkBetweenListsIsReadAsANumberedChapterWithAWarning() {
        Diagnostics d = new Diagnostics("SUMMARY.md");
        ChapterList list = SummaryReader.read("- [一](a.md)\n\n[二](b.md)\n\n- [三](c.md)\n", d);
        assertEquals(List.of(body("一", "a.md", 1), body("二", "b.md", 3), body("三", "c.md", 5)), list.items());
        assertEquals(List.of("3: '二' stands among the numbered chapters but is not a list item; it is read as one:"
                + " write it - [二](…)"), warnings(d));
    }

    @Test
    void aSummaryWithNoChapterFileIsAnInputErrorThatShowsWhatOneHolds() {
        String expected = "SUMMARY.md:1: error: this summary lists no chapter files; a SUMMARY.md lists the book's chapter files,"
                + " for example:\n# 书名\n\n- [第一章](ch1.md)\n- [第二章](ch2.md)";
        for (String summary : List.of("", "\uFEFF\r\n", "# 目录\n\n<!-- - [一](a.md) -->\n", "# 书\n\n- [还没写]()\n")) {
            InputException e = assertThrows(InputException.class, () -> SummaryReader.read(summary, new Diagnostics("SUMMARY.md")),
                    summary);
            assertEquals(expected, e.format(), summary);
        }
    }
}
