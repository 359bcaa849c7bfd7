package org.inkstone.render.html;

import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.render.xhtml.FragmentIds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixture book as a web book, read back with jsoup: the files, the sidebar's order and its mark of
 * the current chapter, previous and next, links between chapters (every target page and id exists),
 * images (every one a file on disk), footnotes on the page that cites them, the shared CSS and the
 * search index.
 */
class WebBookTest {
    /** The pages in reading order, after the title page. */
    static final List<String> PAGES = List.of("preface.html", "part1/green.html", "part1/longjing.html", "part1/black.html",
            "part2/water.html", "appendix.html", "afterword.html");
    static final List<String> TITLES = List.of("序", "绿茶", "龙井的采摘", "红茶", "水与器", "附录：茶的年表", "后记");

    @TempDir static Path dir;
    static TeaBook.Built built;

    @BeforeAll
    static void build() {
        built = TeaBook.build(dir.resolve("out"));
    }

    @Test
    void writesATitlePageAPagePerChapterAndTheSharedFiles() throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(built.book())) {
            files = walk.filter(Files::isRegularFile).map(p -> built.book().relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        List<String> expected = new ArrayList<>(PAGES);
        expected.addAll(List.of("index.html", "book.css", "book.js", "search-index.js"));
        expected.addAll(List.of("part1/images/leaf.png", "part2/img/cup.png")); // the chapters' images, copied
        assertEquals(expected.stream().sorted().toList(), files, "the draft chapter has no page");
        String warnings = built.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
        assertEquals(2, built.diagnostics().size(), "the reader's two, none of the web book's own: " + warnings);
        assertTrue(warnings.contains("SUMMARY.md:16: warning: draft chapter '待写的一章'"), warnings);
        assertTrue(warnings.contains("appendix.md:8: warning: link to 'notes/missing.md'"), warnings);

        Document index = page("index.html");
        assertEquals("茶事小记", index.selectFirst("title").text());
        assertEquals("茶事小记", index.selectFirst("main h1.title").text());
        assertEquals("一本关于喝茶的小书", index.selectFirst("main p.subtitle").text());
        assertEquals("从识茶到泡茶的几章笔记。", index.selectFirst("main p.book-description").text());
        for (int i = 0; i < PAGES.size(); i++) {
            Document page = page(PAGES.get(i));
            assertEquals(TITLES.get(i) + " · 茶事小记", page.selectFirst("title").text(), PAGES.get(i));
            Element heading = page.selectFirst("main article > :first-child");
            assertEquals(TITLES.get(i), heading.text(), PAGES.get(i) + " opens with its chapter's heading");
            assertEquals(PAGES.get(i).equals("part1/longjing.html") ? "h2" : "h1", heading.normalName(), "a nested chapter's heading is one level down");
            assertEquals("zh-Hans", page.selectFirst("html").attr("lang"));
        }
    }

    @Test
    void sidebarListsPartsChaptersAndNestedChaptersInTheSummarysOrder() {
        for (String file : withIndex()) {
            Element contents = page(file).selectFirst("nav.book-sidebar > ol.book-contents");
            assertEquals(List.of("序", "第一部分　识茶", "绿茶", "龙井的采摘", "红茶", "第二部分　泡茶", "水与器", "待写的一章", "附录：茶的年表", "后记"),
                    contents.select("p.book-part-title, a, span.book-draft-title").eachText(), file);
            assertEquals(List.of("第一部分　识茶", "第二部分　泡茶"), contents.select("> li.book-part > p.book-part-title").eachText(), file);
            assertEquals(List.of("序", "附录：茶的年表", "后记"), contents.select("> li.book-chapter > a").eachText(),
                    "front and back matter stand on their own: " + file);
            assertEquals(List.of("龙井的采摘"), chapterItem(contents, "绿茶").select("> ol > li > a").eachText(), "nested under 绿茶: " + file);
            Element draft = contents.selectFirst("li.book-draft");
            assertEquals("待写的一章", draft.text());
            assertTrue(draft.select("a").isEmpty(), "a chapter without a file is listed without a link");

            Element title = page(file).selectFirst("nav.book-sidebar p.book-title a");
            assertEquals("茶事小记", title.text());
            assertEquals(built.book().resolve("index.html"), target(file, title.attr("href")), "the book's title links to index.html from " + file);
            for (Element a : contents.select("a")) {
                int at = TITLES.indexOf(a.text());
                assertEquals(built.book().resolve(PAGES.get(at)), target(file, a.attr("href")), a.text() + " from " + file);
            }
        }
    }

    @Test
    void eachPageMarksItsOwnChapterAndNoOther() {
        for (int i = 0; i < PAGES.size(); i++) {
            Document page = page(PAGES.get(i));
            List<Element> marked = page.select("nav.book-sidebar a[aria-current]");
            assertEquals(1, marked.size(), PAGES.get(i));
            Element current = marked.get(0);
            assertEquals("page", current.attr("aria-current"));
            assertTrue(current.hasClass("current"), PAGES.get(i));
            assertTrue(current.parent().hasClass("book-current"), PAGES.get(i));
            assertEquals(TITLES.get(i), current.text());
            assertEquals(built.book().resolve(PAGES.get(i)), target(PAGES.get(i), current.attr("href")), "the mark links to the page itself");
            assertEquals(1, page.select(".current, .book-current").stream().filter(e -> e.normalName().equals("a")).count());
        }
        Element home = page("index.html").selectFirst("nav.book-sidebar a[aria-current=page]");
        assertEquals("茶事小记", home.text(), "on the title page, the book's title is the current page");
    }

    @Test
    void previousAndNextWalkTheBookInReadingOrder() {
        List<String> forward = new ArrayList<>();
        String file = "index.html";
        for (Element next; (next = page(file).selectFirst("nav.book-pager a[rel=next]")) != null; ) {
            file = built.book().relativize(target(file, next.attr("href"))).toString().replace('\\', '/');
            assertEquals(page(file).selectFirst("main article > :first-child").text(), next.selectFirst(".book-pager-title").text());
            forward.add(file);
        }
        assertEquals(PAGES, forward);
        assertEquals("开始阅读", page("index.html").selectFirst("nav.book-pager a[rel=next] .book-pager-label").text());
        assertTrue(page("index.html").select("nav.book-pager a[rel=prev]").isEmpty());

        List<String> back = new ArrayList<>();
        for (Element prev; (prev = page(file).selectFirst("nav.book-pager a[rel=prev]")) != null; ) {
            file = built.book().relativize(target(file, prev.attr("href"))).toString().replace('\\', '/');
            back.add(0, file);
        }
        List<String> expected = new ArrayList<>(List.of("index.html"));
        expected.addAll(PAGES.subList(0, PAGES.size() - 1));
        assertEquals(expected, back);
        assertEquals(List.of("首页", "茶事小记"), page("preface.html").select("nav.book-pager a[rel=prev] span").eachText());
        assertEquals(List.of("上一章", "下一章"), page("part1/black.html").select("nav.book-pager .book-pager-label").eachText());
    }

    @Test
    void linksBetweenChaptersPointAtAPageAndAnIdThatExist() {
        int checked = 0;
        for (String file : withIndex()) {
            for (Element a : page(file).select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("http")) continue;
                int hash = href.indexOf('#');
                Path target = hash == 0 ? built.book().resolve(file) : target(file, hash < 0 ? href : href.substring(0, hash));
                assertTrue(Files.isRegularFile(target), href + " on " + file + " names no file");
                if (hash >= 0 && hash + 1 < href.length()) {
                    String id = FragmentIds.decoded(href.substring(hash + 1));
                    assertNotNull(page(built.book().relativize(target).toString()).getElementById(id),
                            href + " on " + file + ": no element has the id " + id);
                }
                checked++;
            }
        }
        assertTrue(checked > 90, "links checked: " + checked);

        assertEquals("../part2/water.html#水温", link("part1/green.html", "水温一节"), "a Markdown link to another chapter's heading");
        assertEquals("black.html#发酵", link("part1/green.html", "红茶的发酵"), "an Obsidian link to a heading, same folder");
        assertEquals("green.html#杀青", link("part1/longjing.html", "杀青"));
        assertEquals("green.html#绿茶", link("part1/black.html", "绿茶"), "[[green|绿茶]] → the chapter's opening heading");
        assertEquals("part1/green.html#绿茶", link("preface.html", "绿茶"), "from the book's folder down into part1/");
        assertEquals("../preface.html#序", link("part2/water.html", "序"), "to a chapter whose heading the book made from its title");
        assertEquals("../appendix.html#附录茶的年表", link("part2/water.html", "附录：茶的年表"));
        assertEquals("#fn-1", link("part1/green.html", "1"), "a link within the page stays #id");
        assertTrue(page("appendix.html").select("main article a").isEmpty(), "the link to a missing .md keeps only its text");
    }

    @Test
    void footnotesAreOnThePageThatCitesThemWithTheBooksNumbers() {
        Element green = page("part1/green.html").selectFirst("main section.footnotes");
        assertEquals(List.of("fn-1"), green.select("li").eachAttr("id"));
        assertEquals("1", green.selectFirst("li").attr("value"));
        assertEquals("#fnref-1-1", green.selectFirst("a.footnote-back").attr("href"));
        Element longjing = page("part1/longjing.html").selectFirst("main section.footnotes");
        assertEquals(List.of("fn-2"), longjing.select("li").eachAttr("id"));
        assertEquals("2", longjing.selectFirst("li").attr("value"), "numbered through the book: the list shows 2, not 1");
        assertEquals("2", page("part1/longjing.html").selectFirst("sup.footnote-ref a").text());
        for (String file : List.of("preface.html", "part1/black.html", "part2/water.html", "appendix.html", "afterword.html", "index.html")) {
            assertTrue(page(file).select("section.footnotes").isEmpty(), file);
        }
    }

    @Test
    void imagesAreCopiedIntoTheWebBookWhereTheBookHasThemAndLinkedFromEachPage() throws IOException {
        assertImage("part1/green.html", "嫩芽", "part1/images/leaf.png");
        assertImage("part2/water.html", "茶杯", "part2/img/cup.png");
        for (String file : withIndex()) {
            for (Element img : page(file).select("img")) {
                assertTrue(Files.isRegularFile(target(file, img.attr("src"))), img.attr("src") + " on " + file);
            }
        }
    }

    private void assertImage(String file, String alt, String source) throws IOException {
        Element img = page(file).selectFirst("img[alt=" + alt + "]");
        assertNotNull(img, file);
        assertFalse(img.attr("src").startsWith("/") || img.attr("src").contains(":"), "relative: " + img.attr("src"));
        Path copy = target(file, img.attr("src"));
        assertEquals(built.book().resolve(source).toRealPath(), copy.toRealPath(), "inside the web book's folder: " + file);
        assertArrayEquals(Files.readAllBytes(TeaBook.FOLDER.resolve(source)), Files.readAllBytes(copy), "the image's own bytes");
    }

    @Test
    void everyPageLinksTheOneStylesheetAndScriptAndWorksWithoutScripts() throws IOException {
        String css = Files.readString(built.book().resolve("book.css"));
        assertTrue(css.startsWith("/* The web book"), "the theme's book-html.css first, so that its html.css can restyle it");
        assertTrue(css.indexOf("nav.book-sidebar") < css.indexOf("Inkstone default theme: base.css")
                && css.contains("Inkstone default theme: html.css"), "then the theme's web CSS");
        assertFalse(css.contains("var(--accent)"), "the accent is filled in");
        assertTrue(css.contains("@media screen and (max-width: 860px)"), "the sidebar moves above the text on a narrow screen");
        for (String file : withIndex()) {
            Document page = page(file);
            assertTrue(page.select("style").isEmpty(), file);
            assertEquals(built.book().resolve("book.css"), target(file, page.selectFirst("link[rel=stylesheet]").attr("href")), file);
            assertEquals(built.book().resolve("book.js"), target(file, page.selectFirst("body > script[src]").attr("src")), file);
            assertEquals(1, page.select("script").size(), "no inline script: " + file);
            assertTrue(page.selectFirst("form#book-search").hasAttr("hidden"), "without scripts no search box shows: " + file);
            assertEquals(PageUrls.toRoot(file), page.selectFirst("body").attr("data-book-root"), file);
        }
    }

    @Test
    void searchIndexHoldsEveryHeadingsTextAndPointsAtPagesAndIdsThatExist() throws IOException {
        String script = Files.readString(built.book().resolve("search-index.js"));
        String prefix = "window." + SearchIndex.VARIABLE + " = ";
        assertTrue(script.startsWith(prefix) && script.endsWith("];\n"), "a script assigning the array: " + script.substring(0, 60));
        Type type = List.class;
        @SuppressWarnings("unchecked")
        List<Map<String, String>> entries = (List<Map<String, String>>) new Json().toType(script.substring(prefix.length(), script.length() - 2), type);
        assertEquals(14, entries.size(), "one entry per heading");
        for (Map<String, String> e : entries) {
            assertEquals(List.of("page", "anchor", "chapter", "title", "text"), List.copyOf(e.keySet()));
            assertTrue(PAGES.contains(e.get("page")), e.toString());
            Element heading = page(e.get("page")).getElementById(e.get("anchor"));
            assertNotNull(heading, e.toString());
            assertEquals(e.get("title"), heading.text());
        }
        Map<String, String> tools = entries.stream().filter(e -> e.get("title").equals("器具")).findFirst().orElseThrow();
        assertEquals("part2/water.html", tools.get("page"));
        assertEquals("水与器", tools.get("chapter"));
        assertEquals("玻璃杯适合绿茶，紫砂壶适合红茶。读一读序，或者翻到附录：茶的年表。", tools.get("text"));
        Map<String, String> green = entries.stream().filter(e -> e.get("anchor").equals("绿茶")).findFirst().orElseThrow();
        assertEquals("绿茶不发酵，讲究一个“鲜”字。", green.get("text"), "no note marks, no notes");
        assertFalse(script.contains("清明前后"), "the notes are not searched");
    }

    @Test
    void theSameBookGivesTheSameBytes() throws IOException {
        TeaBook.Built again = TeaBook.build(dir.resolve("again"));
        for (String file : List.of("index.html", "part1/green.html", "part2/water.html", "book.css", "book.js", "search-index.js")) {
            assertEquals(Files.readString(built.book().resolve(file)), Files.readString(again.book().resolve(file)), file);
        }
    }

    @Test
    void searchIndexStringsAreValidJavaScript() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u2028e\\u0001\"", SearchIndex.json("a\"b\\c\nd\u2028e\u0001"));
        assertEquals("\"茶🍵\"", SearchIndex.json("茶🍵"), "Chinese and a surrogate pair as they are");
        assertEquals("\"x\\ud83cy\\udf75\"", SearchIndex.json("x\ud83cy\udf75"), "unpaired halves escaped");
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> withIndex() {
        List<String> all = new ArrayList<>(List.of("index.html"));
        all.addAll(PAGES);
        return all;
    }

    private static Element chapterItem(Element contents, String title) {
        return contents.select("li.book-chapter").stream().filter(li -> li.child(0).text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no item '" + title + "'"));
    }

    private static String link(String file, String text) {
        return page(file).select("main article a").stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no link '" + text + "' on " + file)).attr("href");
    }

    /** The file a relative URL on {@code page} leads to (percent-decoded). */
    static Path target(String page, String href) {
        Path folder = built.book().resolve(page).getParent();
        return folder.resolve(URI.create(href).getPath()).normalize();
    }

    static Document page(String file) {
        try {
            return Jsoup.parse(Files.readString(built.book().resolve(file)), "", Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
