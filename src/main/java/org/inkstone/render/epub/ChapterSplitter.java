package org.inkstone.render.epub;

import org.inkstone.model.HeadingText;
import org.inkstone.model.Outline;
import org.inkstone.render.xhtml.WrittenHeadings;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts the writer's article into chapter files where the {@link Outline} says chapters start
 * ({@link Outline#chapterStarts}: every H1, and every H2 with split level 2); what comes before the
 * first such heading is a chapter of its own when it holds anything. The cut is made in the page
 * the writer wrote for the whole document, not in the model, so that what concerns the whole
 * article stays as it was: links to a heading in another chapter (checked by the writer, pointed at
 * the right file by {@link CrossLinks}), the footnotes, numbered once. The title block is taken out
 * (the title page shows it), and each footnote moves to the end of the chapter that first refers to it.
 */
final class ChapterSplitter {
    /** @param titleBlock the writer's {@code <header class="title-block">}, or null when the title came from the first heading */
    record Split(Element titleBlock, List<Chapter> chapters) {}

    private ChapterSplitter() {}

    /**
     * @param outline   the outline of the document the article was written from
     * @param noteLabel the label the page shows before an editor note (chapter titles read their heading as the page shows it)
     */
    static Split split(Element article, Outline outline, int splitLevel, String noteLabel) {
        Element titleBlock = article.selectFirst("> header.title-block");
        if (titleBlock != null) titleBlock.remove();
        Element notes = article.selectFirst("> section.footnotes");
        if (notes != null) notes.remove();
        WrittenHeadings written = WrittenHeadings.in(article, outline);

        List<List<Node>> parts = new ArrayList<>();
        List<List<Outline.Entry>> partHeadings = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        List<Outline.Entry> currentHeadings = new ArrayList<>();
        int listed = 0;
        for (Node n : new ArrayList<>(article.childNodes())) {
            Outline.Entry heading = n instanceof Element e ? written.entryOf(e) : null;
            if (heading != null && heading.startsChapter(splitLevel) && !current.isEmpty()) {
                parts.add(current);
                partHeadings.add(currentHeadings);
                current = new ArrayList<>();
                currentHeadings = new ArrayList<>();
            }
            current.add(n);
            if (heading != null) {
                if (heading.level() <= NavEntries.DEEPEST_LEVEL) listed++;
                currentHeadings.add(withElementId(heading, (Element) n, listed));
            }
        }
        parts.add(current);
        partHeadings.add(currentHeadings);

        List<Chapter> chapters = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            List<Node> part = parts.get(p);
            if (part.stream().allMatch(n -> n instanceof TextNode t && t.isBlank())) continue;
            String file = String.format(Locale.ROOT, "chapter-%03d.xhtml", chapters.size() + 1);
            Element body = new Element("section").addClass("ink-document").addClass("chapter").attr("epub:type", "chapter");
            for (Node n : part) body.appendChild(n);
            List<Outline.Entry> headings = partHeadings.get(p);
            String title = headings.isEmpty() ? "" : HeadingText.withMarks(headings.get(0).content(), noteLabel);
            chapters.add(new Chapter(file, title, body, headings));
        }
        if (notes != null && !chapters.isEmpty()) placeNotes(notes, chapters);
        return new Split(titleBlock, chapters);
    }

    /**
     * The entry with the id its element carries. A heading listed in the navigation whose element
     * has none (the conformance step took a repeated id away, raw HTML used it first) gets
     * {@code heading-N}, N its place in the navigation, so that the navigation can point at it.
     */
    private static Outline.Entry withElementId(Outline.Entry heading, Element element, int listed) {
        if (element.id().isEmpty() && heading.level() <= NavEntries.DEEPEST_LEVEL) element.id("heading-" + listed);
        String id = element.id().isEmpty() ? null : element.id();
        if (java.util.Objects.equals(id, heading.id())) return heading;
        return new Outline.Entry(heading.level(), id, heading.text(), heading.block(), heading.content());
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
