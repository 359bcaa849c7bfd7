package org.inkstone.render.xhtml;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CjkMarksTest {

    private static String chinese(String text) {
        BitSet set = CjkMarks.chineseQuotes(text);
        StringBuilder out = new StringBuilder();
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) out.append(text.charAt(i));
        return out.toString();
    }

    private static String halved(String text) {
        BitSet set = CjkMarks.halved(text, CjkMarks.chineseQuotes(text));
        StringBuilder out = new StringBuilder();
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) out.append(i).append(text.charAt(i)).append(' ');
        return out.toString().strip();
    }

    @Test
    void quotesInChineseTextAreChineseAndQuotesInEnglishAreNot() {
        assertEquals("“”", chinese("他说“今天”"));
        assertEquals("“”", chinese("他说“OK”就走了"), "Latin words quoted in a Chinese sentence");
        assertEquals("", chinese("He said “hello” and it’s ‘fine’."));
        assertEquals("‘’“”", chinese("引号里的‘单引号’和“双引号”"));
        assertEquals("“”", chinese("“这个问题，”"), "a pair whose inside is Chinese");
        assertEquals("", chinese("don’t"), "an apostrophe");
    }

    @Test
    void theFirstOfTwoClosingMarksAndTheSecondOfTwoOpeningMarksAreHalved() {
        assertEquals("1。", halved("好。”下"));
        assertEquals("1） 2，", halved("件），“注"));
        assertEquals("1《 5》", halved("“《红楼梦》”"), "of “《 the second, of 》” the first");
    }

    @Test
    void marksThatDoNotMeetKeepTheirWidth() {
        assertEquals("", halved("（注）"), "an opening mark before a closing one: no blank between");
        assertEquals("", halved("真的？！"), "？！ keep theirs");
        assertEquals("", halved("He said “hi”."), "Latin quotes are no full-width marks");
    }

    @Test
    void everyCharacterHasTheKindOfTheMarkListsAndNoOtherHasOne() {
        String opening = "（《〈「『【〔〖［｛";
        String closing = "）》〉」』】〕〗］｝";
        String stops = "。，、：；！？．";
        int marks = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (boolean quote : new boolean[] {false, true}) {
                CjkMarks.Kind expected = c == '“' || c == '‘' ? (quote ? CjkMarks.Kind.OPENING : CjkMarks.Kind.NONE)
                        : c == '”' || c == '’' ? (quote ? CjkMarks.Kind.CLOSING : CjkMarks.Kind.NONE)
                        : opening.indexOf(c) >= 0 ? CjkMarks.Kind.OPENING
                        : closing.indexOf(c) >= 0 ? CjkMarks.Kind.CLOSING
                        : stops.indexOf(c) >= 0 ? CjkMarks.Kind.STOP : CjkMarks.Kind.NONE;
                assertEquals(expected, CjkMarks.kind(c, quote), "U+" + Integer.toHexString(c));
                if (expected != CjkMarks.Kind.NONE) marks++;
            }
        }
        assertEquals(2 * (10 + 10 + 8) + 4, marks);
    }
}
