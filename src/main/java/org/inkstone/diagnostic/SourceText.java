package org.inkstone.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of the input file, for pointing a warning at a line when the model no longer knows where
 * something came from: the first line with a character no font has, a broken {@code #link}, a front
 * matter key. Lines are 1-based; 0 means "not found", which a diagnostic reads as "no line".
 */
public final class SourceText {
    public static final SourceText NONE = new SourceText("");

    private final String text;
    private final LineStarts lines;

    public SourceText(String text) {
        this.text = text;
        this.lines = new LineStarts(text);
    }

    /** The lines on which {@code codePoint} occurs, first first, at most {@code limit} of them. */
    public List<Integer> linesOf(int codePoint, int limit) {
        List<Integer> found = new ArrayList<>();
        String needle = new String(Character.toChars(codePoint));
        int from = 0;
        while (found.size() < limit) {
            int at = text.indexOf(needle, from);
            if (at < 0) break;
            int line = lines.lineOf(at);
            found.add(line);
            from = lines.startOfLineAfter(line);
            if (from < 0) break;
        }
        return found;
    }

    /** The first line containing {@code needle}, or 0. */
    int lineOf(String needle) {
        int at = needle.isEmpty() ? -1 : text.indexOf(needle);
        return at < 0 ? 0 : lines.lineOf(at);
    }

    /**
     * The first line where {@code target} is written as a link target: a Markdown {@code ](target)}
     * (or {@code ](<target>)}, or with a title after it) or an HTML {@code href="target"}; 0 when not found.
     */
    public int linkLineOf(String target) {
        if (target.isEmpty()) return 0;
        String t = Pattern.quote(target);
        Matcher m = Pattern.compile("\\]\\(<?" + t + "(?=[\\s)>])|href\\s*=\\s*([\"'])" + t + "\\1").matcher(text);
        return m.find() ? lines.lineOf(m.start()) : 0;
    }
}
