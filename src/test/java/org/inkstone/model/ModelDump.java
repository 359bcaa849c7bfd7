package org.inkstone.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A stable, readable text form of a document for golden tests:
 * one block per line, indented by nesting, inlines as {@code [Text "你好", Strong [Text "世界"]]}.
 */
public final class ModelDump {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    private ModelDump() {}

    public static String of(Document doc) {
        ModelDump d = new ModelDump();
        d.metadata(doc.metadata());
        d.blocks(doc.blocks());
        for (Footnote n : doc.footnotes()) {
            d.line("Footnote " + n.number() + " " + quote(n.label()) + " refs=" + n.references());
            d.nested(n.blocks());
        }
        return d.out.toString();
    }

    public static String of(List<Block> blocks) {
        ModelDump d = new ModelDump();
        d.blocks(blocks);
        return d.out.toString();
    }

    private void metadata(Metadata m) {
        line("Meta title=" + quote(m.title()) + " subtitle=" + quote(m.subtitle()) + " authors=" + strings(m.authors())
                + " date=" + quote(m.date()) + " lang=" + quote(m.language()));
        line("     description=" + quote(m.description()) + " keywords=" + strings(m.keywords()) + " cover="
                + quote(m.cover()) + " identifier=" + quote(m.identifier()) + " extra=" + extra(m.extra()));
    }

    private static String extra(Map<String, Object> extra) {
        return extra.entrySet().stream().map(e -> e.getKey() + "=" + quote(String.valueOf(e.getValue())))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String strings(List<String> l) {
        return l.stream().map(ModelDump::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private void line(String s) {
        out.append("  ".repeat(depth)).append(s).append('\n');
    }

    private void blocks(List<Block> blocks) {
        BlockLines v = new BlockLines();
        for (Block b : blocks) b.accept(v);
    }

    private void nested(List<Block> blocks) {
        depth++;
        blocks(blocks);
        depth--;
    }

    static String inlines(List<Inline> inlines) {
        InlineText v = new InlineText();
        return inlines.stream().map(i -> i.accept(v)).collect(Collectors.joining(", ", "[", "]"));
    }

    private final class BlockLines implements BlockVisitor<Void> {
        @Override public Void visitHeading(Heading h) {
            line("Heading " + h.level() + (h.id() == null ? "" : " #" + h.id()) + attributes(h.attributes()) + " " + inlines(h.content()));
            return null;
        }
        @Override public Void visitParagraph(Paragraph p) { line("Para " + inlines(p.content())); return null; }
        @Override public Void visitBlockQuote(BlockQuote q) { line("BlockQuote"); nested(q.blocks()); return null; }
        @Override public Void visitBulletList(BulletList l) { line("BulletList" + (l.tight() ? " tight" : " loose")); items(l.items()); return null; }
        @Override public Void visitOrderedList(OrderedList l) {
            line("OrderedList start=" + l.start() + (l.tight() ? " tight" : " loose"));
            items(l.items());
            return null;
        }
        private void items(List<ListItem> items) {
            depth++;
            for (ListItem i : items) {
                line("Item" + (i.task() == ListItem.Task.NONE ? "" : " task=" + i.task().name().toLowerCase(java.util.Locale.ROOT)));
                nested(i.blocks());
            }
            depth--;
        }
        @Override public Void visitCodeBlock(CodeBlock c) {
            line("CodeBlock lang=" + quote(c.language()) + (c.info().equals(c.language()) ? "" : " info=" + quote(c.info()))
                    + attributes(c.attributes()) + " " + quote(c.text()));
            return null;
        }
        @Override public Void visitMathBlock(MathBlock m) { line("MathBlock " + quote(m.tex())); return null; }
        @Override public Void visitTable(Table t) {
            line("Table align=" + t.alignments().stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(",")));
            depth++;
            for (Table.Row r : t.head()) line("Head " + cells(r));
            for (Table.Row r : t.body()) line("Row " + cells(r));
            depth--;
            return null;
        }
        private String cells(Table.Row r) {
            return r.cells().stream().map(c -> inlines(c.content())).collect(Collectors.joining(" | "));
        }
        @Override public Void visitFigure(Figure f) {
            line("Figure " + image(f.image()) + " caption=" + inlines(f.caption()) + (f.href() == null ? "" : " href=" + quote(f.href())));
            return null;
        }
        @Override public Void visitThematicBreak(ThematicBreak r) { line("ThematicBreak"); return null; }
        @Override public Void visitCallout(Callout c) {
            line("Callout " + c.kind() + " title=" + inlines(c.title()) + (c.fold() == Callout.Fold.NONE ? "" : " fold=" + c.fold().name().toLowerCase(java.util.Locale.ROOT)));
            nested(c.blocks());
            return null;
        }
        @Override public Void visitDefinitionList(DefinitionList d) {
            line("DefinitionList");
            depth++;
            for (DefinitionList.Entry e : d.entries()) {
                line("Term " + inlines(e.term()));
                for (List<Block> def : e.definitions()) { line("Definition"); nested(def); }
            }
            depth--;
            return null;
        }
        @Override public Void visitRawHtmlBlock(RawHtml h) { line("RawHtml " + quote(h.html())); return null; }
        @Override public Void visitEditorNoteBlock(EditorNote n) { line("EditorNote " + quote(n.text())); return null; }
        @Override public Void visitToc(TocPlaceholder t) { line("Toc"); return null; }
        @Override public Void visitNoteEmbed(NoteEmbed e) {
            line("NoteEmbed " + quote(e.note()) + (e.heading().isEmpty() ? "" : " heading=" + quote(e.heading()))
                    + (e.blockId().isEmpty() ? "" : " block=" + quote(e.blockId())));
            return null;
        }
        @Override public Void visitContainer(Container c) { line("Container" + attributes(c.attributes())); nested(c.blocks()); return null; }
    }

    /** {@code  {#id .class key="value"}}, with a leading space; "" when there are none. */
    static String attributes(Attributes a) {
        if (a.isEmpty()) return "";
        List<String> parts = new java.util.ArrayList<>();
        if (a.id() != null) parts.add("#" + a.id());
        a.classes().forEach(c -> parts.add("." + c));
        a.values().forEach((k, v) -> parts.add(k + "=" + quote(v)));
        return " {" + String.join(" ", parts) + "}";
    }

    static String image(Image i) {
        StringBuilder sb = new StringBuilder("Image ").append(quote(i.src())).append(" alt=").append(quote(i.alt()));
        if (!i.title().isEmpty()) sb.append(" title=").append(quote(i.title()));
        if (i.width() > 0) sb.append(" width=").append(i.width());
        if (i.height() > 0) sb.append(" height=").append(i.height());
        sb.append(attributes(i.attributes()));
        return sb.toString();
    }

    private static final class InlineText implements InlineVisitor<String> {
        @Override public String visitText(Text t) { return "Text " + quote(t.text()); }
        @Override public String visitEmphasis(Emphasis e) { return "Emph " + inlines(e.content()); }
        @Override public String visitStrong(Strong s) { return "Strong " + inlines(s.content()); }
        @Override public String visitStrikethrough(Strikethrough s) { return "Strike " + inlines(s.content()); }
        @Override public String visitHighlight(Highlight h) { return "Highlight " + inlines(h.content()); }
        @Override public String visitSubscript(Subscript s) { return "Sub " + inlines(s.content()); }
        @Override public String visitSuperscript(Superscript s) { return "Sup " + inlines(s.content()); }
        @Override public String visitCode(Code c) { return "Code " + quote(c.text()); }
        @Override public String visitMathInline(MathInline m) { return "Math " + quote(m.tex()); }
        @Override public String visitLink(Link l) {
            return "Link " + quote(l.href()) + (l.title().isEmpty() ? "" : " title=" + quote(l.title())) + attributes(l.attributes())
                    + " " + inlines(l.content());
        }
        @Override public String visitImage(Image i) { return image(i); }
        @Override public String visitFootnoteRef(FootnoteRef r) { return "FootnoteRef " + r.number() + "." + r.occurrence(); }
        @Override public String visitSoftBreak(SoftBreak b) { return "SoftBreak"; }
        @Override public String visitHardBreak(HardBreak b) { return "HardBreak"; }
        @Override public String visitRawHtmlInline(RawHtml h) { return "RawHtml " + quote(h.html()); }
        @Override public String visitEditorNoteInline(EditorNote n) { return "EditorNote " + quote(n.text()); }
        @Override public String visitWikiLink(WikiLink w) {
            return "WikiLink page=" + quote(w.page()) + " heading=" + quote(w.heading()) + " alias=" + quote(w.alias());
        }
        @Override public String visitSpan(Span s) { return "Span" + attributes(s.attributes()) + " " + inlines(s.content()); }
    }
}
