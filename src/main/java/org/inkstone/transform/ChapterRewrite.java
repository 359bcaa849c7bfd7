package org.inkstone.transform;

import org.inkstone.model.Block;
import org.inkstone.model.Heading;
import org.inkstone.model.Inline;
import org.inkstone.model.Link;
import org.inkstone.model.WikiLink;

import java.util.List;

/**
 * One chapter's blocks as the book holds them: each heading with its id in the book and moved down by
 * the chapter's depth (at most to level 6), each link and wiki link between chapters pointed at its
 * heading ({@link ChapterLinks}).
 */
final class ChapterRewrite extends RebuildingTransform {
    private final BookAssembly.Entry chapter;
    private final ChapterLinks links;

    ChapterRewrite(BookAssembly.Entry chapter, ChapterLinks links) {
        this.chapter = chapter;
        this.links = links;
    }

    List<Block> rewrite(List<Block> blocks) {
        return blocks(blocks);
    }

    @Override public List<Block> visitHeading(Heading h) {
        Heading rebuilt = (Heading) super.visitHeading(h).get(0);
        int level = Math.min(6, h.level() + chapter.chapter.depth());
        String id = h.id() == null ? null : chapter.ids.getOrDefault(h.id(), h.id());
        return List.of(new Heading(level, id, rebuilt.content(), rebuilt.attributes()));
    }

    @Override public List<Inline> visitLink(Link l) {
        List<Inline> content = inlines(l.content());
        return links.link(chapter, new Link(l.href(), l.title(), content, l.line(), l.attributes()));
    }

    @Override public List<Inline> visitWikiLink(WikiLink w) {
        return links.wikiLink(chapter, w);
    }
}
