package org.inkstone.transform;

import org.inkstone.model.Attributes;
import org.inkstone.model.Block;
import org.inkstone.model.Heading;
import org.inkstone.model.Inline;
import org.inkstone.model.Span;
import org.inkstone.model.Text;
import org.inkstone.options.Numbering.HeadingStyle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Writes numbers before the headings of a run of blocks (the document's own, not those inside quotes or
 * callouts), three levels deep from a top level: {@code 1}, {@code 1.1}, {@code 1.1.1} or {@code 一、},
 * {@code （一）}, {@code 1.}. The number is real text in a {@code span.heading-number}, followed by a space
 * where the style wants one, so that every output and everything made from a heading's text (contents,
 * bookmarks, running titles, navigation) carries it. Ids stay as they were. A heading with the class
 * {@code unnumbered} (pandoc's {@code {.unnumbered}} or {@code {-}}) keeps its text and does not count.
 */
final class HeadingNumbers {
    static final String NUMBER_CLASS = "heading-number";
    private static final int LEVELS = 3;
    /** A number written by hand at a heading's start: {@code 1 }, {@code 2.3 }, {@code 一、}, {@code （二）}, {@code 第三章}. */
    private static final Pattern WRITTEN_NUMBER = Pattern.compile(
            "^(?:\\d+(?:\\.\\d+)*(?:\\s|[、.．]\\s*(?!\\d))|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]"
                    + "|第[一二三四五六七八九十百零〇\\d]+[章节篇部回])");
    private static final String[] CHINESE_DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final HeadingStyle style;
    private final int[] counters = new int[LEVELS];

    HeadingNumbers(HeadingStyle style) {
        this.style = style;
    }

    /**
     * The level numbered {@code 1}: the shallowest heading level present, or level 2 when a single H1 stands
     * ahead of every other heading (an article's title, which is not numbered).
     */
    static int topLevel(List<Block> blocks) {
        int min = 7;
        int atMin = 0;
        boolean firstIsMin = false;
        boolean first = true;
        for (Block b : blocks) {
            if (!(b instanceof Heading h)) continue;
            if (h.level() < min) {
                min = h.level();
                atMin = 1;
                firstIsMin = first;
            } else if (h.level() == min) {
                atMin++;
            }
            first = false;
        }
        if (min == 7) return 1;
        // Only an H1 is taken for a title: a lone first H2 is the article's one section, and is numbered.
        return atMin == 1 && firstIsMin && min == 1 ? 2 : min;
    }

    /**
     * True when the author numbered the headings by hand: at least half of those from level {@code top} to
     * {@code top + 2} start with a written number ({@code 1.2 }, {@code 一、}, {@code 第三章}); the build then
     * leaves them as written rather than number them twice.
     */
    static boolean numberedByHand(List<Block> blocks, int top) {
        int headings = 0;
        int written = 0;
        for (Block b : blocks) {
            if (!(b instanceof Heading h) || h.level() < top || h.level() >= top + LEVELS) continue;
            headings++;
            if (WRITTEN_NUMBER.matcher(org.inkstone.model.HeadingText.of(h.content())).find()) written++;
        }
        return headings > 0 && written * 2 >= headings;
    }

    /**
     * The blocks with their headings from level {@code top} to {@code top + 2} numbered; a heading at a block
     * index {@code skip} accepts is left as written and does not count. The numbers given are put in
     * {@code given} by block index.
     */
    List<Block> number(List<Block> blocks, int top, IntPredicate skip, Map<Integer, String> given) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int depth = b instanceof Heading h ? h.level() - top : -1;
            if (depth < 0 || depth >= LEVELS || skip.test(i) || ((Heading) b).attributes().classes().contains("unnumbered")) {
                out.add(b);
                continue;
            }
            Heading h = (Heading) b;
            counters[depth]++;
            for (int d = depth + 1; d < LEVELS; d++) counters[d] = 0;
            String number = label(depth);
            given.put(i, number + separator(depth));
            List<Inline> content = new ArrayList<>();
            content.add(new Span(new Attributes(null, List.of(NUMBER_CLASS), Map.of()), List.of(new Text(number))));
            content.addAll(CaptionNumbers.after(separator(depth), h.content()));
            out.add(h.withContent(content));
        }
        return out;
    }

    private String label(int depth) {
        if (style == HeadingStyle.CHINESE) {
            return switch (depth) {
                case 0 -> chinese(counters[0]) + "、";
                case 1 -> "（" + chinese(counters[1]) + "）";
                default -> counters[depth] + ".";
            };
        }
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d <= depth; d++) {
            if (d > 0) sb.append('.');
            sb.append(counters[d]);
        }
        return sb.toString();
    }

    /** What stands between the number and the heading's words: a space after Arabic numbers, nothing after 、 or ）. */
    private String separator(int depth) {
        return style == HeadingStyle.CHINESE && depth < 2 ? "" : " ";
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; beyond, Arabic digits. */
    static String chinese(int n) {
        if (n <= 0 || n >= 100) return Integer.toString(n);
        if (n < 10) return CHINESE_DIGITS[n];
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : CHINESE_DIGITS[tens]) + "十" + (ones == 0 ? "" : CHINESE_DIGITS[ones]);
    }
}
