package org.inkstone.render.xhtml;

import org.inkstone.model.Block;
import org.inkstone.model.BlockQuote;
import org.inkstone.model.BlockVisitor;
import org.inkstone.model.BulletList;
import org.inkstone.model.Callout;
import org.inkstone.model.CodeBlock;
import org.inkstone.model.Container;
import org.inkstone.model.DefinitionList;
import org.inkstone.model.Document;
import org.inkstone.model.EditorNote;
import org.inkstone.model.Figure;
import org.inkstone.model.Heading;
import org.inkstone.model.ListItem;
import org.inkstone.model.MathBlock;
import org.inkstone.model.NoteEmbed;
import org.inkstone.model.OrderedList;
import org.inkstone.model.Paragraph;
import org.inkstone.model.PlainText;
import org.inkstone.model.RawHtml;
import org.inkstone.model.Table;
import org.inkstone.model.ThematicBreak;
import org.inkstone.model.TocPlaceholder;
import org.inkstone.render.LocalizedLabels;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Block nodes to XHTML elements. */
final class BlockElements {
    private final InlineElements inlines;
    private final LocalizedLabels labels;
    private final Document document;
    private final CodeElements code;
    private final TableAsList wideTables;

    BlockElements(InlineElements inlines, LocalizedLabels labels, Document document, CodeElements code, TableAsList wideTables) {
        this.inlines = inlines;
        this.labels = labels;
        this.document = document;
        this.code = code;
        this.wideTables = wideTables;
    }

    void appendAll(Element parent, List<Block> blocks) {
        Visitor v = new Visitor(parent);
        for (Block b : blocks) b.accept(v);
    }

    /**
     * An item of a tight list shows its paragraph without a {@code <p>}; an item with several
     * paragraphs (say, text split by an editor note) keeps them apart.
     */
    private void appendItemBlocks(Element li, List<Block> blocks, boolean tight) {
        boolean unwrap = tight && blocks.stream().filter(b -> b instanceof Paragraph).count() == 1;
        for (Block b : blocks) {
            if (unwrap && b instanceof Paragraph p) inlines.appendAll(li, p.content());
            else appendAll(li, List.of(b));
        }
    }

    private final class Visitor implements BlockVisitor<Void> {
        private final Element parent;

        Visitor(Element parent) {
            this.parent = parent;
        }

        @Override public Void visitHeading(Heading h) {
            Element e = parent.appendElement("h" + h.level());
            if (h.id() != null) e.id(h.id());
            WrittenAttributes.apply(e, h.attributes());
            inlines.appendAll(e, h.content());
            return null;
        }

        @Override public Void visitParagraph(Paragraph p) {
            inlines.appendAll(parent.appendElement("p"), p.content());
            return null;
        }

        @Override public Void visitBlockQuote(BlockQuote q) {
            appendAll(parent.appendElement("blockquote"), q.blocks());
            return null;
        }

        @Override public Void visitBulletList(BulletList l) {
            Element ul = parent.appendElement("ul");
            if (l.items().stream().anyMatch(i -> i.task() != ListItem.Task.NONE)) ul.addClass("task-list");
            items(ul, l.items(), l.tight());
            return null;
        }

        @Override public Void visitOrderedList(OrderedList l) {
            Element ol = parent.appendElement("ol");
            if (l.start() != 1) ol.attr("start", String.valueOf(l.start()));
            if (l.items().stream().anyMatch(i -> i.task() != ListItem.Task.NONE)) ol.addClass("task-list");
            items(ol, l.items(), l.tight());
            return null;
        }

        private void items(Element list, List<ListItem> items, boolean tight) {
            for (ListItem item : items) {
                Element li = list.appendElement("li");
                if (item.task() != ListItem.Task.NONE) {
                    boolean done = item.task() == ListItem.Task.DONE;
                    li.addClass("task-item").addClass(done ? "task-done" : "task-open");
                    Element box = new Element("input").attr("type", "checkbox").attr("disabled", "disabled");
                    if (done) box.attr("checked", "checked");
                    li.appendChild(box);
                    li.appendText(" ");
                }
                appendItemBlocks(li, item.blocks(), tight);
            }
        }

        @Override public Void visitCodeBlock(CodeBlock c) {
            code.append(parent, c);
            return null;
        }

        @Override public Void visitMathBlock(MathBlock m) {
            inlines.math().display(parent, m.tex(), m.line());
            return null;
        }

        @Override public Void visitTable(Table t) {
            if (wideTables.applies(t)) {
                wideTables.append(parent, t);
                return null;
            }
            Element table = parent.appendElement("div").addClass("table-wrap").appendElement("table");
            if (!t.head().isEmpty()) {
                Element thead = table.appendElement("thead");
                for (Table.Row r : t.head()) row(thead, r, "th", t.alignments());
            }
            Element tbody = table.appendElement("tbody");
            for (Table.Row r : t.body()) row(tbody, r, "td", t.alignments());
            return null;
        }

        private void row(Element section, Table.Row row, String cellTag, List<Table.Alignment> alignments) {
            Element tr = section.appendElement("tr");
            for (int i = 0; i < row.cells().size(); i++) {
                Element cell = tr.appendElement(cellTag);
                Table.Alignment a = i < alignments.size() ? alignments.get(i) : Table.Alignment.NONE;
                if (a != Table.Alignment.NONE) cell.attr("style", "text-align: " + a.name().toLowerCase(Locale.ROOT));
                inlines.appendAll(cell, row.cells().get(i).content());
            }
        }

        @Override public Void visitFigure(Figure f) {
            Element figure = parent.appendElement("figure").addClass("figure");
            Element holder = f.href() == null ? figure : inlines.links().append(figure, f.href(), f.image().line());
            inlines.appendImage(holder, f.image(), false);
            if (!f.caption().isEmpty()) inlines.appendAll(figure.appendElement("figcaption"), f.caption());
            return null;
        }

        @Override public Void visitThematicBreak(ThematicBreak r) {
            parent.appendElement("hr");
            return null;
        }

        @Override public Void visitCallout(Callout c) {
            Element aside = parent.appendElement("aside").addClass("callout").addClass("callout-" + cssName(c.kind()))
                    .attr("data-kind", c.kind());
            Element title = aside.appendElement("p").addClass("callout-title");
            if (c.title().isEmpty()) title.text(labels.calloutTitle(c.kind()));
            else inlines.appendAll(title, c.title());
            appendAll(aside.appendElement("div").addClass("callout-body"), c.blocks());
            return null;
        }

        @Override public Void visitDefinitionList(DefinitionList d) {
            Element dl = parent.appendElement("dl");
            for (DefinitionList.Entry e : d.entries()) {
                inlines.appendAll(dl.appendElement("dt"), e.term());
                for (List<Block> def : e.definitions()) {
                    Element dd = dl.appendElement("dd");
                    appendItemBlocks(dd, def, def.size() == 1);
                }
            }
            return null;
        }

        @Override public Void visitRawHtmlBlock(RawHtml h) {
            List<org.jsoup.nodes.Node> nodes = inlines.rawHtml(RawHtmlSource.of(h), false);
            if (nodes.stream().allMatch(n -> n instanceof org.jsoup.nodes.TextNode t && t.isBlank())) return null;
            Element div = parent.appendElement("div").addClass("raw-html");
            for (org.jsoup.nodes.Node n : nodes) div.appendChild(n);
            return null;
        }

        @Override public Void visitEditorNoteBlock(EditorNote n) {
            inlines.appendEditorNote(parent, "aside", n);
            return null;
        }

        @Override public Void visitContainer(Container c) {
            appendAll(WrittenAttributes.apply(parent.appendElement("div"), c.attributes()), c.blocks());
            return null;
        }

        @Override public Void visitToc(TocPlaceholder t) {
            Element nav = parent.appendElement("nav").addClass("toc").attr("role", "doc-toc");
            nav.appendElement("p").addClass("toc-title").text(labels.contents());
            tocList(nav, headings(document.blocks()), 0, true);
            return null;
        }

        /** An embed left unresolved: the note's name, link-like, in a paragraph of its own (a warning said why). */
        @Override public Void visitNoteEmbed(NoteEmbed e) {
            parent.appendElement("p").addClass("note-embed").appendElement("span").addClass("wikilink")
                    .addClass("note-embed-missing").attr("title", e.note()).text(e.label());
            return null;
        }
    }

    private static String cssName(String kind) {
        String s = kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
        return s.isEmpty() ? "note" : s;
    }

    /** Headings of levels 1–3 at the top level of the document, in order (callouts and quotes excluded). */
    private static List<Heading> headings(List<Block> blocks) {
        List<Heading> out = new ArrayList<>();
        for (Block b : blocks) if (b instanceof Heading h && h.level() <= 3 && h.id() != null) out.add(h);
        return out;
    }

    /**
     * Nests headings by level: returns the index after the last heading consumed. At the top, a
     * heading shallower than the first (an H3 before the first H2) joins the top list instead of
     * ending it.
     */
    private int tocList(Element parent, List<Heading> hs, int from, boolean top) {
        if (from >= hs.size()) return from;
        Element ol = parent.appendElement("ol");
        int level = hs.get(from).level();
        int i = from;
        Element lastLi = null;
        while (i < hs.size()) {
            Heading h = hs.get(i);
            if (h.level() < level) {
                if (!top) break;
                level = h.level();
            }
            if (h.level() > level && lastLi != null) {
                i = tocList(lastLi, hs, i, false);
                continue;
            }
            lastLi = ol.appendElement("li");
            lastLi.appendElement("a").attr("href", "#" + h.id()).text(PlainText.of(h.content()).strip());
            i++;
        }
        return i;
    }
}
