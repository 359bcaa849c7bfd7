package org.inkstone.parse;

import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.InputException;
import org.inkstone.model.Metadata;
import org.inkstone.parse.ChapterList.Entry;
import org.inkstone.parse.ChapterList.Matter;
import org.inkstone.parse.ChapterList.Part;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookYamlReaderTest {
    private static List<String> warnings(Diagnostics d) {
        return d.all().stream().map(x -> x.line() + ": " + x.message()).toList();
    }

    private static Entry entry(String title, String path, Matter matter, int line, Entry... sections) {
        return new Entry(title, path, matter, line, List.of(sections));
    }

    @Test
    void everyMetadataKeyIsReadWithItsLine() {
        String yaml = String.join("\n",
                "# 这本书的设置",                         // 1
                "Title: 竹林夜话",                        // 2
                "subtitle: 七个晚上的谈话",                // 3
                "authors: [陈一苇, 李青禾]",              // 4
                "language: zh-TW",                        // 5
                "date: 2026-04-18",                       // 6
                "description: 几位朋友在竹林里的闲谈。",    // 7
                "keywords: 闲谈，竹林, 夜晚",              // 8
                "isbn: 978-7-111-22222-3",                // 9
                "publisher: 松风书社",                    // 10
                "rights: © 2026 陈一苇",                  // 11
                "cover: images/封面.png",                 // 12
                "series: 夜话丛书",                       // 13
                "");
        Diagnostics d = new Diagnostics("book.yaml");
        BookConfig config = BookYamlReader.read(yaml, d);
        Metadata m = config.metadata();
        assertEquals("竹林夜话", m.title());
        assertEquals("七个晚上的谈话", m.subtitle());
        assertEquals(List.of("陈一苇", "李青禾"), m.authors());
        assertEquals("zh-Hant", m.language());
        assertEquals("2026-04-18", m.date());
        assertEquals("几位朋友在竹林里的闲谈。", m.description());
        assertEquals(List.of("闲谈", "竹林", "夜晚"), m.keywords());
        assertEquals("978-7-111-22222-3", m.identifier());
        assertEquals("images/封面.png", m.cover());
        assertEquals(Map.of("publisher", "松风书社", "rights", "© 2026 陈一苇", "series", "夜话丛书"), m.extra());
        assertEquals(Map.ofEntries(Map.entry("title", 2), Map.entry("subtitle", 3), Map.entry("authors", 4), Map.entry("language", 5),
                Map.entry("date", 6), Map.entry("description", 7), Map.entry("keywords", 8), Map.entry("isbn", 9),
                Map.entry("publisher", 10), Map.entry("rights", 11), Map.entry("cover", 12), Map.entry("series", 13)), m.keyLines());
        assertEquals(Optional.empty(), config.chapters(), "no chapters listed");
        assertEquals(List.of(), d.all());
    }

    @Test
    void oneAuthorAsTextAndLangAsShortKeyWork() {
        BookConfig config = BookYamlReader.read("author: 陈一苇\nlang: en\nkeywords: [甲, 乙]\nidentifier: urn:uuid:1234\n",
                new Diagnostics("book.yaml"));
        assertEquals(List.of("陈一苇"), config.metadata().authors());
        assertEquals("en", config.metadata().language());
        assertEquals(List.of("甲", "乙"), config.metadata().keywords());
        assertEquals("urn:uuid:1234", config.metadata().identifier());
    }

    @Test
    void badDateAndLanguageAreWarnedAsBookYamlAtTheirLines() {
        Diagnostics d = new Diagnostics("book.yaml");
        Metadata m = BookYamlReader.read("title: 书\ndate: 去年秋天\nlang: 中文!\n", d).metadata();
        assertEquals("", m.date());
        assertEquals(Metadata.DEFAULT_LANGUAGE, m.language());
        assertEquals(List.of(
                "2: book.yaml date '去年秋天' is not a real date; write it like 2026-11-28 (or 2026-11, 2026, or an ISO date-time);"
                        + " it is left out of every output",
                "3: book.yaml lang '中文!' is not a language tag; using zh-Hans (write lang: zh-Hans, zh-Hant or en)"), warnings(d));
    }

    @Test
    void optionsAreFlattenedKeptAsWrittenAndCarryTheirLines() {
        String yaml = String.join("\n",
                "title: 竹林夜话",        // 1
                "theme: ink",           // 2
                "accent: '#2f6f4e'",    // 3
                "Font-Size: 17px",      // 4
                "cjk-spacing: no",      // 5
                "image-base: https://img.example.com/zhulin/", // 6
                "line-numbers: true",   // 7
                "pdf:",                 // 8
                "  page-size: A5",      // 9
                "  toc: off",           // 10
                "  chapter-start: right", // 11
                "  pdf-ua: true",       // 12
                "  pdf-a: false",       // 13
                "epub:",                // 14
                "  split-level: 2",     // 15
                "  embed-fonts: no",    // 16
                "wechat:",              // 17
                "  font-size: 15px",    // 18
                "  image-base: https://img.example.com/wx/", // 19
                "");
        Diagnostics d = new Diagnostics("book.yaml");
        BookConfig config = BookYamlReader.read(yaml, d);
        Map<String, String> options = new LinkedHashMap<>();
        options.put("theme", "ink");
        options.put("accent", "#2f6f4e");
        options.put("font-size", "17px");
        options.put("cjk-spacing", "no");
        options.put("image-base", "https://img.example.com/zhulin/");
        options.put("line-numbers", "true");
        options.put("pdf.page-size", "A5");
        options.put("pdf.toc", "off");
        options.put("pdf.chapter-start", "right");
        options.put("pdf.pdf-ua", "true");
        options.put("pdf.pdf-a", "false");
        options.put("epub.split-level", "2");
        options.put("epub.embed-fonts", "no");
        options.put("wechat.font-size", "15px");
        options.put("wechat.image-base", "https://img.example.com/wx/");
        assertEquals(List.copyOf(options.entrySet()), List.copyOf(config.options().entrySet()), "in file order");
        Map<String, Integer> lines = new LinkedHashMap<>();
        int line = 2;
        for (String key : options.keySet()) {
            if (line == 8 || line == 14 || line == 17) line++; // the pdf:, epub:, wechat: lines
            lines.put(key, line++);
        }
        assertEquals(lines, config.optionLines());
        assertEquals(4, config.metadata().lineOf("font-size"), "keyLines has the option keys too");
        assertEquals(9, config.metadata().lineOf("pdf.page-size"));
        assertEquals(List.of(), d.all());
    }

    @Test
    void chaptersWithFrontPartsSectionsAndBackKeepTheirLines() {
        String yaml = String.join("\n",
                "title: 竹林夜话",                           // 1
                "front: [preface.md, ./致谢.md]",             // 2
                "chapters:",                                 // 3
                "  - intro.md",                              // 4
                "  - {file: night1.md, title: 第一夜}",        // 5
                "  - part: 上卷　春",                          // 6
                "    chapters:",                             // 7
                "      - spring/a.md",                       // 8
                "      - file: spring/b.md",                 // 9
                "        title: \"**第二夜**：雨\"",           // 10
                "        sections: [spring/b1.md, spring/b2.md]", // 11
                "      - path: spring/c%20d.md#top",         // 12
                "  - part: 下卷",                             // 13
                "    chapters:",                             // 14
                "      - title: 分组",                        // 15
                "        sections:",                         // 16
                "          - autumn/x.md",                   // 17
                "          - file: autumn/y.md",             // 18
                "            sections:",                     // 19
                "              - autumn/y1.md",              // 20
                "back:",                                     // 21
                "  - appendix.md",                           // 22
                "");
        Diagnostics d = new Diagnostics("book.yaml");
        ChapterList list = BookYamlReader.read(yaml, d).chapters().orElseThrow();
        ChapterList expected = new ChapterList("竹林夜话", 0, List.of(
                entry("", "preface.md", Matter.FRONT, 2),
                entry("", "致谢.md", Matter.FRONT, 2),
                entry("", "intro.md", Matter.BODY, 4),
                entry("第一夜", "night1.md", Matter.BODY, 5),
                new Part("上卷　春", 6),
                entry("", "spring/a.md", Matter.BODY, 8),
                entry("第二夜：雨", "spring/b.md", Matter.BODY, 9,
                        entry("", "spring/b1.md", Matter.BODY, 11),
                        entry("", "spring/b2.md", Matter.BODY, 11)),
                entry("", "spring/c d.md", Matter.BODY, 12),
                new Part("下卷", 13),
                entry("分组", "", Matter.BODY, 15,
                        entry("", "autumn/x.md", Matter.BODY, 17),
                        entry("", "autumn/y.md", Matter.BODY, 18,
                                entry("", "autumn/y1.md", Matter.BODY, 20))),
                entry("", "appendix.md", Matter.BACK, 22)));
        assertEquals(expected, list);
        assertEquals(List.of(), d.all(), "a title with sections and no file is a group heading, not a draft");
    }

    @Test
    void frontAndBackComeBeforeAndAfterTheBodyWhateverTheirOrderInTheFile() {
        ChapterList list = BookYamlReader.read("back: [end.md]\nchapters: [a.md]\nfront: [start.md]\n", new Diagnostics("book.yaml"))
                .chapters().orElseThrow();
        assertEquals(List.of(entry("", "start.md", Matter.FRONT, 3), entry("", "a.md", Matter.BODY, 2),
                entry("", "end.md", Matter.BACK, 1)), list.items());
    }

    @Test
    void unknownKeysAreWarnedAtTheirLineWithTheKnownKeys() {
        String yaml = String.join("\n",
                "title: 书",               // 1
                "titel: 错字",              // 2
                "pdf:",                    // 3
                "  page-size: A5",         // 4
                "  margin: 2cm",           // 5
                "chapters:",               // 6
                "  - file: a.md",          // 7
                "    note: 待改",           // 8
                "");
        Diagnostics d = new Diagnostics("book.yaml");
        BookConfig config = BookYamlReader.read(yaml, d);
        assertEquals(Map.of("pdf.page-size", "A5"), config.options());
        assertEquals(List.of(
                "2: book.yaml key 'titel' is not known, so it is ignored; the keys are title, subtitle, lang, language, date,"
                        + " description, identifier, isbn, publisher, rights, cover, series, author, authors, keywords, theme,"
                        + " accent, font-size, cjk-spacing, image-base, line-numbers, heading-numbers, figure-numbers, pdf, epub, wechat, front, chapters, back",
                "5: book.yaml key 'margin' in pdf: is not known, so it is ignored; the keys in pdf: are page-size, toc,"
                        + " chapter-start, pdf-ua, pdf-a",
                "8: book.yaml key 'note' in a chapter is not known, so it is ignored; the keys in a chapter are file, path,"
                        + " title, sections"), warnings(d));
        assertEquals(List.of(entry("", "a.md", Matter.BODY, 7)), config.chapters().orElseThrow().items());
    }

    @Test
    void valuesOfTheWrongShapeAreWarnedAtTheirLineAndIgnored() {
        String yaml = String.join("\n",
                "title:",                  // 1
                "  main: 书",               // 2
                "subtitle: 副题",            // 3
                "theme: [ink, paper]",     // 4
                "epub: 2",                 // 5
                "");
        Diagnostics d = new Diagnostics("book.yaml");
        BookConfig config = BookYamlReader.read(yaml, d);
        assertEquals("", config.metadata().title());
        assertEquals("副题", config.metadata().subtitle());
        assertEquals(Map.of(), config.options());
        assertEquals(List.of(
                "2: book.yaml 'title' should be a single text, not a mapping; it is ignored",
                "4: book.yaml 'theme' should be a single value, not a list; it is ignored",
                "5: book.yaml 'epub' should hold settings, one a line indented under epub: (such as split-level: …), not a text;"
                        + " it is ignored"), warnings(d));
    }

    @Test
    void anUnquotedColourIsAYamlCommentAndSaysSo() {
        Diagnostics d = new Diagnostics("book.yaml");
        BookConfig config = BookYamlReader.read("title: 书\naccent: #2f6f4e\n", d);
        assertEquals(Map.of(), config.options());
        assertEquals(List.of("2: book.yaml 'accent' has no value: YAML reads '#' after a space as the start of a comment;"
                + " put the value in quotes (accent: \"#2f6f4e\")"), warnings(d));
    }

    @Test
    void draftsUrlsEmptyEntriesAndEmptyOrUntitledPartsAreWarned() {
        String yaml = String.join("\n",
                "chapters:",                          // 1
                "  - a.md",                           // 2
                "  - title: 还没写",                   // 3
                "  - https://example.com/更多",        // 4
                "  -",                                // 5
                "  - part: [不, 对]",                  // 6
                "  - part: 空的部分",                   // 7
                "  - part:",                          // 8
                "    chapters: [b.md]",               // 9
                "");
        Diagnostics d = new Diagnostics("book.yaml");
        ChapterList list = BookYamlReader.read(yaml, d).chapters().orElseThrow();
        assertEquals(List.of(entry("", "a.md", Matter.BODY, 2), entry("还没写", "", Matter.BODY, 3), entry("", "b.md", Matter.BODY, 9)),
                list.items());
        assertEquals(List.of(3, 4, 5, 6, 7, 8), d.all().stream().map(Diagnostic::line).toList(), warnings(d).toString());
        assertEquals("draft chapter '还没写' has no file; it is listed in the contents without a page."
                + " Give it a file: - {file: path.md, title: 还没写}", d.all().get(0).message());
        assertTrue(d.all().get(1).message().startsWith("'https://example.com/更多' is a web address, not a chapter file;"),
                d.all().get(1).message());
    }

    @Test
    void invalidYamlIsAnInputErrorAtItsLine() {
        String yaml = "title: 书\nchapters:\n  - a.md\n - b.md\n";
        InputException e = assertThrows(InputException.class, () -> BookYamlReader.read(yaml, new Diagnostics("book.yaml")));
        assertTrue(e.format().startsWith("book.yaml:4: error: book.yaml is not valid YAML ("), e.format());
        assertTrue(e.format().endsWith("); fix that line: indent with spaces, not tabs, and put quotes around a value that"
                + " holds ': ' or starts with a character such as # * & [ {"), e.format());

        InputException quote = assertThrows(InputException.class,
                () -> BookYamlReader.read("title: 书\nsubtitle: \"没有结束\n\n", new Diagnostics("book.yaml")));
        assertTrue(quote.format().startsWith("book.yaml:2: error:"), "at the quote that is never closed: " + quote.format());

        InputException tab = assertThrows(InputException.class,
                () -> BookYamlReader.read("pdf:\n\tpage-size: A5\n", new Diagnostics("book.yaml")));
        assertTrue(tab.format().startsWith("book.yaml:2: error:"), tab.format());
    }

    @Test
    void aTopLevelThatIsNotAMappingIsAnInputError() {
        InputException e = assertThrows(InputException.class,
                () -> BookYamlReader.read("- a.md\n- b.md\n", new Diagnostics("book.yaml")));
        assertEquals("book.yaml:1: error: book.yaml holds a list where it should hold keys, one a line, such as title: 书名"
                + " and chapters: followed by a list of chapter files", e.format());
    }

    @Test
    void anEmptyFileGivesEmptyMetadataAndNoChapters() {
        for (String yaml : List.of("", "\uFEFF", "# 以后再写\n", "---\n")) {
            Diagnostics d = new Diagnostics("book.yaml");
            BookConfig config = BookYamlReader.read(yaml, d);
            assertEquals(Metadata.empty(), config.metadata(), yaml);
            assertEquals(Map.of(), config.options(), yaml);
            assertEquals(Optional.empty(), config.chapters(), yaml);
            assertEquals(List.of(), d.all(), yaml);
        }
    }

    @Test
    void crlfAndAByteOrderMarkKeepTheLines() {
        Diagnostics d = new Diagnostics("book.yaml");
        BookConfig config = BookYamlReader.read("\uFEFFtitle: 书\r\ntheme: ink\r\nchapters:\r\n  - a.md\r\n", d);
        assertEquals("书", config.metadata().title());
        assertEquals(Map.of("theme", 2), config.optionLines());
        assertEquals(List.of(entry("", "a.md", Matter.BODY, 4)), config.chapters().orElseThrow().items());
    }

    @Test
    void aKeyGivenTwiceKeepsTheFirstWithAWarning() {
        Diagnostics d = new Diagnostics("book.yaml");
        BookConfig config = BookYamlReader.read("title: 第一个\nTITLE: 第二个\n", d);
        assertEquals("第一个", config.metadata().title());
        assertEquals(List.of("2: book.yaml key 'title' is given twice (first at line 1); the first is used, delete one of them"),
                warnings(d));
    }

    @Test
    void chapterKeysWithNoFileAreWarnedAndGiveNoChapterList() {
        Diagnostics d = new Diagnostics("book.yaml");
        BookConfig config = BookYamlReader.read("title: 书\nchapters: []\n", d);
        assertEquals(Optional.empty(), config.chapters());
        assertEquals(List.of("2: book.yaml 'chapters' lists no chapter files; list them one a line under chapters:, such as"
                + " - ch1.md or - {file: ch1.md, title: 第一章}; the chapter list is ignored"), warnings(d));
    }
}
