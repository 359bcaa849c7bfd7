package org.inkstone.render.xhtml;

import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each footnote goes when the written document is cut into files or pages (the EPUB's chapters, the
 * web book's pages): to the part holding its first reference; a note referred to only from another note
 * follows that note, and one referred to from nowhere goes to the last part. Notes carry {@code id="fn-N"}
 * and their first reference {@code id="fnref-N-1"}, as {@link XhtmlWriter} writes them. The references are
 * indexed in one pass: looking each one up in every part made 100,000 notes take minutes.
 */
public final class NoteHomes {
    private NoteHomes() {}

    /**
     * @param notes the note elements, in the order the writer wrote them
     * @param parts the parts, in reading order (not empty)
     * @param body  each part's content element
     * @return each note's part, in the notes' order
     */
    public static <P> Map<Element, P> of(List<Element> notes, List<P> parts, Function<P, Element> body) {
        Map<String, P> partOfRef = new HashMap<>();
        for (P part : parts) {
            for (Element e : body.apply(part).getAllElements()) {
                if (e.id().startsWith("fnref-")) partOfRef.putIfAbsent(e.id(), part);
            }
        }
        Map<Element, P> homes = new LinkedHashMap<>();
        for (Element note : notes) {
            String number = note.id().substring(note.id().indexOf('-') + 1);
            P home = partOfRef.getOrDefault("fnref-" + number + "-1", parts.get(parts.size() - 1));
            homes.put(note, home);
            for (Element e : note.getAllElements()) {
                if (e.id().startsWith("fnref-")) partOfRef.putIfAbsent(e.id(), home);
            }
        }
        return homes;
    }
}
