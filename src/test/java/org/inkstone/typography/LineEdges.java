package org.inkstone.typography;

import java.util.ArrayList;
import java.util.List;

/**
 * clreq's basic line-edge prohibitions, checked on lines of text: no line starts with a closing or pause mark,
 * none ends with an opening mark, and a two-em dash {@code ——} or an ellipsis {@code ……} is never split across
 * two lines. The lines are given in reading order (as {@link PdfLines} or a browser's line boxes give them).
 *
 * @see <a href="https://www.w3.org/TR/clreq/#prohibition_rules_for_line_start_end">clreq: prohibition rules</a>
 */
public final class LineEdges {
    /** Marks that may not start a line: pause and stop marks, closing brackets and quotes, the ellipsis, interpuncts. */
    public static final String NOT_AT_START = "，。、：；！？‼⁇⁈⁉．"
            + "”’）》」』】〉〕］｝〗〙〛｠»›"
            + "…‥·・";
    /** Marks that may not end a line: opening brackets and quotes. */
    public static final String NOT_AT_END = "“‘（《「『【〈〔［｛〖〘〚｟«‹";
    /** Marks that come in pairs that no line end may split. */
    private static final String UNSPLIT = "—…";

    private LineEdges() {}

    /** Which rule a line breaks. */
    public enum Kind {
        /** the line starts with a mark of {@link #NOT_AT_START} */
        START,
        /** the line ends with a mark of {@link #NOT_AT_END} */
        END,
        /** the line ends inside a {@code ——} or {@code ……} (reported on the line that ends) */
        SPLIT
    }

    /** One broken rule: which, on which line (index into the list given) and that line's text. */
    public record Violation(Kind kind, int line, String text) {
        @Override
        public String toString() {
            return kind.name().toLowerCase() + " #" + line + ": " + text;
        }
    }

    /** The broken rules, line by line, as readable strings ({@code "start #12: ”。下午…"}); empty when there are none. */
    public static List<String> violations(List<String> lines) {
        return find(lines).stream().map(Violation::toString).toList();
    }

    /**
     * The broken rules, line by line. ASCII marks are not checked: Latin text and inline code may start a line with
     * {@code .gitignore}, {@code ::before} or {@code !important}.
     */
    public static List<Violation> find(List<String> lines) {
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            int first = line.codePointAt(0);
            int last = line.codePointBefore(line.length());
            if (startForbidden(first)) out.add(new Violation(Kind.START, i, line));
            if (endForbidden(last)) out.add(new Violation(Kind.END, i, line));
            if (i + 1 < lines.size() && UNSPLIT.indexOf(last) >= 0) {
                String next = lines.get(i + 1).strip();
                if (!next.isEmpty() && next.codePointAt(0) == last) out.add(new Violation(Kind.SPLIT, i, line + " / " + next));
            }
        }
        return out;
    }

    /** Counts of each kind in {@code violations}, as {@code "start N, end N, split N"}. */
    public static String counts(List<Violation> violations) {
        long start = violations.stream().filter(v -> v.kind() == Kind.START).count();
        long end = violations.stream().filter(v -> v.kind() == Kind.END).count();
        long split = violations.stream().filter(v -> v.kind() == Kind.SPLIT).count();
        return "start " + start + ", end " + end + ", split " + split;
    }

    /** Whether a line may not start with {@code c} (a closing, pause or stop mark). */
    public static boolean startForbidden(int c) {
        return NOT_AT_START.indexOf(c) >= 0;
    }

    /** Whether a line may not end with {@code c} (an opening bracket or quote). */
    public static boolean endForbidden(int c) {
        return NOT_AT_END.indexOf(c) >= 0;
    }
}
