package org.inkstone.render.xhtml;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer's own nodes in a run that mixes Markdown with raw HTML tags. Only the raw tags go
 * through the sanitiser; each piece the writer made (text, a formula's SVG, a footnote reference,
 * a resolved image) stands there as a marker in private-use characters and is put back, untouched,
 * where the marker ended up, so the raw {@code <b>} and {@code </b>} around it still pair up while
 * nothing of the writer's is cleaned, re-parsed or has its spaces trimmed.
 */
final class WriterNodePlaceholders {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern MARKER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    private final List<List<Node>> slots = new ArrayList<>();

    /** Keeps the children of {@code holder} and returns the marker that stands for them. */
    String hold(Element holder) {
        slots.add(new ArrayList<>(holder.childNodes()));
        return OPEN + Integer.toString(slots.size() - 1) + CLOSE;
    }

    /** Replaces every marker under {@code root} by the nodes it stands for; a marker left in an attribute is removed. */
    void fill(Element root) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.getWholeText().indexOf(OPEN) >= 0) texts.add(t);
            if (node instanceof Element e) {
                for (Attribute a : e.attributes()) {
                    if (a.getValue().indexOf(OPEN) >= 0) a.setValue(MARKER.matcher(a.getValue()).replaceAll(""));
                }
            }
        }, root);
        for (TextNode t : texts) {
            String text = t.getWholeText();
            Matcher m = MARKER.matcher(text);
            int last = 0;
            while (m.find()) {
                if (m.start() > last) t.before(new TextNode(text.substring(last, m.start())));
                int index = Integer.parseInt(m.group(1));
                if (index < slots.size()) for (Node n : slots.get(index)) t.before(n);
                last = m.end();
            }
            if (last < text.length()) t.before(new TextNode(text.substring(last)));
            t.remove();
        }
    }
}
