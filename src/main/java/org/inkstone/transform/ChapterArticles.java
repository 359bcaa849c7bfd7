package org.inkstone.transform;

import org.inkstone.model.Block;
import org.inkstone.model.BookLayout;
import org.inkstone.model.Document;
import org.inkstone.model.DocumentWalker;
import org.inkstone.model.Footnote;
import org.inkstone.model.FootnoteRef;
import org.inkstone.model.Heading;
import org.inkstone.model.Inline;
import org.inkstone.model.Link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A book's chapters as a series of articles, for an output that publishes them one by one (WeChat): each
 * chapter's blocks from the book's document, with the footnotes they refer to and the book's metadata
 * under the chapter's title, named after the chapter's file ({@code part1/green.md} → {@code part1-green}).
 * A link to a heading in another chapter keeps its text without the link: the articles are published
 * one by one, and where the others will be is not known.
 */
public final class ChapterArticles {
    /** One chapter as an article, and the name its files take. */
    public record Article(String stem, Document document) {}

    private ChapterArticles() {}

    public static List<Article> of(Document book, BookLayout layout) {
        List<Article> out = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        for (BookLayout.Placed p : layout.chapters()) {
            List<Block> blocks = book.blocks().subList(p.firstBlock(), p.endBlock());
            Set<Integer> referenced = referenced(blocks, book.footnotes());
            List<Footnote> notes = book.footnotes().stream().filter(f -> referenced.contains(f.number())).toList();
            String base = p.chapter().path().replaceAll("\\.(?i:md|markdown)$", "").replace('/', '-');
            String stem = base;
            for (int n = 2; !stems.add(stem.toLowerCase(Locale.ROOT)); n++) stem = base + "-" + n;
            Document article = new Document(book.metadata().withTitle(p.title()), blocks, notes);
            out.add(new Article(stem, new OtherChapterLinks(ids(article)).apply(article)));
        }
        return out;
    }

    private static Set<String> ids(Document article) {
        Set<String> ids = new HashSet<>();
        new DocumentWalker() {
            @Override protected void visitBlock(Block b) {
                if (b instanceof Heading h && h.id() != null) ids.add(h.id());
            }
        }.walk(article.blocks());
        return ids;
    }

    /** Unlinks every {@code #id} link whose heading is not in the article. */
    private static final class OtherChapterLinks extends RebuildingTransform {
        private final Set<String> own;

        OtherChapterLinks(Set<String> own) {
            this.own = own;
        }

        @Override public List<Inline> visitLink(Link l) {
            List<Inline> content = inlines(l.content());
            if (l.href().startsWith("#") && !own.contains(l.href().substring(1))) return content;
            return List.of(new Link(l.href(), l.title(), content, l.line(), l.attributes()));
        }
    }

    /** The numbers of the notes the blocks refer to, and those the notes refer to in turn. */
    private static Set<Integer> referenced(List<Block> blocks, List<Footnote> footnotes) {
        Set<Integer> found = new HashSet<>();
        List<List<Block>> pending = new ArrayList<>(List.of(blocks));
        while (!pending.isEmpty()) {
            List<Integer> now = new ArrayList<>();
            new DocumentWalker() {
                @Override protected void visitInline(Inline i) {
                    if (i instanceof FootnoteRef r) now.add(r.number());
                }
            }.walk(pending.remove(0));
            for (int n : now) {
                if (!found.add(n)) continue;
                footnotes.stream().filter(f -> f.number() == n).findFirst().ifPresent(f -> pending.add(f.blocks()));
            }
        }
        return found;
    }
}
