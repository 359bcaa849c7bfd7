package org.inkstone.transform;

import org.inkstone.model.Attributes;
import org.inkstone.model.Block;
import org.inkstone.model.CodeBlock;
import org.inkstone.model.Container;
import org.inkstone.model.Image;
import org.inkstone.model.Inline;
import org.inkstone.model.Link;
import org.inkstone.model.Span;
import org.inkstone.model.Document;
import org.inkstone.model.DocumentWalker;
import org.inkstone.model.Heading;
import org.inkstone.model.HeadingSlug;
import org.inkstone.model.PlainText;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every heading a stable, unique id. An explicit {@code {#id}} wins (and ids written on other
 * elements are not given to headings); otherwise the id is the
 * GitHub/Typora slug of the heading text (lower case, letters and digits of any script kept, spaces
 * to hyphens, punctuation dropped), so {@code [跳转](#第二章-边界情况)} written by hand still works.
 * Repeats get {@code -1}, {@code -2} …, an explicit id written twice too (as when one note is embedded
 * twice): the first heading keeps it.
 */
final class HeadingIds extends RebuildingTransform {
    /** The ids taken so far in the one document a pass rewrites. */
    private final Set<String> used = new HashSet<>();
    private final Set<String> explicitTaken = new HashSet<>();
    /** False for the instance a build keeps, which starts a pass of its own for each document. */
    private final boolean pass;

    HeadingIds() {
        this(false);
    }

    private HeadingIds(boolean pass) {
        this.pass = pass;
    }

    /** Safe to call from several threads at once (a book's chapters are read in parallel): each call is a new pass. */
    @Override
    public Document apply(Document d) {
        if (!pass) return new HeadingIds(true).apply(d);
        collectExplicit(d.blocks());
        return super.apply(d);
    }

    private void collectExplicit(List<Block> blocks) {
        new DocumentWalker() {
            @Override protected void visitBlock(Block b) {
                if (b instanceof Heading h && h.id() != null) used.add(h.id());
                if (b instanceof Container c) reserve(c.attributes());
                if (b instanceof CodeBlock c) reserve(c.attributes());
            }

            @Override protected void visitInline(Inline i) {
                if (i instanceof Span s) reserve(s.attributes());
                if (i instanceof Link l) reserve(l.attributes());
                if (i instanceof Image m) reserve(m.attributes());
            }
        }.walk(blocks);
    }

    /** An id written in {@code {#id}} on another element: no heading gets it. */
    private void reserve(Attributes a) {
        if (a.id() != null) used.add(a.id());
    }

    @Override
    public List<Block> visitHeading(Heading h) {
        Heading rebuilt = h.withContent(inlines(h.content()));
        if (h.id() != null && explicitTaken.add(h.id())) return List.of(rebuilt);
        String base = h.id() != null ? h.id() : slug(PlainText.of(h.content()));
        String id = base;
        for (int n = 1; used.contains(id); n++) id = base + "-" + n;
        used.add(id);
        return List.of(rebuilt.withId(id));
    }

    static String slug(String text) {
        return HeadingSlug.of(text);
    }
}
