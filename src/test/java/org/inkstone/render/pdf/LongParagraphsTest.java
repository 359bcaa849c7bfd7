package org.inkstone.render.pdf;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a paragraph too long for the PDF's layout is cut: the text kept exactly, no character or word split. */
class LongParagraphsTest {

    private static Element cut(String text) {
        Element article = new Element("article");
        article.appendElement("p").text(text);
        assertEquals(1, LongParagraphs.apply(article));
        assertTrue(article.childrenSize() > 1, "cut into pieces");
        StringBuilder joined = new StringBuilder();
        for (Element p : article.children()) joined.append(p.wholeText());
        assertEquals(text, joined.toString(), "every character kept, in order");
        return article;
    }

    @Test
    void charactersOutsideTheBasicPlaneAreNeverSplit() {
        Element article = cut("x" + "𠮷".repeat(8_000)); // no sentence end; an odd start puts the 6,000th unit inside a pair
        for (Element p : article.children()) {
            String t = p.wholeText();
            assertFalse(Character.isLowSurrogate(t.charAt(0)), "a piece starts inside a surrogate pair");
            assertFalse(Character.isHighSurrogate(t.charAt(t.length() - 1)), "a piece ends inside a surrogate pair");
        }
    }

    @Test
    void latinTextWithoutSentenceEndsIsCutBetweenWords() {
        Element article = cut("a" + "word ".repeat(3_000));
        for (Element p : article.children()) {
            String t = p.wholeText();
            assertTrue(t.startsWith("word") || t.startsWith("aword"), "a piece starts inside a word: " + t.substring(0, 10));
        }
    }

    @Test
    void sentencesAreCutAfterTheirEnd() {
        Element article = cut("这是一句话。".repeat(1_000));
        for (Element p : article.children()) assertTrue(p.wholeText().startsWith("这是"), "cut after 。");
    }
}
