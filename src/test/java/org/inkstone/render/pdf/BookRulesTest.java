package org.inkstone.render.pdf;

import org.inkstone.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The books block of print.css is left out of an article's page, and only it. */
class BookRulesTest {
    @Test
    void theDefaultThemesBookRulesAreLeftOutOfAnArticle() {
        String css = new ThemeLoader(Path.of("").toAbsolutePath()).load("default").css("print");
        assertTrue(css.contains("body.book") && css.contains("@page front"), "the theme has book rules");
        String article = BookRules.leftOut(css);
        assertFalse(article.contains("body.book") || article.contains("@page front") || article.contains("end of books"), article);
        assertTrue(article.contains("@footnote") && article.contains("nav.toc a::after"), "the other rules stay");
        assertEquals(css.length() - article.length(), css.indexOf(BookRules.END) + BookRules.END.length() - css.indexOf(BookRules.START));
    }

    @Test
    void onlyTheBlockGoes() {
        assertEquals("a {}\nb {}\n", BookRules.leftOut("a {}\n\n/* ---------- Books */\n.book {}\n\n" + BookRules.END + "b {}\n"));
        assertEquals("a {}\n", BookRules.leftOut("a {}\n\n/* ---------- Books */\n.book {}\n"), "to the end without the end line");
        assertEquals("a {}\n", BookRules.leftOut("a {}\n"), "a theme without book rules");
    }
}
