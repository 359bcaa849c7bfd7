package org.inkstone.render.pdf;

import org.inkstone.model.BookLayout;
import org.inkstone.model.BookPart;
import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page of its own for each titled part of a book ({@code # 第一部分　识茶} in SUMMARY.md), before the
 * part's first chapter: {@code <section class="part-page">} with the part title, on print.css's
 * {@code part} page (no running header, no page number). The part title is not a heading: it stays out
 * of the running headers and of the heading levels a tagged PDF checks.
 */
final class PartPages {
    private PartPages() {}

    /**
     * @param chapterHeadings each placed chapter's opening heading element, in the layout's order
     * @param usedIds         the ids the page already has; the part pages' ids are added
     * @return the id of each part page, by part (identity)
     */
    static Map<BookPart, String> apply(BookLayout layout, List<Element> chapterHeadings, Set<String> usedIds) {
        Map<BookPart, String> ids = new IdentityHashMap<>();
        List<BookLayout.Placed> chapters = layout.chapters();
        for (int i = 0; i < chapters.size(); i++) {
            BookPart part = chapters.get(i).part();
            if (part.title().isBlank() || ids.containsKey(part)) continue;
            String id = unique("part-" + (ids.size() + 1), usedIds);
            Element page = new Element("section").addClass("part-page").id(id);
            page.appendElement("p").addClass("part-title").text(part.title().strip());
            chapterHeadings.get(i).before(page);
            ids.put(part, id);
        }
        return ids;
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 1; used.contains(candidate); n++) candidate = id + "-" + n;
        used.add(candidate);
        return candidate;
    }
}
