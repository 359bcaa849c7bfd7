package org.inkstone.render.epub;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts the writer's article into chapter files: a new chapter starts at every top-level
 * {@code <h1>} (and {@code <h2>} with split level 2); what comes before the first such heading is
 * a chapter of its own when it holds anything. The title block is taken out (the title page shows
 * it), and each footnote moves to the end of the chapter that first refers to it.
 */
final class ChapterSplitter {
    /** @param titleBlock the writer's {@code <header class="title-block">}, or null when the title came from the first heading */
    record Split(Element titleBlock, List<Chapter> chapters) {}

    private ChapterSplitter() {}

    static Split split(Element article, int splitLevel) {
        Element titleBlock = article.selectFirst("> header.title-block");
        if (titleBlock != null) titleBlock.remove();
        Element notes = article.selectFirst("> section.footnotes");
        if (notes != null) notes.remove();

        List<List<Node>> parts = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node n : new ArrayList<>(article.childNodes())) {
            if (n instanceof Element e && startsChapter(e, splitLevel) && !current.isEmpty()) {
                parts.add(current);
                current = new ArrayList<>();
            }
            current.add(n);
        }
        parts.add(current);

        List<Chapter> chapters = new ArrayList<>();
        for (List<Node> part : parts) {
            if (part.stream().allMatch(n -> n instanceof TextNode t && t.isBlank())) continue;
            String file = String.format(Locale.ROOT, "chapter-%03d.xhtml", chapters.size() + 1);
            Element body = new Element("section").addClass("ink-document").addClass("chapter").attr("epub:type", "chapter");
            for (Node n : part) body.appendChild(n);
            chapters.add(new Chapter(file, firstHeading(body), body));
        }
        if (notes != null && !chapters.isEmpty()) placeNotes(notes, chapters);
        return new Split(titleBlock, chapters);
    }

    private static boolean startsChapter(Element e, int splitLevel) {
        String name = e.normalName();
        return name.equals("h1") || (splitLevel >= 2 && name.equals("h2"));
    }

    private static String firstHeading(Element body) {
        for (Element e : body.children()) {
            if (e.normalName().matches("h[1-6]")) return e.text().strip();
        }
        return "";
    }

    /**
     * Each note to the chapter holding its first reference (notes referred to only from another note
     * follow that note). The references are indexed in one pass: looking each one up in every chapter
     * made 100,000 notes take minutes.
     */
    private static void placeNotes(Element notes, List<Chapter> chapters) {
        java.util.Map<String, Chapter> chapterOfRef = new java.util.HashMap<>();
        for (Chapter c : chapters) {
            for (Element e : c.body().getAllElements()) {
                if (e.id().startsWith("fnref-")) chapterOfRef.putIfAbsent(e.id(), c);
            }
        }
        java.util.Map<Chapter, Element> sections = new java.util.IdentityHashMap<>();
        for (Element aside : new ArrayList<>(notes.select("> aside"))) {
            String ref = "fnref-" + aside.id().substring(aside.id().indexOf('-') + 1) + "-1";
            Chapter home = chapterOfRef.getOrDefault(ref, chapters.get(chapters.size() - 1));
            Element section = sections.computeIfAbsent(home, c -> {
                Element created = new Element("section");
                created.attributes().addAll(notes.attributes());
                created.appendElement("hr");
                c.body().appendChild(created);
                return created;
            });
            section.appendChild(aside);
            for (Element e : aside.getAllElements()) {
                if (e.id().startsWith("fnref-")) chapterOfRef.putIfAbsent(e.id(), home);
            }
        }
    }
}
