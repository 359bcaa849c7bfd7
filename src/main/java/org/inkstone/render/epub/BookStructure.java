package org.inkstone.render.epub;

import org.inkstone.model.BookLayout;
import org.inkstone.model.BookPart;
import org.inkstone.render.LocalizedLabels;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a book ({@code RenderContext.isBook()}) adds to its chapter files: which chapter of the
 * {@link BookLayout} each file belongs to (a chapter has one file, or several with split level 2), the
 * files' {@code epub:type} by the part's matter ({@code frontmatter}, {@code chapter}, {@code backmatter}),
 * a title page for each part with a title ({@code part-01.xhtml}, before the part's first chapter), the
 * reading order, the navigation nested part → chapter → section with each chapter under the title the
 * summary gives it, and where the body matter starts.
 *
 * <p>A part whose chapters are all drafts has no file in the book and is left out.
 */
final class BookStructure {
    /** A part's title page: {@code <section epub:type="part">} with the part's title as its {@code h1}. */
    record PartPage(String fileName, String title, Element content) {}

    private final List<PartPage> partPages;
    private final List<String> readingOrder;
    private final List<TocEntry> toc;
    private final String bodyStart;

    private BookStructure(List<PartPage> partPages, List<String> readingOrder, List<TocEntry> toc, String bodyStart) {
        this.partPages = List.copyOf(partPages);
        this.readingOrder = List.copyOf(readingOrder);
        this.toc = toc;
        this.bodyStart = bodyStart;
    }

    /**
     * @param layout where the book's chapters stand in the document the files were cut from
     * @param files  the chapter files ({@link BookChapters#of}), cut at least at every chapter's first block; their
     *               {@code epub:type} is set here
     */
    static BookStructure of(BookLayout layout, List<Chapter> files, LocalizedLabels labels) {
        Map<Chapter, BookLayout.Placed> owners = owners(layout, files);
        List<PartPage> partPages = new ArrayList<>();
        List<String> order = new ArrayList<>();
        List<TocEntry> toc = new ArrayList<>();
        NavEntries nav = new NavEntries(labels);
        String bodyStart = null;
        BookPart part = null;
        TocEntry partEntry = null;
        List<TocEntry> flat = new ArrayList<>();
        BookLayout.Placed chapter = null;
        for (Chapter f : files) {
            BookLayout.Placed owner = owners.get(f);
            if (owner != null && owner.part() != part) {
                addNested(flat, partEntry, toc);
                part = owner.part();
                partEntry = null;
                if (!part.title().isBlank()) {
                    String file = String.format(Locale.ROOT, "part-%02d.xhtml", partPages.size() + 1);
                    partPages.add(new PartPage(file, part.title().strip(), partContent(part.title().strip())));
                    order.add(file);
                    partEntry = new TocEntry(0, part.title().strip(), file);
                }
            }
            order.add(f.fileName());
            if (bodyStart == null && owner != null && owner.part().matter() == BookPart.Matter.BODY) bodyStart = f.fileName();
            String opening = null;
            if (owner != null && owner != chapter) {
                chapter = owner;
                opening = f.fileName() + "#" + owner.anchor();
                String title = owner.title().isBlank() ? labels.untitled(1) : owner.title().strip();
                flat.add(new TocEntry(1 + owner.depth(), title, opening));
            }
            for (TocEntry e : nav.of(f)) {
                if (!e.href().equals(opening)) flat.add(e);
            }
        }
        addNested(flat, partEntry, toc);
        if (bodyStart == null && !files.isEmpty()) bodyStart = files.get(0).fileName();
        return new BookStructure(partPages, order, toc, bodyStart);
    }

    /**
     * The chapter of the layout each file belongs to (none for blocks before the first chapter), and the file's
     * {@code epub:type} by that chapter's matter.
     */
    private static Map<Chapter, BookLayout.Placed> owners(BookLayout layout, List<Chapter> files) {
        Map<Chapter, BookLayout.Placed> owners = new IdentityHashMap<>();
        List<BookLayout.Placed> placed = layout.chapters();
        int next = 0;
        BookLayout.Placed owner = null;
        for (Chapter f : files) {
            // files and chapters are both in document order: a file belongs to the last chapter starting at or before it
            while (next < placed.size() && placed.get(next).firstBlock() <= f.firstBlock()) owner = placed.get(next++);
            if (owner == null) continue;
            owners.put(f, owner);
            f.body().attr("epub:type", switch (owner.part().matter()) {
                case FRONT -> "frontmatter";
                case BODY -> "chapter";
                case BACK -> "backmatter";
            });
        }
        return owners;
    }

    /** The part's entries so far, nested by level, under the part's entry when it has a title, else at the top. */
    private static void addNested(List<TocEntry> flat, TocEntry partEntry, List<TocEntry> toc) {
        List<TocEntry> nested = TocEntry.nest(flat);
        flat.clear();
        if (partEntry == null) {
            toc.addAll(nested);
        } else {
            partEntry.children().addAll(nested);
            toc.add(partEntry);
        }
    }

    private static Element partContent(String title) {
        Element section = new Element("section").addClass("ink-document").addClass("part-title").attr("epub:type", "part");
        section.appendElement("h1").addClass("part-title").text(title);
        return section;
    }

    /** The part title pages, in order. */
    List<PartPage> partPages() {
        return partPages;
    }

    /** The file names of the part title pages and chapter files in reading order. */
    List<String> readingOrder() {
        return readingOrder;
    }

    /** The navigation: parts with a title hold their chapters; chapters hold their sections and nested chapters. */
    List<TocEntry> toc() {
        return toc;
    }

    /** The first file of the first body chapter (the {@code bodymatter} landmark); null for a book without files. */
    String bodyStart() {
        return bodyStart;
    }
}
