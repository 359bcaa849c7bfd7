package org.inkstone.render.pdf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF's emphasis dots as a step on the article: which characters get a dot, and the dot itself. */
class EmphasisDotsTest {

    private static Element article(String html) {
        return Jsoup.parse("<article class=\"ink-document\">" + html + "</article>", "", Parser.xmlParser())
                .selectFirst("article");
    }

    @Test
    void eachCharacterButPunctuationGetsASpanOfItsOwnAndTheTextStaysTheSame() {
        Element article = article("<p>前<em class=\"emphasis-dots\">强调，第3章<code>x中</code><sup class=\"footnote-ref\"><a>1</a></sup></em>后</p>");
        String text = article.text();
        ResourceStore resources = new ResourceStore();
        String css = EmphasisDots.apply(article, resources, "#1f1d1b");

        assertEquals("<p>前<em class=\"emphasis-dots\"><span class=\"emphasis-dot\">强</span><span class=\"emphasis-dot\">调</span>，"
                + "<span class=\"emphasis-dot\">第</span><span class=\"emphasis-dot\">3</span><span class=\"emphasis-dot\">章</span>"
                + "<code>x中</code><sup class=\"footnote-ref\"><a>1</a></sup></em>后</p>", article.html());
        assertEquals(text, article.text(), "no character added or lost");
        assertTrue(css.contains("span.emphasis-dot") && css.contains("url(\"ink:/emphasis-dot.png\")"), css);
        assertTrue(resources.holds("ink:/emphasis-dot.png"));
    }

    @Test
    void aRunInsideDottedTextIsWrappedOnceAndSurrogatePairsStayWhole() {
        Element article = article("<p><em class=\"emphasis-dots\">甲<span class=\"emphasis-dots\">乙𠀀</span></em></p>");
        EmphasisDots.apply(article, new ResourceStore(), "#000000");
        assertEquals(3, article.select("span.emphasis-dot").size(), article.html());
        assertEquals("𠀀", article.select("span.emphasis-dot").last().text());
        assertEquals(0, article.select("span.emphasis-dot span.emphasis-dot").size());
    }

    @Test
    void withoutDottedTextNothingChanges() {
        Element article = article("<p><em>italic</em> <em class=\"emphasis-bold\">粗</em> <em class=\"emphasis-dots\">，。</em></p>");
        String before = article.html();
        ResourceStore resources = new ResourceStore();
        assertEquals("", EmphasisDots.apply(article, resources, "#000000"));
        assertEquals(before, article.html());
        assertFalse(resources.holds("ink:/emphasis-dot.png"), "no dot image for a document without dots");
    }

    @Test
    void theDotIsARoundSpotInTheInk() throws IOException {
        BufferedImage dot = ImageIO.read(new ByteArrayInputStream(EmphasisDots.dot(0x1f1d1b)));
        int n = dot.getWidth();
        assertEquals(n, dot.getHeight());
        assertEquals(0xff1f1d1b, dot.getRGB(n / 2, n / 2), "opaque ink at the centre");
        assertEquals(0, dot.getRGB(0, 0) >>> 24, "transparent at the corners");
        assertEquals(0xff, dot.getRGB(n / 2, 1) >>> 24, "round: the edge's middle is inked");
    }
}
