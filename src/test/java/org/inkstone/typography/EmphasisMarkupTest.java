package org.inkstone.typography;

import org.inkstone.HeadlessChromium;
import org.inkstone.options.AutoSwitch;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the web page, the EPUB and the WeChat fragment of stress.md say about emphasis and line edges: the Chinese
 * emphasis is marked for the theme's dots, and the CSS (inline styles in WeChat, which keeps no class or style
 * element) asks for {@code text-emphasis} with the {@code -webkit-} names WeChat's webviews read, and for
 * {@code line-break: strict}.
 */
class EmphasisMarkupTest {
    private static final List<String> DOTS = List.of("font-style: normal", "-webkit-text-emphasis: filled dot",
            "text-emphasis: filled dot", "-webkit-text-emphasis-position: under right", "text-emphasis-position: under right");
    private static Path work;
    private static TypesetPages.Built stress;

    @BeforeAll
    static void build() throws IOException {
        work = Files.createTempDirectory("inkstone-emphasis-markup");
        stress = TypesetPages.build(TypesetPdfs.STRESS, work, AutoSwitch.AUTO);
    }

    @AfterAll
    static void clean() throws IOException {
        HeadlessChromium.deleteTree(work);
    }

    @Test
    void theWebPageMarksTheChineseEmphasisAndItsCssDrawsDots() throws IOException {
        Document page = Jsoup.parse(Files.readString(stress.webPage()));
        assertEquals("强调的中文", page.select("em.emphasis-dots").text());
        assertEquals("emphasis in English", page.select("em:not([class])").text());
        String css = page.select("style").last().data();
        for (String rule : List.of("-webkit-text-emphasis: filled dot;", "text-emphasis-position: under right;", "line-break: strict;")) {
            assertTrue(css.contains(rule), rule);
        }
    }

    @Test
    void theEpubChapterMarksTheChineseEmphasisAndItsCssDrawsDots() throws IOException {
        Document chapter = Jsoup.parse(Files.readString(stress.epubChapter()), "", Parser.xmlParser());
        assertEquals("强调的中文", chapter.select("em.emphasis-dots").text());
        String css = Files.readString(stress.epubChapter().resolveSibling("styles/book.css"));
        for (String rule : List.of("-webkit-text-emphasis: filled dot;", "text-emphasis: filled dot;", "-epub-line-break: strict;",
                "line-break: strict;", "@supports (text-emphasis-style: dot) or (-webkit-text-emphasis-style: dot)")) {
            assertTrue(css.contains(rule), rule);
        }
    }

    @Test
    void theWechatFragmentCarriesTheDotsAsInlineStylesOnly() throws IOException {
        Element root = Jsoup.parseBodyFragment(Files.readString(stress.wechatFragment())).body().child(0);
        Element chinese = root.select("em").stream().filter(e -> e.text().equals("强调的中文")).findFirst().orElseThrow();
        for (String declaration : DOTS) assertTrue(chinese.attr("style").contains(declaration), chinese.attr("style"));
        Element latin = root.select("em").stream().filter(e -> e.text().equals("emphasis in English")).findFirst().orElseThrow();
        assertEquals("font-style: italic", latin.attr("style"));
        assertTrue(root.attr("style").contains("line-break: strict"), root.attr("style"));
        Element url = root.select("span").stream().filter(e -> e.text().startsWith("https://example.org/a/very/long")).findFirst().orElseThrow();
        assertEquals("word-break: break-all", url.attr("style"), "the bare URL may break anywhere");
        assertEquals(0, root.select("[class], [id], style").size(), "WeChat keeps no class, id or style element");
    }
}
