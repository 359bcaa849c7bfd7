package org.inkstone.render.xhtml;

import org.inkstone.model.RawHtml;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

import java.util.ArrayList;
import java.util.List;

/**
 * The HTML handed to the sanitiser, and where each part of it came from: raw HTML from the source,
 * at its line, or a marker standing for the writer's own markup between raw tags. An offset in the
 * HTML maps back to the source line it was written on (so a raw {@code <img>} is reported at its
 * line). Lines inside a block count its line breaks (the reader keeps those of an editor note it takes out).
 */
final class RawHtmlSource {
    private record Piece(int start, int end, int line) {}

    private final StringBuilder html = new StringBuilder();
    private final List<Piece> raw = new ArrayList<>();

    static RawHtmlSource of(RawHtml h) {
        return new RawHtmlSource().raw(h.html(), h.line());
    }

    /** Appends raw HTML written at {@code line}. */
    RawHtmlSource raw(String part, int line) {
        raw.add(new Piece(html.length(), html.length() + part.length(), line));
        html.append(part);
        return this;
    }

    /** Appends what stands for the writer's own markup (a {@link WriterNodePlaceholders} marker; never cleaned or resolved again). */
    RawHtmlSource written(String part) {
        html.append(part);
        return this;
    }

    String html() {
        return html.toString();
    }

    /** The line of the first raw part (for the sanitiser's warnings), 0 when there is none. */
    int firstLine() {
        return raw.isEmpty() ? 0 : raw.get(0).line();
    }

    /** The source line an element of the sanitised result was written on (the first raw line when not known). */
    int lineOf(Element e) {
        Range range = e.sourceRange();
        return range.isTracked() ? lineAt(range.startPos()) : firstLine();
    }

    /** The source line of the raw HTML at {@code offset}; the first raw line when a marker is there. */
    int lineAt(int offset) {
        for (Piece p : raw) {
            if (offset < p.start() || offset >= p.end()) continue;
            int line = p.line();
            for (int i = p.start(); i < offset; i++) if (html.charAt(i) == '\n') line++;
            return line;
        }
        return firstLine();
    }
}
