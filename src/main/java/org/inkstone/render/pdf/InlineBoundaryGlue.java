package org.inkstone.render.pdf;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a punctuation mark on the line of its neighbour where the two sit on either side of an inline element's edge
 * ({@code **“…”**。}, {@code “**粗**}, {@code [链接](x)，}, {@code 文字[^1]。}, {@code `code`。}).
 *
 * <p>OpenHTMLtoPDF breaks the text of each inline box on its own ({@code InlineBoxing.layoutContent} hands the line
 * breaker one box's text at a time) and may always start a new line where one box ends and the next begins: when the
 * next box's first piece (up to its first break opportunity) does not fit, it goes to the next line, whatever its
 * first character is. So {@code 。} after bold text can start a line, and {@code “} before a link can end one; no
 * line breaker can see this. The one box it never breaks inside is an inline-block: this step wraps the mark with the
 * piece of text next to it (up to the nearest break opportunity that {@link ClreqLineBreaks} allows) in a
 * {@code <span class="ink-glue">} set {@code display: inline-block; white-space: nowrap}, splitting the elements the
 * span crosses (the pieces keep their tag and attributes, all but an {@code id}; the seam between them loses its
 * padding and margin, so that split inline code reads as one).
 *
 * <p>Glued: a closing, pause or stop mark or an ellipsis at the start of a box to the end of the box before; an
 * opening mark at the end of a box to the start of the next; {@code ——} and {@code ……} split between boxes; and a
 * footnote call to the word it follows. The text, and the order of every character, is unchanged: only elements are
 * split and one span added, and only where a mark meets an edge, so other documents are laid out as before.
 */
final class InlineBoundaryGlue {
    static final String CLASS = "ink-glue";
    private static final String STYLE = "display: inline-block; white-space: nowrap; text-indent: 0";
    /** A longer piece (a long word) is not glued whole: only its last or first character is. */
    private static final int MAX_PIECE = 32;
    private static final String OBJECT = "\uFFFC";
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "dfn", "em",
            "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var");
    private static final String BLOCKS = "p, li, dt, dd, td, th, h1, h2, h3, h4, h5, h6, figcaption, caption, blockquote, "
            + "div, section, aside, header, footer, nav, summary, article";
    private static final Set<String> BLOCK_TAGS = Set.of(BLOCKS.split(", "));
    /** What ends a line's run of inline content: a line break or a block (whose own content is a run of its own). */
    private static final Set<String> RUN_END = union(BLOCK_TAGS, Set.of("br", "pre", "ul", "ol", "table", "dl", "figure", "hr"));
    /** Content that is never glued, nor any block in it. */
    private static final Set<String> PRE_OR_SVG_TAGS = Set.of("pre", "svg");

    private InlineBoundaryGlue() {}

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** @return how many glue spans were added */
    static int apply(Element article) {
        int glued = 0;
        Set<Element> marked = new HashSet<>();
        for (Element block : blocks(article)) {
            List<List<Leaf>> segments = new ArrayList<>();
            segments.add(new ArrayList<>());
            collect(block, segments);
            int added = 0;
            for (List<Leaf> segment : segments) added += glue(segment);
            glued += added;
            // print.css indents a paragraph with an inline-block by a box: mark the article's paragraph the spans are in
            Element top = added == 0 || block == article ? null : childOf(article, block);
            if (top != null && top.normalName().equals("p")) marked.add(top);
        }
        for (Element p : article.children()) if (marked.contains(p)) p.addClass("inline-blocks");
        return glued;
    }

    /**
     * The blocks whose inline content is glued, in document order, {@code root} first if it is one: those outside
     * {@code pre} and {@code svg}. One walk (a selector of two dozen tags, and {@code closest} for each, cost a tenth
     * of a second on a 570-page book). The spans and split elements this step adds are never blocks, so the list is
     * the same before and after.
     */
    private static List<Element> blocks(Element root) {
        List<Element> out = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
                if (PRE_OR_SVG_TAGS.contains(e.normalName())) return FilterResult.SKIP_ENTIRELY;
                if (BLOCK_TAGS.contains(e.normalName())) out.add(e);
                return FilterResult.CONTINUE;
            }
        }, root);
        return out;
    }

    /** The child of {@code ancestor} that holds {@code e} (or is it). */
    private static Element childOf(Element ancestor, Element e) {
        Element n = e;
        while (n.parent() != null && n.parent() != ancestor) n = n.parent();
        return n.parent() == ancestor ? n : null;
    }

    /** A piece of a line's content that the layout sees whole: a text node, or an element laid out as one object. */
    private record Leaf(Node node, String text) {
        boolean object() {
            return !(node instanceof TextNode);
        }

        boolean footnote() {
            // div.footnote, sup.footnote-ref (Element.is(selector) walks up to the root first, for each element)
            return node instanceof Element e && (e.nameIs("div") && e.hasClass("footnote") || e.nameIs("sup") && e.hasClass("footnote-ref"));
        }
    }

    /** The leaves of {@code parent}'s inline content in order, a new segment after each line break or nested block. */
    private static void collect(Element parent, List<List<Leaf>> segments) {
        for (Node child : parent.childNodes()) {
            List<Leaf> segment = segments.get(segments.size() - 1);
            if (child instanceof TextNode t) {
                if (!t.getWholeText().isEmpty()) segment.add(new Leaf(t, t.getWholeText()));
            } else if (child instanceof Element e) {
                if (new Leaf(e, OBJECT).footnote()) {
                    segment.add(new Leaf(e, OBJECT));
                } else if (INLINE.contains(e.normalName()) && !e.hasClass("math-inline") && !e.hasClass(CLASS)) {
                    collect(e, segments);
                } else if (RUN_END.contains(e.normalName())) {
                    segments.add(new ArrayList<>());
                } else {
                    segment.add(new Leaf(e, OBJECT));
                }
            }
        }
    }

    /** Glues the marks at the edges between this segment's leaves; returns how many spans it added. */
    private static int glue(List<Leaf> leaves) {
        if (leaves.size() < 2) return 0;
        int[] offsets = new int[leaves.size() + 1];
        for (int i = 0; i < leaves.size(); i++) offsets[i + 1] = offsets[i] + leaves.get(i).text().length();
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i + 1 < leaves.size(); i++) {
            Leaf left = leaves.get(i);
            Leaf right = leaves.get(i + 1);
            if (left.node() instanceof TextNode && right.node() instanceof TextNode && right.node().previousSibling() == left.node()) continue;
            if (mustHold(left.text(), right)) {
                ranges.add(new int[] {offsets[i] + lastPieceStart(left), offsets[i + 1] + firstPieceEnd(right)});
            }
        }
        if (ranges.isEmpty()) return 0;
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
            else merged.add(r);
        }
        // right to left: each wrap splits nodes only at and after its own start, so the leaves before it stay valid
        for (int k = merged.size() - 1; k >= 0; k--) wrap(leaves, offsets, merged.get(k)[0], merged.get(k)[1]);
        return merged.size();
    }

    /** Whether no line may end between {@code left}'s text and the leaf {@code right}. */
    private static boolean mustHold(String left, Leaf right) {
        String next = right.text();
        if (left.isEmpty() || next.isEmpty() || Character.isWhitespace(left.charAt(left.length() - 1))) return false;
        if (right.footnote()) return true;
        if (Character.isWhitespace(next.charAt(0))) return false;
        int before = left.codePointBefore(left.length());
        int after = next.codePointAt(0);
        return LineEdgeMarks.notAtStart(after) || LineEdgeMarks.notAtEnd(before)
                || (before == after && LineEdgeMarks.unsplittable(before));
    }

    /** Where the last piece of a leaf's text starts: after its last break opportunity (an object is one piece). */
    private static int lastPieceStart(Leaf leaf) {
        if (leaf.object()) return 0;
        String text = leaf.text();
        int start = 0;
        for (int at : breaks(text)) if (at < text.length()) start = at;
        if (text.length() - start > MAX_PIECE) start = text.offsetByCodePoints(text.length(), -1);
        return start;
    }

    /** Where the first piece of a leaf's text ends: at its first break opportunity, before any space (an object is one piece). */
    private static int firstPieceEnd(Leaf leaf) {
        if (leaf.object()) return leaf.text().length();
        String text = leaf.text();
        List<Integer> breaks = breaks(text);
        int end = breaks.isEmpty() ? text.length() : breaks.get(0);
        while (end > 1 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > MAX_PIECE) end = text.offsetByCodePoints(0, 1);
        return end;
    }

    private static List<Integer> breaks(String text) {
        ClreqLineBreaks breaker = new ClreqLineBreaks();
        breaker.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int at = breaker.next(); at != BreakIterator.DONE; at = breaker.next()) if (at > 0) out.add(at);
        return out;
    }

    /** Wraps the content between the segment's offsets {@code start} and {@code end} in a glue span. */
    private static void wrap(List<Leaf> leaves, int[] offsets, int start, int end) {
        int first = leafAt(offsets, start, false);
        int last = leafAt(offsets, end, true);
        Node endNode = leaves.get(last).node();
        int endOffset = end - offsets[last];
        if (endNode instanceof TextNode t && endOffset < t.getWholeText().length()) t.splitText(endOffset);
        Node startNode = leaves.get(first).node();
        int startOffset = start - offsets[first];
        if (startNode instanceof TextNode t && startOffset > 0) {
            startNode = t.splitText(startOffset);
            if (first == last) endNode = startNode;
        }
        Element common = commonAncestor(startNode, endNode);
        Node from = liftStart(startNode, common);
        Node to = liftEnd(endNode, common);
        Element span = new Element("span").addClass(CLASS).attr("style", STYLE);
        from.before(span);
        List<Node> moving = new ArrayList<>();
        for (Node n = from; n != null; n = n.nextSibling()) {
            moving.add(n);
            if (n == to) break;
        }
        for (Node n : moving) span.appendChild(n);
    }

    /** The leaf holding offset {@code at}: the one it falls in, or, at a leaf edge, the one it starts ({@code ending}: ends). */
    private static int leafAt(int[] offsets, int at, boolean ending) {
        for (int i = 0; i + 1 < offsets.length; i++) {
            if (ending ? at > offsets[i] && at <= offsets[i + 1] : at >= offsets[i] && at < offsets[i + 1]) return i;
        }
        throw new IllegalStateException("offset " + at + " outside the segment");
    }

    private static Element commonAncestor(Node a, Node b) {
        Set<Node> above = new HashSet<>();
        for (Node n = a.parent(); n != null; n = n.parent()) above.add(n);
        for (Node n = b.parent(); n != null; n = n.parent()) if (above.contains(n)) return (Element) n;
        throw new IllegalStateException("no common ancestor");
    }

    /** Splits the elements between {@code node} and {@code common} so that {@code node} starts one of them; returns the child of {@code common} it is in. */
    private static Node liftStart(Node node, Element common) {
        while (node.parent() != common) {
            Element parent = (Element) node.parent();
            if (node.siblingIndex() > 0) {
                Element right = piece(parent, "left");
                List<Node> moving = new ArrayList<>(parent.childNodes().subList(node.siblingIndex(), parent.childNodeSize()));
                for (Node n : moving) right.appendChild(n);
                parent.after(right);
                seam(parent, "right");
                node = right;
            } else {
                node = parent;
            }
        }
        return node;
    }

    /** Splits the elements between {@code node} and {@code common} so that {@code node} ends one of them; returns the child of {@code common} it is in. */
    private static Node liftEnd(Node node, Element common) {
        while (node.parent() != common) {
            Element parent = (Element) node.parent();
            if (node.siblingIndex() < parent.childNodeSize() - 1) {
                Element right = piece(parent, "left");
                List<Node> moving = new ArrayList<>(parent.childNodes().subList(node.siblingIndex() + 1, parent.childNodeSize()));
                for (Node n : moving) right.appendChild(n);
                parent.after(right);
                seam(parent, "right");
            }
            node = parent;
        }
        return node;
    }

    /** A new element like {@code original} (tag and attributes, no id, no children), for the part after a split. */
    private static Element piece(Element original, String seamSide) {
        Element copy = original.shallowClone();
        copy.removeAttr("id");
        return seam(copy, seamSide);
    }

    /** Takes the padding, margin and border off one side of a split element, where its other part continues. */
    private static Element seam(Element e, String side) {
        String style = e.attr("style").strip();
        String add = "padding-" + side + ": 0; margin-" + side + ": 0; border-" + side + ": 0";
        if (!style.contains(add)) e.attr("style", style.isEmpty() ? add : (style.endsWith(";") ? style + " " : style + "; ") + add);
        return e;
    }
}
