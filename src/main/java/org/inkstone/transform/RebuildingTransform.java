package org.inkstone.transform;

import org.inkstone.model.Block;
import org.inkstone.model.BlockQuote;
import org.inkstone.model.BlockVisitor;
import org.inkstone.model.BulletList;
import org.inkstone.model.Callout;
import org.inkstone.model.Code;
import org.inkstone.model.CodeBlock;
import org.inkstone.model.DefinitionList;
import org.inkstone.model.Document;
import org.inkstone.model.EditorNote;
import org.inkstone.model.Emphasis;
import org.inkstone.model.Figure;
import org.inkstone.model.FootnoteRef;
import org.inkstone.model.HardBreak;
import org.inkstone.model.Heading;
import org.inkstone.model.Highlight;
import org.inkstone.model.Image;
import org.inkstone.model.Inline;
import org.inkstone.model.InlineVisitor;
import org.inkstone.model.Link;
import org.inkstone.model.ListItem;
import org.inkstone.model.MathBlock;
import org.inkstone.model.MathInline;
import org.inkstone.model.OrderedList;
import org.inkstone.model.Paragraph;
import org.inkstone.model.RawHtml;
import org.inkstone.model.SoftBreak;
import org.inkstone.model.Strikethrough;
import org.inkstone.model.Strong;
import org.inkstone.model.Subscript;
import org.inkstone.model.Superscript;
import org.inkstone.model.Table;
import org.inkstone.model.Text;
import org.inkstone.model.ThematicBreak;
import org.inkstone.model.TocPlaceholder;
import org.inkstone.model.WikiLink;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a document node by node. Each visit returns the nodes that replace the visited one
 * (none to delete it); {@link #sequence} sees every rebuilt inline run, for rewrites that need
 * neighbours. Subclasses override only what they change.
 */
public abstract class RebuildingTransform implements Transform, BlockVisitor<List<Block>>, InlineVisitor<List<Inline>> {

    @Override
    public Document apply(Document d) {
        return new Document(d.metadata(), blocks(d.blocks()),
                d.footnotes().stream().map(f -> f.withBlocks(blocks(f.blocks()))).toList());
    }

    protected List<Block> blocks(List<Block> in) {
        List<Block> out = new ArrayList<>(in.size());
        for (Block b : in) out.addAll(b.accept(this));
        return out;
    }

    protected List<Inline> inlines(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in.size());
        for (Inline i : in) out.addAll(i.accept(this));
        return sequence(out);
    }

    /** Hook over a rebuilt inline run; default merges adjacent text. */
    protected List<Inline> sequence(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in.size());
        for (Inline i : in) {
            if (i instanceof Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Text prev) {
                out.set(out.size() - 1, new Text(prev.text() + t.text()));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    private List<ListItem> items(List<ListItem> items) {
        return items.stream().map(i -> i.withBlocks(blocks(i.blocks()))).toList();
    }

    private Table.Row row(Table.Row r) {
        return new Table.Row(r.cells().stream().map(c -> new Table.Cell(inlines(c.content()))).toList());
    }

    // blocks
    @Override public List<Block> visitHeading(Heading h) { return List.of(h.withContent(inlines(h.content()))); }
    @Override public List<Block> visitParagraph(Paragraph p) {
        List<Inline> content = inlines(p.content());
        return content.isEmpty() ? List.of() : List.of(new Paragraph(content));
    }
    @Override public List<Block> visitBlockQuote(BlockQuote q) { return List.of(new BlockQuote(blocks(q.blocks()))); }
    @Override public List<Block> visitBulletList(BulletList l) { return List.of(new BulletList(l.tight(), items(l.items()))); }
    @Override public List<Block> visitOrderedList(OrderedList l) { return List.of(new OrderedList(l.start(), l.tight(), items(l.items()))); }
    @Override public List<Block> visitCodeBlock(CodeBlock c) { return List.of(c); }
    @Override public List<Block> visitMathBlock(MathBlock m) { return List.of(m); }
    @Override public List<Block> visitTable(Table t) {
        return List.of(new Table(t.alignments(), t.head().stream().map(this::row).toList(), t.body().stream().map(this::row).toList(), t.line()));
    }
    @Override public List<Block> visitFigure(Figure f) { return List.of(new Figure(f.image(), inlines(f.caption()), f.href())); }
    @Override public List<Block> visitThematicBreak(ThematicBreak r) { return List.of(r); }
    @Override public List<Block> visitCallout(Callout c) {
        return List.of(new Callout(c.kind(), inlines(c.title()), c.fold(), blocks(c.blocks())));
    }
    @Override public List<Block> visitDefinitionList(DefinitionList d) {
        return List.of(new DefinitionList(d.entries().stream().map(e -> new DefinitionList.Entry(inlines(e.term()),
                e.definitions().stream().map(this::blocks).toList())).toList()));
    }
    @Override public List<Block> visitRawHtmlBlock(RawHtml h) { return List.of(h); }
    @Override public List<Block> visitEditorNoteBlock(EditorNote n) { return List.of(n); }
    @Override public List<Block> visitToc(TocPlaceholder t) { return List.of(t); }

    // inlines
    @Override public List<Inline> visitText(Text t) { return List.of(t); }
    @Override public List<Inline> visitEmphasis(Emphasis e) { return List.of(new Emphasis(inlines(e.content()))); }
    @Override public List<Inline> visitStrong(Strong s) { return List.of(new Strong(inlines(s.content()))); }
    @Override public List<Inline> visitStrikethrough(Strikethrough s) { return List.of(new Strikethrough(inlines(s.content()))); }
    @Override public List<Inline> visitHighlight(Highlight h) { return List.of(new Highlight(inlines(h.content()))); }
    @Override public List<Inline> visitSubscript(Subscript s) { return List.of(new Subscript(inlines(s.content()))); }
    @Override public List<Inline> visitSuperscript(Superscript s) { return List.of(new Superscript(inlines(s.content()))); }
    @Override public List<Inline> visitCode(Code c) { return List.of(c); }
    @Override public List<Inline> visitMathInline(MathInline m) { return List.of(m); }
    @Override public List<Inline> visitLink(Link l) { return List.of(new Link(l.href(), l.title(), inlines(l.content()), l.line())); }
    @Override public List<Inline> visitImage(Image i) { return List.of(i); }
    @Override public List<Inline> visitFootnoteRef(FootnoteRef r) { return List.of(r); }
    @Override public List<Inline> visitSoftBreak(SoftBreak b) { return List.of(b); }
    @Override public List<Inline> visitHardBreak(HardBreak b) { return List.of(b); }
    @Override public List<Inline> visitRawHtmlInline(RawHtml h) { return List.of(h); }
    @Override public List<Inline> visitEditorNoteInline(EditorNote n) { return List.of(n); }
    @Override public List<Inline> visitWikiLink(WikiLink w) { return List.of(w); }
}
