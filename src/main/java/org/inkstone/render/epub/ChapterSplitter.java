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

    /** Each note to the chapter holding its first reference (notes referred to only from another note follow that note). */
    private static void placeNotes(Element notes, List<Chapter> chapters) {
        for (Element aside : new ArrayList<>(notes.select("> aside"))) {
            String ref = "fnref-" + aside.id().substring(aside.id().indexOf('-') + 1) + "-1";
            Chapter home = chapters.get(chapters.size() - 1);
            for (Chapter c : chapters) {
                if (c.body().getElementById(ref) != null) {
                    home = c;
                    break;
                }
            }
            Element section = home.body().selectFirst("> section.footnotes");
            if (section == null) {
                section = new Element("section");
                section.attributes().addAll(notes.attributes());
                section.appendElement("hr");
                home.body().appendChild(section);
            }
            section.appendChild(aside);
        }
    }
}
