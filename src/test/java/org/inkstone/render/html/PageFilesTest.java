package org.inkstone.render.html;

import org.inkstone.model.Book;
import org.inkstone.model.BookLayout;
import org.inkstone.model.BookPart;
import org.inkstone.model.Chapter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The web book's file names and the relative URLs between its pages. */
class PageFilesTest {

    @Test
    void pagesAreNamedAfterTheChaptersFilesInTheirFolders() {
        assertEquals(List.of("part1/green.html", "第一章.html", "notes/a b.html", "intro.txt.html", "README.html"),
                files("part1/green.md", "第一章.markdown", "notes/a b.md", "intro.txt", "README.MD"));
    }

    @Test
    void namesTheBookNeedsAndNamesTakenGetANumber() {
        assertEquals(List.of("index-2.html", "a.html", "A-2.html", "a-3.html", "search-index.html"),
                files("index.md", "a.md", "A.md", "a.markdown", "search-index.md"),
                "index.html is the title page; a.html and A.html are one file on a case-insensitive disk");
    }

    @Test
    void noPageIsWrittenOutsideTheBooksFolder() {
        assertEquals(List.of("up/x.html", "x.html", "y.html", "y-2.html"), files("../../up/x.md", "./x.md/", "a/../y.md", "y.md"));
    }

    @Test
    void urlsBetweenPagesAreRelativeAndEncoded() {
        assertEquals("../part2/water.html", PageUrls.between("part1/green.html", "part2/water.html"));
        assertEquals("black.html", PageUrls.between("part1/green.html", "part1/black.html"));
        assertEquals("green.html", PageUrls.between("part1/green.html", "part1/green.html"), "the page itself, by its name");
        assertEquals("part1/a/deep.html", PageUrls.between("index.html", "part1/a/deep.html"));
        assertEquals("../../index.html", PageUrls.between("part1/a/deep.html", "index.html"));
        assertEquals("notes/a%20b.html", PageUrls.between("index.html", "notes/a b.html"));
        assertEquals("%E7%AC%AC%E4%B8%80%E7%AB%A0.html", PageUrls.between("index.html", "第一章.html"));
        assertEquals("./%E9%99%84%E5%BD%95:%E5%B9%B4%E8%A1%A8.html", PageUrls.between("index.html", "附录:年表.html"),
                "a colon in the first segment would read as a scheme");
        assertEquals("", PageUrls.toRoot("index.html"));
        assertEquals("../../", PageUrls.toRoot("part1/a/deep.html"));
    }

    private static List<String> files(String... paths) {
        List<Chapter> chapters = new ArrayList<>();
        for (String p : paths) chapters.add(new Chapter(p, p, 0, null, List.of()));
        BookPart part = new BookPart("", BookPart.Matter.BODY, chapters);
        List<BookLayout.Placed> placed = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) placed.add(new BookLayout.Placed(chapters.get(i), part, i, i + 1, "c" + i));
        return PageFiles.of(new BookLayout(new Book(null, List.of(part)), placed));
    }
}
