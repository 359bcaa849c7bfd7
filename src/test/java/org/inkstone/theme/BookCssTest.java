package org.inkstone.theme;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A theme's book additions (book-print.css, book-html.css) come with the theme and stay out of an article's CSS. */
class BookCssTest {
    @Test
    void theDefaultThemeHasBookRulesForThePdfAndTheWebBookApartFromTheArticles() {
        for (Path home : new Path[] {null, Path.of("").toAbsolutePath()}) { // bundled, and the folder on disk
            Theme theme = new ThemeLoader(home).load("default");
            assertTrue(theme.bookCss("print").contains("@page front"), "the book's front matter page");
            assertTrue(theme.bookCss("html").contains("nav.book-sidebar"), "the web book's sidebar");
            assertFalse(theme.css("print").contains("body.book"), "an article's print CSS has no book rules");
            assertFalse(theme.css("html").contains("book-sidebar"), "an article's page has no sidebar rules");
            assertEquals("", theme.bookCss("wechat"), "WeChat publishes chapters as articles");
        }
    }

    @Test
    void aThemeFolderWithoutBookFilesAddsNothing(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("base.css"), "p { color: red; }\n");
        Theme theme = new ThemeLoader(null).load(dir.toString());
        assertEquals("", theme.bookCss("print"));
        assertEquals("", theme.bookCss("html"));
    }
}
