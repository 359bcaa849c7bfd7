package org.inkstone.render.xhtml;

import org.jsoup.nodes.Element;

import java.util.List;

/**
 * A document written in parts ({@link XhtmlWriter#parts}).
 *
 * @param root      the {@code <article>} that holds the parts and the notes, for steps that look at all of them at once
 * @param parts     the parts, in order
 * @param footnotes the footnotes section, or null when the document has no notes
 */
public record WrittenParts(Element root, List<Part> parts, Element footnotes) {
    public WrittenParts {
        parts = List.copyOf(parts);
    }

    /**
     * One part: a {@code <section>} holding the document's top-level blocks {@code from} (inclusive) to {@code to}.
     */
    public record Part(Element element, int from, int to) {}
}
