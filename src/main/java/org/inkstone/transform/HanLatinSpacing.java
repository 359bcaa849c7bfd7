package org.inkstone.transform;

import org.inkstone.model.Code;
import org.inkstone.model.Emphasis;
import org.inkstone.model.Highlight;
import org.inkstone.model.Inline;
import org.inkstone.model.Link;
import org.inkstone.model.MathInline;
import org.inkstone.model.Span;
import org.inkstone.model.Strikethrough;
import org.inkstone.model.Strong;
import org.inkstone.model.Subscript;
import org.inkstone.model.Superscript;
import org.inkstone.model.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * 盘古之白: a space between Han (or kana) characters and Latin letters or digits where the author
 * left none — {@code 用Java写的2个工具} becomes {@code 用 Java 写的 2 个工具}. Inside a text run and
 * across formatting ({@code 中文**English**}, {@code 使用`mvn`构建}); never inside code, math or
 * URLs, and never next to full-width punctuation, which carries its own space.
 */
final class HanLatinSpacing extends RebuildingTransform {

    @Override
    public List<Inline> visitText(Text t) {
        return List.of(new Text(spaceWithin(t.text())));
    }

    @Override
    public List<Inline> visitLink(Link l) {
        List<Inline> content = looksLikeUrl(l) ? l.content() : inlines(l.content());
        return List.of(l.withContent(content));
    }

    private static boolean looksLikeUrl(Link l) {
        return l.content().size() == 1 && l.content().get(0) instanceof Text t
                && (t.text().equals(l.href()) || l.href().endsWith(t.text()));
    }

    /**
     * Full-width closing and pause marks: they carry their own blank, so a space typed before one (as after a
     * bare URL, which needs it to end: {@code https://example.net/bare 、}) is dropped — it would only widen the
     * gap, and a reader's layout may start a line with the mark there.
     */
    private static final String CLOSING_MARKS = "，。、：；！？）》」』】〉";

    /** Whether {@code s} at {@code at} is a run of spaces followed by a full-width closing or pause mark. */
    private static int spacesBeforeMark(String s, int at) {
        int end = at;
        while (end < s.length() && s.charAt(end) == ' ') end++;
        return end > at && end < s.length() && CLOSING_MARKS.indexOf(s.charAt(end)) >= 0 ? end - at : 0;
    }

    /** Adds the spaces inside one string, and drops those before a full-width closing mark after other text; returns the same string when nothing changes. */
    static String spaceWithin(String s) {
        StringBuilder out = null;
        int prev = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int typed = prev >= 0 && !Character.isWhitespace(prev) ? spacesBeforeMark(s, i) : 0;
            if (typed > 0) {
                if (out == null) out = new StringBuilder(s.length()).append(s, 0, i);
                i += typed;
                continue;
            }
            if (prev >= 0 && needsSpace(prev, cp)) {
                if (out == null) out = new StringBuilder(s.length() + 8).append(s, 0, i);
                out.append(' ');
            }
            if (out != null) out.appendCodePoint(cp);
            prev = cp;
            i += Character.charCount(cp);
        }
        return out == null ? s : out.toString();
    }

    static boolean needsSpace(int left, int right) {
        return (isHan(left) && isLatinStart(right)) || (isLatinEnd(left) && isHan(right));
    }

    private static boolean isHan(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.BOPOMOFO;
    }

    private static boolean isLatinStart(int cp) {
        return (cp < 0x80 && Character.isLetterOrDigit(cp)) || isLatinLetter(cp) || cp == '@' || cp == '#' || cp == '$';
    }

    private static boolean isLatinEnd(int cp) {
        return (cp < 0x80 && Character.isLetterOrDigit(cp)) || isLatinLetter(cp) || cp == '%';
    }

    private static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    /** Spaces across the boundaries of neighbouring inlines (text, formatting, code, math, links). */
    @Override
    protected List<Inline> sequence(List<Inline> in) {
        List<Inline> merged = super.sequence(in);
        List<Inline> out = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            Inline current = merged.get(i);
            if (!out.isEmpty() && current instanceof Text t && spacesBeforeMark(t.text(), 0) > 0) {
                current = new Text(t.text().substring(spacesBeforeMark(t.text(), 0))); // `bare 、` after a link
            }
            if (!out.isEmpty()) {
                Inline previous = out.get(out.size() - 1);
                int left = edge(previous, false);
                int right = edge(current, true);
                if (left >= 0 && right >= 0 && needsBoundarySpace(left, right, previous, current)) {
                    if (previous instanceof Text t) out.set(out.size() - 1, new Text(t.text() + " "));
                    else if (current instanceof Text t) current = new Text(" " + t.text());
                    else out.add(new Text(" "));
                }
            }
            out.add(current);
        }
        return out;
    }

    private static boolean needsBoundarySpace(int left, int right, Inline previous, Inline current) {
        boolean atomicLeft = previous instanceof Code || previous instanceof MathInline;
        boolean atomicRight = current instanceof Code || current instanceof MathInline;
        // Code and math count as Latin on the side that touches Han text.
        if (atomicLeft && isHan(right)) return true;
        if (atomicRight && isHan(left)) return true;
        return needsSpace(left, right);
    }

    /** The first or last code point a reader sees in an inline, looking into formatting; -1 if none. */
    private static int edge(Inline i, boolean first) {
        String s;
        if (i instanceof Text t) s = t.text();
        else if (i instanceof Code c) s = c.text();
        else if (i instanceof MathInline m) s = m.tex();
        else {
            List<Inline> children = children(i);
            if (children == null || children.isEmpty()) return -1;
            return edge(children.get(first ? 0 : children.size() - 1), first);
        }
        if (s.isEmpty()) return -1;
        return first ? s.codePointAt(0) : s.codePointBefore(s.length());
    }

    private static List<Inline> children(Inline i) {
        if (i instanceof Emphasis e) return e.content();
        if (i instanceof Strong s) return s.content();
        if (i instanceof Strikethrough s) return s.content();
        if (i instanceof Highlight h) return h.content();
        if (i instanceof Subscript s) return s.content();
        if (i instanceof Superscript s) return s.content();
        if (i instanceof Link l) return l.content();
        if (i instanceof Span s) return s.content();
        return null;
    }
}
