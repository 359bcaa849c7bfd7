package org.inkstone.render.xhtml;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The written text of each block, in reading order, with the text nodes it comes from: what a step that
 * judges characters by their neighbours (which quotes are Chinese, which marks meet) reads, across inline
 * markup ({@code “<strong>今天</strong>”} is one pair). Code, preformatted text, formulas, images and
 * what the caller makes opaque stand as one {@link #OBJECT} character; a block inside a block is a run of
 * its own, and a {@code \n} in the outer run.
 */
public final class TextRuns {
    /** Stands for an element whose text is not read (code, a formula, an image). */
    public static final char OBJECT = '\uFFFC';
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em", "i",
            "ins", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u");
    private static final Set<String> LEFT_ALONE = Set.of("code", "pre", "kbd", "samp", "var", "script", "style", "svg",
            "math", "img", "br", "object", "iframe", "input");

    private TextRuns() {}

    /** One block's text, and each text node with where its text starts in it. */
    public static final class Run {
        private final StringBuilder text = new StringBuilder();
        private final List<TextNode> nodes = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();

        public String text() {
            return text.toString();
        }

        public List<TextNode> nodes() {
            return nodes;
        }

        /** Where the {@code n}th node's text starts in {@link #text}. */
        public int start(int n) {
            return starts.get(n);
        }
    }

    /**
     * @param opaque elements read as one {@link #OBJECT} besides code, formulas and images (e.g. a footnote call)
     * @return the runs under {@code root}, those without text nodes included
     */
    public static List<Run> of(Element root, Predicate<Element> opaque) {
        List<Run> runs = new ArrayList<>();
        Run first = new Run();
        runs.add(first);
        collect(root, first, runs, opaque);
        return runs;
    }

    private static void collect(Element parent, Run run, List<Run> runs, Predicate<Element> opaque) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode t) {
                run.nodes.add(t);
                run.starts.add(run.text.length());
                run.text.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (LEFT_ALONE.contains(tag) || e.hasClass("math") || opaque.test(e)) {
                    run.text.append(OBJECT);
                } else if (INLINE.contains(tag) && !e.hasClass("footnote")) {
                    collect(e, run, runs, opaque);
                } else {
                    run.text.append('\n');
                    Run inner = new Run();
                    runs.add(inner);
                    collect(e, inner, runs, opaque);
                }
            }
        }
    }
}
