package org.inkstone.transform;

import org.inkstone.model.Block;
import org.inkstone.model.CodeBlock;
import org.inkstone.model.EditorNote;
import org.inkstone.model.Figure;
import org.inkstone.model.FootnoteRef;
import org.inkstone.model.Image;
import org.inkstone.model.Inline;
import org.inkstone.model.Link;
import org.inkstone.model.MathBlock;
import org.inkstone.model.MathInline;
import org.inkstone.model.NoteEmbed;
import org.inkstone.model.RawHtml;
import org.inkstone.model.Table;

import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * Makes blocks of an embedded note fit the document that embeds them: every node's source line becomes
 * the embed's line (so a later warning, say about a missing image, points at the embed in the file being
 * built), a relative image path is taken from the note's folder ({@code img/a.png} in {@code 笔记/x.md}
 * becomes {@code 笔记/img/a.png}), and footnote references get the numbers the embedding gives them.
 */
public final class EmbeddedBlocks extends RebuildingTransform {
    private final IntUnaryOperator lines;
    private final String folder;
    private final IntUnaryOperator footnoteNumber;

    /**
     * @param folder         the note's folder under the document's folder, with a trailing {@code /}, or ""
     * @param footnoteNumber the new number of each of the note's footnote numbers
     * @param line           the embed's line in the document being built; 0 keeps each node's line
     */
    public EmbeddedBlocks(String folder, IntUnaryOperator footnoteNumber, int line) {
        this(folder, footnoteNumber, line > 0 ? original -> line : IntUnaryOperator.identity());
    }

    /**
     * For a book's chapter: {@code lines} gives each node's line in the book (the chapter's line plus where
     * the chapter starts; 0, no line, stays 0), the folder is the chapter's folder under the book's.
     */
    public EmbeddedBlocks(String folder, IntUnaryOperator footnoteNumber, IntUnaryOperator lines) {
        this.lines = lines;
        this.folder = folder;
        this.footnoteNumber = footnoteNumber;
    }

    /** The blocks, rewritten. */
    public List<Block> rewrite(List<Block> in) {
        return blocks(in);
    }

    private int at(int original) {
        return lines.applyAsInt(original);
    }

    private Image image(Image i) {
        return new Image(rebased(i.src()), i.alt(), i.title(), i.width(), i.height(), at(i.line()), i.attributes());
    }

    private String rebased(String src) {
        String s = src.toLowerCase(Locale.ROOT);
        boolean relative = !src.isBlank() && !s.contains("://") && !s.startsWith("//") && !s.startsWith("/") && !s.startsWith("#")
                && !s.startsWith("data:") && !s.startsWith("file:") && !(s.length() > 1 && s.charAt(1) == ':');
        return relative ? folder + src : src;
    }

    @Override public List<Block> visitFigure(Figure f) {
        return List.of(new Figure(image(f.image()), inlines(f.caption()), f.href()));
    }
    @Override public List<Block> visitCodeBlock(CodeBlock c) { return List.of(new CodeBlock(c.language(), c.info(), c.text(), at(c.line()), c.attributes())); }
    @Override public List<Block> visitMathBlock(MathBlock m) { return List.of(new MathBlock(m.tex(), at(m.line()))); }
    @Override public List<Block> visitTable(Table t) {
        Table rebuilt = (Table) super.visitTable(t).get(0);
        return List.of(new Table(rebuilt.alignments(), rebuilt.head(), rebuilt.body(), at(t.line())));
    }
    @Override public List<Block> visitRawHtmlBlock(RawHtml h) { return List.of(new RawHtml(h.html(), at(h.line()))); }
    @Override public List<Block> visitEditorNoteBlock(EditorNote n) { return List.of(new EditorNote(n.text(), at(n.line()))); }
    @Override public List<Block> visitNoteEmbed(NoteEmbed e) { return List.of(new NoteEmbed(e.note(), e.heading(), e.blockId(), at(e.line()))); }

    @Override public List<Inline> visitImage(Image i) { return List.of(image(i)); }
    @Override public List<Inline> visitLink(Link l) { return List.of(new Link(l.href(), l.title(), inlines(l.content()), at(l.line()), l.attributes())); }
    @Override public List<Inline> visitMathInline(MathInline m) { return List.of(new MathInline(m.tex(), at(m.line()))); }
    @Override public List<Inline> visitRawHtmlInline(RawHtml h) { return List.of(new RawHtml(h.html(), at(h.line()))); }
    @Override public List<Inline> visitEditorNoteInline(EditorNote n) { return List.of(new EditorNote(n.text(), at(n.line()))); }
    @Override public List<Inline> visitFootnoteRef(FootnoteRef r) {
        return List.of(new FootnoteRef(r.label(), footnoteNumber.applyAsInt(r.number()), r.occurrence()));
    }
}
