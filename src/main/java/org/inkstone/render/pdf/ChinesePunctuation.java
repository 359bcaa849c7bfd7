package org.inkstone.render.pdf;

import org.inkstone.render.xhtml.CjkMarks;
import org.inkstone.render.xhtml.TextRuns;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese punctuation in the PDF, set before layout on the article's XHTML. The
 * text itself never changes — a reader who copies it gets the source's characters — only the face that
 * draws some characters, each a {@link org.inkstone.font.ChinesePunctuationFace} derived from the body face:
 * <ul>
 *   <li>a Chinese curly quote ({@link CjkMarks#chineseQuotes}) is drawn full width;</li>
 *   <li>a full-width mark that meets another ({@link CjkMarks#halved}: {@code 。”}, {@code ），},
 *   {@code “《}) is drawn half an em wide, its blank half cut off (punctuation compression);</li>
 *   <li>a space between Han and Latin text (盘古之白, the spacing transform's or the author's) goes in
 *   {@code <span class="cjk-gap">}, drawn a quarter em wide instead of LXGW WenKai's 0.35 em. A line
 *   may break at a space, and OpenHTMLtoPDF drops a space at a line's start or end.</li>
 * </ul>
 * OpenHTMLtoPDF may break a line at any boundary between inline boxes (it breaks each box's text on its
 * own), so a span that started before a closing mark, or ended after an opening one, would let a line
 * start with {@code 。} or end with {@code “}. A quote or halved mark therefore goes in a
 * {@code <span class="cjk-punct">} that reaches from the last place before it where a line may break
 * to the first one after it (at most {@value #REACH} characters each way, within the text node): the
 * span's edges are places where a line could break anyway. The span names the face for its set of
 * halved marks ({@code font-family}); its other characters fall back to the body face. The sets, in
 * the order of their family numbers, are what {@link #apply} returns, for the {@link FontRegistry}.
 *
 * <p>Code, preformatted text, formulas and images are left alone, and count as neither Han nor a mark.
 */
final class ChinesePunctuation {
    /** How many characters on each side of a quote or halved mark its span takes in at most. */
    static final int REACH = 6;

    private ChinesePunctuation() {}

    /** What the characters of one run get. */
    private record Marks(BitSet quotes, BitSet halved, BitSet gaps) {}

    /**
     * @return the sets of halved marks the spans name, the {@code n}th set's face being the family
     *         {@link FontRegistry#punctuationFamily(int) punctuationFamily(n)}; the first set is always
     *         the empty one (quotes and gaps only)
     */
    static List<String> apply(Element article) {
        List<TextRuns.Run> runs = TextRuns.of(article, e -> false);
        Map<String, Integer> sets = new LinkedHashMap<>();
        sets.put("", 0);
        for (TextRuns.Run run : runs) rewrite(run, sets);
        return List.copyOf(sets.keySet());
    }

    private static void rewrite(TextRuns.Run run, Map<String, Integer> sets) {
        if (run.nodes().isEmpty()) return;
        String text = run.text();
        BitSet quotes = CjkMarks.chineseQuotes(text);
        Marks marks = new Marks(quotes, CjkMarks.halved(text, quotes), gaps(text));
        for (int n = 0; n < run.nodes().size(); n++) {
            int from = run.start(n);
            int to = from + run.nodes().get(n).getWholeText().length();
            if (nextMark(marks, from) < to) rewrite(run.nodes().get(n), text, from, to, marks, sets);
        }
    }

    /** The spaces with Han on one side and a Latin letter or digit (or code, a formula) on the other. */
    static BitSet gaps(String text) {
        BitSet gaps = new BitSet();
        for (int i = 1; i + 1 < text.length(); i++) {
            if (text.charAt(i) != ' ') continue;
            int before = text.codePointBefore(i);
            int after = text.codePointAt(i + 1);
            if ((isHan(before) && isLatin(after)) || (isLatin(before) && isHan(after))) gaps.set(i);
        }
        return gaps;
    }

    private static boolean isHan(int cp) {
        return CjkMarks.isChinese(cp) && !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFF01 && cp <= 0xFF60);
    }

    private static boolean isLatin(int cp) {
        return cp == TextRuns.OBJECT || (Character.isLetterOrDigit(cp) && !CjkMarks.isChinese(cp)) || cp == '%';
    }

    private static int nextMark(Marks m, int from) {
        int next = Integer.MAX_VALUE;
        for (BitSet set : List.of(m.quotes(), m.halved(), m.gaps())) {
            int i = set.nextSetBit(from);
            if (i >= 0) next = Math.min(next, i);
        }
        return next;
    }

    /** Replaces one text node ({@code text[from, to)}) by its pieces: plain text, gap spans, punctuation spans. */
    private static void rewrite(TextNode node, String text, int from, int to, Marks marks, Map<String, Integer> sets) {
        List<int[]> spans = new ArrayList<>();
        for (int i = nextMark(marks, from); i < to; i = nextMark(marks, i + 1)) {
            if (marks.gaps().get(i)) continue;
            int start = i;
            while (start > from && i - start < REACH && !breakAllowed(text, start, marks.quotes())) start--;
            int end = i + 1;
            while (end < to && end - i <= REACH && !breakAllowed(text, end, marks.quotes())) end++;
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last[1] >= start) last[1] = Math.max(end, last[1]);
            else spans.add(new int[] {start, end});
        }
        List<Node> pieces = new ArrayList<>();
        int at = from;
        for (int[] span : spans) {
            pieces.addAll(gapPieces(text, at, span[0], marks.gaps()));
            String halved = halvedIn(text, span[0], span[1], marks);
            int n = sets.computeIfAbsent(halved, h -> sets.size());
            Element e = new Element("span").addClass("cjk-punct")
                    .attr("style", "font-family: \"" + FontRegistry.punctuationFamily(n) + "\", serif");
            for (Node piece : gapPieces(text, span[0], span[1], marks.gaps())) e.appendChild(piece);
            pieces.add(e);
            at = span[1];
        }
        pieces.addAll(gapPieces(text, at, to, marks.gaps()));
        node.parent().insertChildren(node.siblingIndex(), pieces); // one shift of the siblings, not one per piece
        node.remove();
    }

    /**
     * The halved marks of {@code text[from, to)}, each once, in order. A character that is halved in one
     * place and not in another (the second {@code ）} of {@code ））}) is left whole: the span's face sets
     * each character one way.
     */
    static String halvedIn(String text, int from, int to, Marks marks) {
        StringBuilder halved = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (marks.halved().get(i) && halved.indexOf(String.valueOf(c)) < 0) halved.append(c);
        }
        for (int i = from; i < to; i++) {
            int at = halved.indexOf(String.valueOf(text.charAt(i)));
            if (at >= 0 && !marks.halved().get(i)) halved.deleteCharAt(at);
        }
        char[] sorted = halved.toString().toCharArray();
        java.util.Arrays.sort(sorted);
        return new String(sorted);
    }

    /** {@code text[from, to)} as text, with each Han–Latin space in a {@code <span class="cjk-gap">}. */
    private static List<Node> gapPieces(String text, int from, int to, BitSet gaps) {
        List<Node> out = new ArrayList<>();
        int plain = from;
        for (int i = gaps.nextSetBit(from); i >= 0 && i < to; i = gaps.nextSetBit(i + 1)) {
            if (plain < i) out.add(new TextNode(text.substring(plain, i)));
            out.add(new Element("span").addClass("cjk-gap").appendChild(new TextNode(" ")));
            plain = i + 1;
        }
        if (plain < to) out.add(new TextNode(text.substring(plain, to)));
        return out;
    }

    /**
     * Whether a line may break between {@code text[at - 1]} and {@code text[at]}, by the rules that
     * matter here: never before a closing or stop mark, after an opening one, inside a Latin word or
     * number, or inside {@code ——} or {@code ……}; otherwise next to a Han character, after a space,
     * or between a closing and an opening mark.
     */
    static boolean breakAllowed(String text, int at, BitSet chineseQuotes) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        if (Character.isLowSurrogate(after)) return false;
        if (CjkMarks.noLineStart(after, chineseQuotes.get(at)) || CjkMarks.noLineEnd(before)) return false;
        if (before == after && (before == '—' || before == '…')) return false;
        if (before == ' ' || after == ' ') return true;
        return isHan(Character.codePointBefore(text, at)) || isHan(Character.codePointAt(text, at))
                || CjkMarks.kind(before, chineseQuotes.get(at - 1)) != CjkMarks.Kind.NONE
                || CjkMarks.kind(after, chineseQuotes.get(at)) == CjkMarks.Kind.OPENING;
    }
}
