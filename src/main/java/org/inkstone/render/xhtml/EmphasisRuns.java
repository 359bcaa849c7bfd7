package org.inkstone.render.xhtml;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the Chinese text of an {@code <em>} with the theme's {@link CjkEmphasis} class, so that Chinese
 * emphasis gets dots (or bold) and Latin emphasis stays italic, decided run by run:
 * <ul>
 *   <li>an {@code <em>} whose text is Chinese takes the class itself: {@code <em class="emphasis-dots">强调</em>};</li>
 *   <li>one without Chinese text stays as it is, in italics;</li>
 *   <li>one holding both keeps its italics for the Latin words, and each Chinese run of its text becomes a
 *       {@code <span>} with the class: {@code <em>学会<span class="emphasis-dots">用</span> Markdown</em>}.</li>
 * </ul>
 * Characters of neither script (digits, spaces, the punctuation both share: “ ” — …) go with the text on both
 * sides of them when that is Chinese, else with the Latin text (so a space between 中文 and English is not
 * dotted). Text in code, formulas, footnote references and a nested {@code <em>} (marked on its own) is left as
 * it is. With {@link CjkEmphasis#ITALIC} nothing is marked.
 */
final class EmphasisRuns {
    /** What an emphasis leaves alone: code, formulas, note numbers, and a nested em, which was marked before. */
    private static final String LEFT_ALONE = "code, kbd, samp, sup.footnote-ref, span.math-inline, svg, em";
    private static final byte NEITHER = 0;
    private static final byte CJK = 1;
    private static final byte LATIN = 2;

    private final CjkEmphasis choice;

    EmphasisRuns(CjkEmphasis choice) {
        this.choice = choice;
    }

    /** Marks {@code em}, whose content is written. */
    void mark(Element em) {
        String cssClass = choice.cssClass();
        if (cssClass.isEmpty()) return;
        List<TextNode> texts = texts(em);
        List<byte[]> scripts = new ArrayList<>();
        boolean anyCjk = false;
        boolean anyLatin = false;
        for (TextNode t : texts) {
            byte[] s = scripts(t.getWholeText());
            for (byte b : s) {
                anyCjk |= b == CJK;
                anyLatin |= b == LATIN;
            }
            scripts.add(s);
        }
        if (!anyCjk) return;
        if (!anyLatin) {
            em.addClass(cssClass);
            return;
        }
        resolveNeither(scripts);
        for (int i = 0; i < texts.size(); i++) wrapCjkRuns(texts.get(i), scripts.get(i), cssClass);
    }

    /** The text nodes of {@code em} that its emphasis covers, in order. */
    private static List<TextNode> texts(Element em) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != em && e.is(LEFT_ALONE)) return FilterResult.SKIP_ENTIRELY;
                if (node instanceof TextNode t) texts.add(t);
                return FilterResult.CONTINUE;
            }
        }, em);
        return texts;
    }

    /** The script of each char of {@code text} (a char of a surrogate pair gets its code point's). */
    private static byte[] scripts(String text) {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte script = CjkEmphasis.isCjk(c) ? CJK : Character.isLetter(c) ? LATIN : NEITHER;
            int n = Character.charCount(c);
            for (int k = 0; k < n; k++) out[i + k] = script;
            i += n;
        }
        return out;
    }

    /**
     * Gives each char of neither script the script of the text around it, across the em's text nodes: Chinese when
     * the nearest script before and after it are Chinese (or the text ends there), else Latin.
     */
    private static void resolveNeither(List<byte[]> scripts) {
        List<byte[]> before = new ArrayList<>();
        byte last = NEITHER;
        for (byte[] s : scripts) {
            byte[] b = new byte[s.length];
            for (int i = 0; i < s.length; i++) {
                if (s[i] != NEITHER) last = s[i];
                b[i] = last;
            }
            before.add(b);
        }
        byte next = NEITHER;
        for (int n = scripts.size() - 1; n >= 0; n--) {
            byte[] s = scripts.get(n);
            byte[] b = before.get(n);
            for (int i = s.length - 1; i >= 0; i--) {
                if (s[i] != NEITHER) {
                    next = s[i];
                    continue;
                }
                s[i] = b[i] != LATIN && next != LATIN ? CJK : LATIN;
            }
        }
    }

    /** Puts each Chinese run of {@code text} in a span of class {@code cssClass}. */
    private static void wrapCjkRuns(TextNode text, byte[] scripts, String cssClass) {
        String s = text.getWholeText();
        List<Node> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= s.length(); i++) {
            if (i < s.length() && scripts[i] == scripts[start]) continue;
            String run = s.substring(start, i);
            if (scripts[start] == CJK) pieces.add(new Element("span").addClass(cssClass).appendText(run));
            else pieces.add(new TextNode(run));
            start = i;
        }
        if (pieces.size() == 1 && pieces.get(0) instanceof TextNode) return;
        for (Node piece : pieces) text.before(piece);
        text.remove();
    }
}
