package org.inkstone.render.pdf;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;

/**
 * OpenHTMLtoPDF lays out a paragraph in time that grows with the square of its length (a 1.6 MB
 * paragraph took minutes), so a paragraph longer than {@value #MAX_CHARS} characters is set as
 * consecutive pieces, cut after a sentence end (。！？!?) once a piece is that long (or, after
 * twice that when no sentence ends, where a line may break: after a space or a Han character,
 * never inside a character's surrogate pair). The text is kept exactly; the pieces carry no indent
 * or space between them, so the paragraph only gains a line break at each cut.
 */
final class LongParagraphs {
    static final int MAX_CHARS = 3_000;
    private static final String SENTENCE_ENDS = "。！？!?";

    private LongParagraphs() {}

    /** @return how many paragraphs were cut */
    static int apply(Element article) {
        int cut = 0;
        for (Element p : article.select("p")) {
            if (length(p) > MAX_CHARS) {
                split(p);
                cut++;
            }
        }
        return cut;
    }

    /**
     * Whether a piece of {@code length} characters ends after {@code c}: at a sentence end once it is
     * {@value #MAX_CHARS} long; past twice that, where a line may break anyway (after a space or a
     * Han character), never inside a surrogate pair or a Latin word unless there is no other way.
     */
    static boolean cutsAfter(char c, char next, int length) {
        if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) return false;
        if (length >= MAX_CHARS && SENTENCE_ENDS.indexOf(c) >= 0) return true;
        if (length < 2 * MAX_CHARS) return false;
        return Character.isWhitespace(c) || Character.isIdeographic(c) || Character.isLowSurrogate(c) || length >= 3 * MAX_CHARS;
    }

    private static int length(Element p) {
        return p.wholeText().length();
    }

    private static void split(Element p) {
        List<Node> children = new ArrayList<>(p.childNodes());
        p.empty();
        List<Element> pieces = new ArrayList<>(List.of(p));
        Element piece = p;
        int length = 0;
        for (Node node : children) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                int from = 0;
                for (int i = 0; i < text.length(); i++) {
                    length++;
                    if (i + 1 < text.length() && cutsAfter(text.charAt(i), text.charAt(i + 1), length)) {
                        piece.appendChild(new TextNode(text.substring(from, i + 1)));
                        from = i + 1;
                        piece = new Element("p");
                        pieces.add(piece);
                        length = 0;
                    }
                }
                if (from < text.length()) piece.appendChild(new TextNode(text.substring(from)));
            } else {
                piece.appendChild(node);
                length += node instanceof Element e ? e.wholeText().length() : 0;
            }
        }
        Element after = p;
        for (int i = 0; i < pieces.size(); i++) {
            Element e = pieces.get(i);
            if (i > 0) {
                after.after(e);
                after = e;
            }
            String style = (i > 0 ? "margin-top: 0; text-indent: 0; " : "") + (i < pieces.size() - 1 ? "margin-bottom: 0; " : "");
            e.attr("style", (style + e.attr("style")).strip());
        }
    }
}
