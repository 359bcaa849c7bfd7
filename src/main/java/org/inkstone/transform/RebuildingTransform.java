package org.inkstone.transform;

import org.inkstone.model.Block;
import org.inkstone.model.BlockQuote;
import org.inkstone.model.BlockVisitor;
import org.inkstone.model.BulletList;
import org.inkstone.model.Callout;
import org.inkstone.model.ChildLists;
import org.inkstone.model.Code;
import org.inkstone.model.Container;
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
import org.inkstone.model.MathBlock;
import org.inkstone.model.MathInline;
import org.inkstone.model.NoteEmbed;
import org.inkstone.model.OrderedList;
import org.inkstone.model.Paragraph;
import org.inkstone.model.RawHtml;
import org.inkstone.model.SoftBreak;
import org.inkstone.model.Span;
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
 * neighbours. Subclasses override only what they change; by default a node is rebuilt from its
 * rebuilt children ({@link ChildLists}) and a paragraph left empty is dropped.
 */
abstract class RebuildingTransform implements Transform, BlockVisitor<List<Block>>, InlineVisitor<List<Inline>> {

    @Override
    public Document apply(Document d) {
        return ChildLists.map(d, this::blocks);
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

    private List<Block> rebuiltBlock(Block b) {
        return List.of(ChildLists.map(b, this::blocks, this::inlines));
    }

    private List<Inline> rebuiltInline(Inline i) {
        return List.of(ChildLists.map(i, this::inlines));
    }

    // blocks
    @Override public List<Block> visitHeading(Heading h) { return rebuiltBlock(h); }
    @Override public List<Block> visitParagraph(Paragraph p) {
        List<Inline> content = inlines(p.content());
        return content.isEmpty() ? List.of() : List.of(new Paragraph(content));
    }
    @Override public List<Block> visitBlockQuote(BlockQuote q) { return rebuiltBlock(q); }
    @Override public List<Block> visitBulletList(BulletList l) { return rebuiltBlock(l); }
    @Override public List<Block> visitOrderedList(OrderedList l) { return rebuiltBlock(l); }
    @Override public List<Block> visitCodeBlock(CodeBlock c) { return rebuiltBlock(c); }
    @Override public List<Block> visitMathBlock(MathBlock m) { return rebuiltBlock(m); }
    @Override public List<Block> visitTable(Table t) { return rebuiltBlock(t); }
    @Override public List<Block> visitFigure(Figure f) { return rebuiltBlock(f); }
    @Override public List<Block> visitThematicBreak(ThematicBreak r) { return rebuiltBlock(r); }
    @Override public List<Block> visitCallout(Callout c) { return rebuiltBlock(c); }
    @Override public List<Block> visitDefinitionList(DefinitionList d) { return rebuiltBlock(d); }
    @Override public List<Block> visitRawHtmlBlock(RawHtml h) { return rebuiltBlock(h); }
    @Override public List<Block> visitEditorNoteBlock(EditorNote n) { return rebuiltBlock(n); }
    @Override public List<Block> visitToc(TocPlaceholder t) { return rebuiltBlock(t); }
    @Override public List<Block> visitNoteEmbed(NoteEmbed e) { return rebuiltBlock(e); }
    @Override public List<Block> visitContainer(Container c) { return rebuiltBlock(c); }

    // inlines
    @Override public List<Inline> visitText(Text t) { return rebuiltInline(t); }
    @Override public List<Inline> visitEmphasis(Emphasis e) { return rebuiltInline(e); }
    @Override public List<Inline> visitStrong(Strong s) { return rebuiltInline(s); }
    @Override public List<Inline> visitStrikethrough(Strikethrough s) { return rebuiltInline(s); }
    @Override public List<Inline> visitHighlight(Highlight h) { return rebuiltInline(h); }
    @Override public List<Inline> visitSubscript(Subscript s) { return rebuiltInline(s); }
    @Override public List<Inline> visitSuperscript(Superscript s) { return rebuiltInline(s); }
    @Override public List<Inline> visitCode(Code c) { return rebuiltInline(c); }
    @Override public List<Inline> visitMathInline(MathInline m) { return rebuiltInline(m); }
    @Override public List<Inline> visitLink(Link l) { return rebuiltInline(l); }
    @Override public List<Inline> visitImage(Image i) { return rebuiltInline(i); }
    @Override public List<Inline> visitFootnoteRef(FootnoteRef r) { return rebuiltInline(r); }
    @Override public List<Inline> visitSoftBreak(SoftBreak b) { return rebuiltInline(b); }
    @Override public List<Inline> visitHardBreak(HardBreak b) { return rebuiltInline(b); }
    @Override public List<Inline> visitRawHtmlInline(RawHtml h) { return rebuiltInline(h); }
    @Override public List<Inline> visitEditorNoteInline(EditorNote n) { return rebuiltInline(n); }
    @Override public List<Inline> visitWikiLink(WikiLink w) { return rebuiltInline(w); }
    @Override public List<Inline> visitSpan(Span s) { return rebuiltInline(s); }
}
