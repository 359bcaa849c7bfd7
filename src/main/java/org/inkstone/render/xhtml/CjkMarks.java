package org.inkstone.render.xhtml;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * How Chinese punctuation sits in a run of text (one block's text in reading order, as the outputs'
 * typography steps see it): which curly quotes are Chinese ones, to be set full width, and which
 * full-width marks lose half their width next to another mark (clreq; GB/T 15834). A full-width mark
 * carries its ink on one half of its square and a blank half on the other: an opening mark
 * {@code （《“} on the right, a closing mark {@code ）》”} and a pause or stop {@code ，。、：；！？} (set
 * the mainland way) on the left. Where two marks meet, the blank between them is one em (a closing
 * or stop mark then an opening one: {@code ，“}) or half an em (two closing: {@code 。”}, {@code ”。};
 * two opening: {@code “《}), and half an em of it goes, so that the two take 1.5 em instead of 2:
 * one of the two is set half an em wide ({@link #halved}).
 */
public final class CjkMarks {
    /** Where a mark's blank half is. */
    public enum Kind {
        /** {@code （《“…}: blank on the left; no line may end with one. */
        OPENING,
        /** {@code ）》”…}: blank on the right; no line may start with one. */
        CLOSING,
        /** {@code ，。、：；！？}: blank on the right; no line may start with one. */
        STOP,
        /** Anything else (Latin quotes, dashes, ellipses, letters). */
        NONE
    }

    private static final String OPENING = "（《〈「『【〔〖［｛";
    private static final String CLOSING = "）》〉」』】〕〗］｝";
    private static final String STOPS = "。，、：；！？．";
    private static final String EXCLAIM = "！？";

    private CjkMarks() {}

    /** The kind of a full-width mark; the curly quotes count only as Chinese ones ({@code chineseQuote}). */
    public static Kind kind(char c, boolean chineseQuote) {
        // every mark is a curly quote (U+2018–U+201D), CJK punctuation (U+3000–U+303F) or a full-width form (U+FF01–U+FF60):
        // Han and Latin text, asked of each character of a book, is answered without a search
        if (c < '\u2018' || (c > '\u201D' && c < '\u3000') || (c > '\u303F' && c < '\uFF01') || c > '\uFF60') return Kind.NONE;
        if (c == '“' || c == '‘') return chineseQuote ? Kind.OPENING : Kind.NONE;
        if (c == '”' || c == '’') return chineseQuote ? Kind.CLOSING : Kind.NONE;
        if (OPENING.indexOf(c) >= 0) return Kind.OPENING;
        if (CLOSING.indexOf(c) >= 0) return Kind.CLOSING;
        if (STOPS.indexOf(c) >= 0) return Kind.STOP;
        return Kind.NONE;
    }

    /** Whether {@code c} is one of ‘ ’ “ ”. */
    public static boolean isCurlyQuote(char c) {
        return c == '“' || c == '”' || c == '‘' || c == '’';
    }

    /**
     * The curly quotes of {@code text} that are Chinese: a pair ({@code “…”}, {@code ‘…’}, nested
     * pairs matched from the inside) is Chinese when the text it quotes starts or ends with a Chinese
     * character or mark, or the text around it does ({@code 他说“OK”。}); a quote without a partner
     * when a neighbour is. An apostrophe between Latin letters ({@code don’t}) is Latin. Spaces are
     * looked past. Quotes in Latin text ({@code He said “hi”.}) stay Latin.
     */
    public static BitSet chineseQuotes(CharSequence text) {
        BitSet chinese = new BitSet();
        Deque<Integer> doubles = new ArrayDeque<>();
        Deque<Integer> singles = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') doubles.push(i);
            else if (c == '‘') singles.push(i);
            else if (c == '”') close(text, doubles, i, chinese);
            else if (c == '’' && !isApostrophe(text, i)) close(text, singles, i, chinese);
        }
        for (Deque<Integer> open : java.util.List.of(doubles, singles)) {
            for (int i : open) if (chineseAround(text, i)) chinese.set(i);
        }
        return chinese;
    }

    private static void close(CharSequence text, Deque<Integer> open, int at, BitSet chinese) {
        if (open.isEmpty()) {
            if (chineseAround(text, at)) chinese.set(at);
            return;
        }
        int from = open.pop();
        if (chineseAround(text, from) || chineseAround(text, at)) {
            chinese.set(from);
            chinese.set(at);
        }
    }

    private static boolean isApostrophe(CharSequence text, int at) {
        return at > 0 && at + 1 < text.length() && isLatinLetter(text.charAt(at - 1)) && isLatinLetter(text.charAt(at + 1));
    }

    private static boolean isLatinLetter(char c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }

    /** Whether the nearest character before or after {@code at}, spaces aside, is Chinese. */
    private static boolean chineseAround(CharSequence text, int at) {
        int before = at - 1;
        while (before >= 0 && text.charAt(before) == ' ') before--;
        int after = at + 1;
        while (after < text.length() && text.charAt(after) == ' ') after++;
        return (before >= 0 && isChinese(Character.codePointBefore(text, before + 1)))
                || (after < text.length() && isChinese(Character.codePointAt(text, after)));
    }

    /** Han, kana or bopomofo, or a CJK symbol or full-width form (。，《》 …). */
    public static boolean isChinese(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.BOPOMOFO
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60);
    }

    /**
     * The marks that give up their blank half because they meet another mark (see the class comment):
     * a closing or stop mark before any mark loses its right half ({@code 。”}, {@code ，“}); of two
     * opening marks the second loses its left half ({@code “《}). {@code ！？} next to {@code ！？} keep
     * their width, and an opening mark before a closing one has no blank between them.
     *
     * @param chineseQuotes from {@link #chineseQuotes}: the curly quotes that are full-width marks
     */
    public static BitSet halved(CharSequence text, BitSet chineseQuotes) {
        BitSet halved = new BitSet();
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            Kind first = kind(c, chineseQuotes.get(i));
            if (first == Kind.NONE) continue;
            Kind second = kind(next, chineseQuotes.get(i + 1));
            if (second == Kind.NONE) continue;
            if (EXCLAIM.indexOf(c) >= 0 && EXCLAIM.indexOf(next) >= 0) continue;
            if (first != Kind.OPENING) halved.set(i);
            else if (second == Kind.OPENING) halved.set(i + 1);
        }
        return halved;
    }

    /** Whether a line may not start with {@code c} (a closing or stop mark, a Chinese closing quote, an ellipsis or dash). */
    public static boolean noLineStart(char c, boolean chineseQuote) {
        Kind k = kind(c, chineseQuote);
        return k == Kind.CLOSING || k == Kind.STOP || c == '”' || c == '’' || c == '…' || c == '—' || c == '·';
    }

    /** Whether a line may not end with {@code c} (an opening mark or quote). */
    public static boolean noLineEnd(char c) {
        return kind(c, true) == Kind.OPENING;
    }
}
