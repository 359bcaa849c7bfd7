package org.inkstone.render.epub;

import org.inkstone.model.BookLayout;
import org.inkstone.model.HeadingText;
import org.inkstone.model.Outline;
import org.inkstone.render.xhtml.NoteHomes;
import org.inkstone.render.xhtml.WrittenHeadings;
import org.inkstone.render.xhtml.WrittenParts;
import org.inkstone.render.xhtml.XhtmlWriter;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The book's chapter files, one per part the writer wrote ({@link XhtmlWriter#parts}): the model is
 * cut where the {@link Outline} says chapters start ({@link Outline#chapterStarts}: every H1, and
 * every H2 with split level 2), and what comes before the first such heading is a chapter of its own
 * when it shows anything. The writer writes all parts with one state, so what concerns the whole
 * book stays right: links to a heading in another chapter (checked by the writer, pointed at the
 * right file by {@link CrossLinks}) and the footnotes, numbered once; each footnote moves to the end
 * of the chapter that first refers to it.
 */
final class BookChapters {
    private BookChapters() {}

    /** The parts' starts: the top-level block of each heading where a chapter starts. */
    static List<Integer> starts(Outline outline, int splitLevel) {
        return outline.chapterStarts(splitLevel).stream().map(Outline.Entry::block).toList();
    }

    /**
     * A book's parts' starts: each of its chapters' first block (so that every chapter and nested section
     * chapter of the {@link BookLayout} gets a file of its own) and, inside a chapter, the outline's
     * chapter starts at {@code splitLevel}.
     */
    static List<Integer> starts(BookLayout layout, Outline outline, int splitLevel) {
        TreeSet<Integer> all = new TreeSet<>(layout.starts());
        all.addAll(starts(outline, splitLevel));
        return List.copyOf(all);
    }

    /**
     * @param parts     the document written in parts at {@link #starts}
     * @param outline   the outline of the document the parts were written from
     * @param noteLabel the label the page shows before an editor note (chapter titles read their heading as the page shows it)
     */
    static List<Chapter> of(WrittenParts parts, Outline outline, String noteLabel) {
        List<Chapter> chapters = new ArrayList<>();
        int listed = 0;
        for (WrittenParts.Part written : parts.parts()) {
            Element part = written.element();
            Outline own = new Outline(outline.entries().stream()
                    .filter(e -> e.block() >= written.from() && e.block() < written.to()).toList());
            if (part.childNodes().stream().allMatch(n -> n instanceof TextNode t && t.isBlank())) continue;
            WrittenHeadings headingElements = WrittenHeadings.in(part, own);
            List<Outline.Entry> headings = new ArrayList<>();
            for (Outline.Entry heading : own.entries()) {
                if (heading.level() <= NavEntries.DEEPEST_LEVEL) listed++;
                headings.add(withElementId(heading, headingElements.element(heading), listed));
            }
            part.remove();
            part.addClass("ink-document").addClass("chapter").attr("epub:type", "chapter");
            String file = String.format(Locale.ROOT, "chapter-%03d.xhtml", chapters.size() + 1);
            String title = headings.isEmpty() ? "" : HeadingText.withMarks(headings.get(0).content(), noteLabel);
            chapters.add(new Chapter(file, title, part, headings, written.from()));
        }
        if (parts.footnotes() != null && !chapters.isEmpty()) {
            parts.footnotes().remove();
            placeNotes(parts.footnotes(), chapters);
        }
        return chapters;
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

    /** Each note to the end of the chapter holding its first reference ({@link NoteHomes}). */
    private static void placeNotes(Element notes, List<Chapter> chapters) {
        java.util.Map<Chapter, Element> sections = new java.util.IdentityHashMap<>();
        NoteHomes.of(new ArrayList<>(notes.select("> aside")), chapters, Chapter::body).forEach((aside, home) ->
                sections.computeIfAbsent(home, c -> {
                    Element created = new Element("section");
                    created.attributes().addAll(notes.attributes());
                    created.appendElement("hr");
                    c.body().appendChild(created);
                    return created;
                }).appendChild(aside));
    }
}
