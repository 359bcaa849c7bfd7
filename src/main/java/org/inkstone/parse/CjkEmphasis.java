package org.inkstone.parse;

import com.vladsch.flexmark.parser.core.delimiter.AsteriskDelimiterProcessor;
import com.vladsch.flexmark.parser.core.delimiter.UnderscoreDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;

/**
 * CommonMark's flanking rules fail on Chinese: in {@code 这种**“内部消化”模式**虽然} the opening
 * {@code **} sits between a Han character and a quotation mark, so CommonMark prints the asterisks.
 * Typora and Obsidian make it bold. These processors treat a CJK neighbour like whitespace or
 * punctuation when deciding whether a run can open or close (the rule of markdown-it-cjk-friendly).
 */
final class CjkEmphasis {
    private CjkEmphasis() {}

    static boolean isCjk(String s) {
        if (s == null || s.isEmpty()) return false;
        char c = s.charAt(0);
        if (Character.isSurrogate(c)) return true; // supplementary Han (𠮷), emoji: never Latin letters
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    static boolean leftFlanking(String before, String after, boolean beforeIsPunct, boolean afterIsPunct,
                                boolean beforeIsWs, boolean afterIsWs) {
        return !afterIsWs && (!afterIsPunct || beforeIsWs || beforeIsPunct || isCjk(before));
    }

    static boolean rightFlanking(String before, String after, boolean beforeIsPunct, boolean afterIsPunct,
                                 boolean beforeIsWs, boolean afterIsWs) {
        return !beforeIsWs && (!beforeIsPunct || afterIsWs || afterIsPunct || isCjk(after));
    }

    /**
     * CommonMark's "rule of three", with the exception flexmark 0.64 lacks: two runs whose lengths
     * are both multiples of three still match ({@code 、***粗斜体***、}).
     */
    static int delimiterUse(DelimiterRun opener, DelimiterRun closer) {
        boolean eitherBoth = opener.canClose() || closer.canOpen();
        boolean bothTriples = opener.length() % 3 == 0 && closer.length() % 3 == 0;
        if (eitherBoth && !bothTriples && (opener.length() + closer.length()) % 3 == 0) return 0;
        return opener.length() >= 2 && closer.length() >= 2 ? 2 : 1;
    }

    static final class Asterisk extends AsteriskDelimiterProcessor {
        Asterisk() { super(true); }

        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            return delimiterUse(opener, closer);
        }

        @Override
        public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                                   boolean beforeIsPunct, boolean afterIsPunct, boolean beforeIsWs, boolean afterIsWs) {
            return leftFlanking(before, after, beforeIsPunct, afterIsPunct, beforeIsWs, afterIsWs);
        }

        @Override
        public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                                   boolean beforeIsPunct, boolean afterIsPunct, boolean beforeIsWs, boolean afterIsWs) {
            return rightFlanking(before, after, beforeIsPunct, afterIsPunct, beforeIsWs, afterIsWs);
        }
    }

    static final class Underscore extends UnderscoreDelimiterProcessor {
        Underscore() { super(true); }

        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            return delimiterUse(opener, closer);
        }

        @Override
        public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                                   boolean beforeIsPunct, boolean afterIsPunct, boolean beforeIsWs, boolean afterIsWs) {
            boolean left = leftFlanking(before, after, beforeIsPunct, afterIsPunct, beforeIsWs, afterIsWs);
            boolean right = rightFlanking(before, after, beforeIsPunct, afterIsPunct, beforeIsWs, afterIsWs);
            return left && (!right || beforeIsPunct);
        }

        @Override
        public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                                   boolean beforeIsPunct, boolean afterIsPunct, boolean beforeIsWs, boolean afterIsWs) {
            boolean left = leftFlanking(before, after, beforeIsPunct, afterIsPunct, beforeIsWs, afterIsWs);
            boolean right = rightFlanking(before, after, beforeIsPunct, afterIsPunct, beforeIsWs, afterIsWs);
            return right && (!left || afterIsPunct);
        }
    }
}
