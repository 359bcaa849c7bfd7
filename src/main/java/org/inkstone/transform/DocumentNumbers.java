package org.inkstone.transform;

import org.inkstone.model.Block;
import org.inkstone.model.Book;
import org.inkstone.model.BookLayout;
import org.inkstone.model.BookPart;
import org.inkstone.model.Chapter;
import org.inkstone.model.Document;
import org.inkstone.options.Numbering;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers an article's or a book's headings, figures and tables as the build's {@link Numbering} asks
 * ({@link HeadingNumbers}, {@link CaptionNumbers}), after the standard transforms (so heading ids and
 * links keep the words as written) and before any output, which all get the numbered text.
 * <ul>
 * <li>An article numbers from its top heading level; a single heading above all others (its title) is not
 *     numbered.</li>
 * <li>Headings the author numbered by hand (half or more start with {@code 1.2 }, {@code 一、}, {@code 第三章})
 *     are left as written, and so is a caption that starts with {@code 图 3} or {@code 表 3}.</li>
 * <li>A book numbers its body chapters {@code 1}, {@code 2} … and their headings {@code 1.1}, {@code 1.1.1};
 *     the front and back matter (前言, 附录) keep their headings as written. The chapters' titles in the
 *     layout (which the contents, bookmarks and navigation show) get the same number. Block positions do
 *     not change.</li>
 * </ul>
 */
public final class DocumentNumbers {
    private DocumentNumbers() {}

    /** The article numbered; the same document when nothing is to be numbered. */
    public static Document article(Document d, Numbering numbering) {
        if (!numbering.any()) return d;
        Document out = d;
        int top = HeadingNumbers.topLevel(out.blocks());
        if (numbering.headings() != Numbering.HeadingStyle.OFF && !HeadingNumbers.numberedByHand(out.blocks(), top)) {
            out = out.withBlocks(new HeadingNumbers(numbering.headings()).number(out.blocks(), top, i -> false, new HashMap<>()));
        }
        if (numbering.figures()) out = new CaptionNumbers(out.metadata().language()).apply(out);
        return out;
    }

    /** The book numbered; the same one when nothing is to be numbered. */
    public static BookAssembly.Assembled book(BookAssembly.Assembled book, Numbering numbering) {
        if (!numbering.any()) return book;
        Document d = book.document();
        BookLayout layout = book.layout();
        if (numbering.headings() != Numbering.HeadingStyle.OFF && !HeadingNumbers.numberedByHand(d.blocks(), 1)) {
            BitSet unnumbered = new BitSet();
            for (BookLayout.Placed p : layout.chapters()) {
                if (p.part().matter() != BookPart.Matter.BODY) unnumbered.set(p.firstBlock(), p.endBlock());
            }
            Map<Integer, String> given = new HashMap<>();
            List<Block> blocks = new HeadingNumbers(numbering.headings()).number(d.blocks(), 1, unnumbered::get, given);
            d = d.withBlocks(blocks);
            layout = numberedTitles(layout, given);
        }
        if (numbering.figures()) d = new CaptionNumbers(d.metadata().language()).apply(d);
        return new BookAssembly.Assembled(d, layout, book.text(), book.regions());
    }

    /** The layout with each numbered chapter's title after its heading's number (the same chapter objects throughout). */
    private static BookLayout numberedTitles(BookLayout layout, Map<Integer, String> given) {
        Map<Chapter, String> numbers = new IdentityHashMap<>();
        for (BookLayout.Placed p : layout.chapters()) {
            String n = given.get(p.firstBlock());
            if (n != null) numbers.put(p.chapter(), n);
        }
        if (numbers.isEmpty()) return layout;
        Map<Chapter, Chapter> renamed = new IdentityHashMap<>();
        List<BookPart> parts = new ArrayList<>();
        for (BookPart part : layout.book().parts()) {
            List<Chapter> chapters = new ArrayList<>();
            for (Chapter c : part.chapters()) chapters.add(renamed(c, numbers, renamed));
            parts.add(new BookPart(part.title(), part.matter(), chapters));
        }
        Map<BookPart, BookPart> newParts = new IdentityHashMap<>();
        for (int i = 0; i < parts.size(); i++) newParts.put(layout.book().parts().get(i), parts.get(i));
        Book book = new Book(layout.book().metadata(), parts);
        List<BookLayout.Placed> placed = new ArrayList<>();
        for (BookLayout.Placed p : layout.chapters()) {
            placed.add(new BookLayout.Placed(renamed.getOrDefault(p.chapter(), p.chapter()), newParts.getOrDefault(p.part(), p.part()),
                    p.firstBlock(), p.endBlock(), p.anchor()));
        }
        return new BookLayout(book, placed);
    }

    private static Chapter renamed(Chapter c, Map<Chapter, String> numbers, Map<Chapter, Chapter> renamed) {
        List<Chapter> sections = new ArrayList<>();
        for (Chapter s : c.sections()) sections.add(renamed(s, numbers, renamed));
        String n = numbers.get(c);
        Chapter out = new Chapter(n == null ? c.title() : n + c.title(), c.path(), c.depth(), c.document(), sections);
        renamed.put(c, out);
        return out;
    }
}
