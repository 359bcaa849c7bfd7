package org.inkstone.transform;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Block;
import org.inkstone.model.Book;
import org.inkstone.model.BookLayout;
import org.inkstone.model.BookPart;
import org.inkstone.model.Chapter;
import org.inkstone.model.Document;
import org.inkstone.model.DocumentWalker;
import org.inkstone.model.Footnote;
import org.inkstone.model.Heading;
import org.inkstone.model.HeadingSlug;
import org.inkstone.model.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Lays a {@link Book}'s chapters end to end into the one document every output writes, and says where
 * each chapter stands in it ({@link BookLayout}). On the way:
 * <ul>
 * <li>heading ids become unique across the book: a chapter whose heading has an id an earlier chapter
 *     already uses gets {@code id-1}, {@code id-2} … (the earlier chapter keeps it);</li>
 * <li>every chapter opens with a heading at level {@code 1 + depth}: its own first H1, or one made of its
 *     title; a nested chapter's headings move down by its depth;</li>
 * <li>links between chapters ({@code other.md}, {@code ../part2/ch.md#id}, {@code [[other#标题|别名]]})
 *     become {@code #id} links to the right heading ({@link ChapterLinks});</li>
 * <li>relative image paths are taken from the chapter's own folder, footnotes are numbered through the
 *     book, and every node's line is its line in the chapter plus where the chapter's lines start in the
 *     book's text, which the diagnostics map back to the chapter's file ({@link Diagnostics#regions}).</li>
 * </ul>
 * The chapters' documents must have been through the standard transforms (their headings have ids).
 */
public final class BookAssembly {
    private BookAssembly() {}

    /**
     * The book's document, where its chapters stand in it, and its text: the chapters' sources laid end to
     * end, the lines the document's nodes refer to, with the region of each chapter's file.
     */
    public record Assembled(Document document, BookLayout layout, String text, List<Diagnostics.Region> regions) {}

    /** One chapter on its way into the book: where its text starts, and what its ids became. */
    static final class Entry {
        final Chapter chapter;
        final BookPart part;
        final int firstLine;
        final String source;
        /** The chapter's heading ids (as its own transforms gave them) to their ids in the book. */
        final Map<String, String> ids = new HashMap<>();
        /** The chapter's headings by their plain text, to their ids in the chapter. */
        final Map<String, String> headingsByText = new HashMap<>();
        String anchor;
        /** True when the chapter opens with its own H1, which becomes its title heading. */
        boolean opensWithHeading;

        Entry(Chapter chapter, BookPart part, int firstLine, String source) {
            this.chapter = chapter;
            this.part = part;
            this.firstLine = firstLine;
            this.source = source;
        }

        /** The book's line of the first line of the chapter holding {@code written}; 0 when not found. */
        int lineOf(String written) {
            int at = source.indexOf(written);
            if (at < 0) return 0;
            int line = firstLine;
            for (int i = 0; i < at; i++) if (source.charAt(i) == '\n') line++;
            return line;
        }

        String folder() {
            int slash = chapter.path().lastIndexOf('/');
            return slash < 0 ? "" : chapter.path().substring(0, slash + 1);
        }
    }

    /**
     * @param source      each chapter's source text (for a draft chapter, "")
     * @param diagnostics the book's diagnostics, named after the book's folder: they are given the book's text and the chapters' regions, so
     *                    that a warning at a line of the document names the chapter's file and line
     */
    public static Assembled assemble(Book book, Function<Chapter, String> source, Diagnostics diagnostics) {
        List<Entry> entries = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Diagnostics.Region> regions = new ArrayList<>();
        int nextLine = 1;
        for (BookPart part : book.parts()) {
            for (Chapter top : part.chapters()) {
                List<Chapter> withSections = new ArrayList<>();
                addWithSections(top, withSections);
                for (Chapter c : withSections) {
                    if (c.draft()) continue; // listed with a warning when the book was read; no page of its own
                    String own = source.apply(c);
                    Entry e = new Entry(c, part, nextLine, own);
                    entries.add(e);
                    regions.add(new Diagnostics.Region(nextLine, inFolder(diagnostics.file(), c.path())));
                    text.append(own);
                    if (!own.endsWith("\n")) text.append('\n');
                    nextLine += lineCount(own);
                }
            }
        }
        diagnostics.source(text.toString());
        diagnostics.regions(regions);
        giveUniqueIds(entries);
        ChapterLinks links = new ChapterLinks(entries, diagnostics);
        List<Block> blocks = new ArrayList<>();
        List<Footnote> footnotes = new ArrayList<>();
        List<BookLayout.Placed> placed = new ArrayList<>();
        int footnoteOffset = 0;
        for (Entry e : entries) {
            int first = blocks.size();
            Document doc = e.chapter.document();
            int offset = footnoteOffset;
            int lineShift = e.firstLine - 1;
            EmbeddedBlocks rebase = new EmbeddedBlocks(e.folder(), n -> n + offset, l -> l > 0 ? l + lineShift : l);
            ChapterRewrite rewrite = new ChapterRewrite(e, links);
            List<Block> own = rewrite.rewrite(rebase.rewrite(doc.blocks()));
            if (!e.opensWithHeading) blocks.add(new Heading(1 + e.chapter.depth(), e.anchor, List.of(new Text(e.chapter.title()))));
            blocks.addAll(own);
            for (Footnote f : doc.footnotes()) {
                footnotes.add(new Footnote(f.label(), f.number() + offset, f.references(),
                        rewrite.rewrite(rebase.rewrite(f.blocks()))));
            }
            footnoteOffset += doc.footnotes().stream().mapToInt(Footnote::number).max().orElse(0);
            placed.add(new BookLayout.Placed(e.chapter, e.part, first, blocks.size(), e.anchor));
        }
        Document document = new Document(book.metadata(), blocks, footnotes);
        return new Assembled(document, new BookLayout(book, placed), text.toString(), regions);
    }

    /** A chapter's file as messages name it: under the book's folder as the book's diagnostics name it. */
    private static String inFolder(String folder, String path) {
        return folder.isEmpty() || folder.equals(".") ? path : folder + "/" + path;
    }

    private static void addWithSections(Chapter c, List<Chapter> out) {
        out.add(c);
        for (Chapter s : c.sections()) addWithSections(s, out);
    }

    private static int lineCount(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        return text.endsWith("\n") ? n - 1 : n;
    }

    /** Each chapter's heading ids, made unique through the book (first come keeps), and each chapter's anchor. */
    private static void giveUniqueIds(List<Entry> entries) {
        Set<String> used = new HashSet<>();
        for (Entry e : entries) {
            List<Block> blocks = e.chapter.document().blocks();
            e.opensWithHeading = !blocks.isEmpty() && blocks.get(0) instanceof Heading h && h.level() == 1 && h.id() != null;
            new DocumentWalker() {
                @Override protected void visitBlock(Block b) {
                    if (!(b instanceof Heading h) || h.id() == null || e.ids.containsKey(h.id())) return;
                    e.ids.put(h.id(), unique(h.id(), used));
                    e.headingsByText.putIfAbsent(org.inkstone.model.PlainText.of(h.content()).strip(), h.id());
                }
            }.walk(blocks);
            if (e.opensWithHeading) {
                e.anchor = e.ids.get(((Heading) blocks.get(0)).id());
            } else {
                String slug = HeadingSlug.of(e.chapter.title());
                e.anchor = unique(slug.isEmpty() ? "chapter" : slug, used);
            }
        }
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 1; used.contains(candidate); n++) candidate = id + "-" + n;
        used.add(candidate);
        return candidate;
    }
}
