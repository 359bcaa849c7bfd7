package org.inkstone.model;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The shape of the document tree, said once: which lists of child nodes each node holds. {@code map}
 * gives a node with each of its child lists replaced by what the given functions make of it, the lists
 * taken in document order; a node without children comes back as it is. A transform that rebuilds
 * passes functions that rebuild; a {@link DocumentWalker} passes functions that read and return their input.
 */
public final class ChildLists {
    private ChildLists() {}

    /** The body, then each footnote's blocks. */
    public static Document map(Document d, UnaryOperator<List<Block>> blocks) {
        return new Document(d.metadata(), blocks.apply(d.blocks()),
                d.footnotes().stream().map(f -> f.withBlocks(blocks.apply(f.blocks()))).toList());
    }

    public static Block map(Block b, UnaryOperator<List<Block>> blocks, UnaryOperator<List<Inline>> inlines) {
        return b.accept(new BlockChildren(blocks, inlines));
    }

    public static Inline map(Inline i, UnaryOperator<List<Inline>> inlines) {
        return i.accept(new InlineChildren(inlines));
    }

    private record BlockChildren(UnaryOperator<List<Block>> blocks, UnaryOperator<List<Inline>> inlines)
            implements BlockVisitor<Block> {
        private List<ListItem> items(List<ListItem> items) {
            return items.stream().map(i -> i.withBlocks(blocks.apply(i.blocks()))).toList();
        }

        private List<Table.Row> rows(List<Table.Row> rows) {
            return rows.stream().map(r -> new Table.Row(r.cells().stream().map(c -> new Table.Cell(inlines.apply(c.content()))).toList())).toList();
        }

        @Override public Block visitHeading(Heading h) { return h.withContent(inlines.apply(h.content())); }
        @Override public Block visitParagraph(Paragraph p) { return new Paragraph(inlines.apply(p.content())); }
        @Override public Block visitBlockQuote(BlockQuote q) { return new BlockQuote(blocks.apply(q.blocks())); }
        @Override public Block visitBulletList(BulletList l) { return new BulletList(l.tight(), items(l.items())); }
        @Override public Block visitOrderedList(OrderedList l) { return new OrderedList(l.start(), l.tight(), items(l.items())); }
        @Override public Block visitCodeBlock(CodeBlock c) { return c; }
        @Override public Block visitMathBlock(MathBlock m) { return m; }
        @Override public Block visitTable(Table t) { return new Table(t.alignments(), rows(t.head()), rows(t.body()), t.line()); }
        @Override public Block visitFigure(Figure f) { return new Figure(f.image(), inlines.apply(f.caption()), f.href()); }
        @Override public Block visitThematicBreak(ThematicBreak r) { return r; }
        @Override public Block visitCallout(Callout c) {
            return new Callout(c.kind(), inlines.apply(c.title()), c.fold(), blocks.apply(c.blocks()));
        }
        @Override public Block visitDefinitionList(DefinitionList d) {
            return new DefinitionList(d.entries().stream().map(e -> new DefinitionList.Entry(inlines.apply(e.term()),
                    e.definitions().stream().map(blocks).toList())).toList());
        }
        @Override public Block visitRawHtmlBlock(RawHtml h) { return h; }
        @Override public Block visitEditorNoteBlock(EditorNote n) { return n; }
        @Override public Block visitToc(TocPlaceholder t) { return t; }
        @Override public Block visitNoteEmbed(NoteEmbed e) { return e; }
        @Override public Block visitContainer(Container c) { return new Container(c.attributes(), blocks.apply(c.blocks())); }
    }

    private record InlineChildren(UnaryOperator<List<Inline>> inlines) implements InlineVisitor<Inline> {
        @Override public Inline visitText(Text t) { return t; }
        @Override public Inline visitEmphasis(Emphasis e) { return new Emphasis(inlines.apply(e.content())); }
        @Override public Inline visitStrong(Strong s) { return new Strong(inlines.apply(s.content())); }
        @Override public Inline visitStrikethrough(Strikethrough s) { return new Strikethrough(inlines.apply(s.content())); }
        @Override public Inline visitHighlight(Highlight h) { return new Highlight(inlines.apply(h.content())); }
        @Override public Inline visitSubscript(Subscript s) { return new Subscript(inlines.apply(s.content())); }
        @Override public Inline visitSuperscript(Superscript s) { return new Superscript(inlines.apply(s.content())); }
        @Override public Inline visitCode(Code c) { return c; }
        @Override public Inline visitMathInline(MathInline m) { return m; }
        @Override public Inline visitLink(Link l) { return l.withContent(inlines.apply(l.content())); }
        @Override public Inline visitImage(Image i) { return i; }
        @Override public Inline visitFootnoteRef(FootnoteRef r) { return r; }
        @Override public Inline visitSoftBreak(SoftBreak b) { return b; }
        @Override public Inline visitHardBreak(HardBreak b) { return b; }
        @Override public Inline visitRawHtmlInline(RawHtml h) { return h; }
        @Override public Inline visitEditorNoteInline(EditorNote n) { return n; }
        @Override public Inline visitWikiLink(WikiLink w) { return w; }
        @Override public Inline visitSpan(Span s) { return new Span(s.attributes(), inlines.apply(s.content())); }
    }
}
