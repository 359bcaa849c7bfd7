package org.inkstone.transform;

import org.inkstone.model.Code;
import org.inkstone.model.Emphasis;
import org.inkstone.model.Highlight;
import org.inkstone.model.Inline;
import org.inkstone.model.Link;
import org.inkstone.model.SoftBreak;
import org.inkstone.model.Strikethrough;
import org.inkstone.model.Strong;
import org.inkstone.model.Subscript;
import org.inkstone.model.Superscript;
import org.inkstone.model.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * A line break in the source between two East Asian wide characters is not a space: Chinese
 * wraps lines anywhere, and a space there shows as a gap (pandoc's {@code east_asian_line_breaks}).
 * Nor is one next to full-width punctuation ({@code 、\nH2O}). Between Latin words, and between
 * Han and Latin text, the soft break stays and renders as a space.
 */
final class CjkLineBreaks extends RebuildingTransform {

    @Override
    protected List<Inline> sequence(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Inline node = in.get(i);
            if (node instanceof SoftBreak && i > 0 && i + 1 < in.size()
                    && joins(lastChar(in.get(i - 1)), firstChar(in.get(i + 1)))) {
                continue;
            }
            out.add(node);
        }
        return super.sequence(out);
    }

    /** Two wide characters join; so does a full-width punctuation mark with anything (its glyph carries its own space). */
    private static boolean joins(int before, int after) {
        return (isWide(before) && isWide(after)) || isFullWidthPunctuation(before) || isFullWidthPunctuation(after);
    }

    /** 、。，：；！？「」『』《》（）【】 and their kin: CJK symbols and full-width punctuation, not letters or digits. */
    static boolean isFullWidthPunctuation(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)
                || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65);
    }

    /** East Asian Wide or Fullwidth: Han, kana, CJK punctuation, fullwidth forms (not Hangul, which uses spaces). */
    static boolean isWide(int cp) {
        if (cp < 0x1100) return false;
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.BOPOMOFO) return true;
        return (cp >= 0x2E80 && cp <= 0x303F) || (cp >= 0x3200 && cp <= 0x33FF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || cp == 0x2014 || cp == 0x2026 || (cp >= 0x201C && cp <= 0x201D) || (cp >= 0x2018 && cp <= 0x2019);
    }

    private static int lastChar(Inline i) {
        String s = edgeText(i, false);
        return s.isEmpty() ? -1 : s.codePointBefore(s.length());
    }

    private static int firstChar(Inline i) {
        String s = edgeText(i, true);
        return s.isEmpty() ? -1 : s.codePointAt(0);
    }

    /** The text at the leading or trailing edge of an inline, looking into formatting. */
    private static String edgeText(Inline i, boolean leading) {
        List<Inline> children;
        if (i instanceof Text t) return t.text();
        if (i instanceof Code c) return c.text();
        if (i instanceof Emphasis e) children = e.content();
        else if (i instanceof Strong s) children = s.content();
        else if (i instanceof Strikethrough s) children = s.content();
        else if (i instanceof Highlight h) children = h.content();
        else if (i instanceof Subscript s) children = s.content();
        else if (i instanceof Superscript s) children = s.content();
        else if (i instanceof Link l) children = l.content();
        else return "";
        if (children.isEmpty()) return "";
        return edgeText(children.get(leading ? 0 : children.size() - 1), leading);
    }
}
