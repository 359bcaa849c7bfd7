package org.inkstone.render.xhtml;

import org.inkstone.model.Block;
import org.inkstone.model.Code;
import org.inkstone.model.Document;
import org.inkstone.model.EditorNote;
import org.inkstone.model.Emphasis;
import org.inkstone.model.FootnoteRef;
import org.inkstone.model.HardBreak;
import org.inkstone.model.Heading;
import org.inkstone.model.Highlight;
import org.inkstone.model.Image;
import org.inkstone.model.Inline;
import org.inkstone.model.InlineVisitor;
import org.inkstone.model.Link;
import org.inkstone.model.MathInline;
import org.inkstone.model.PlainText;
import org.inkstone.model.RawHtml;
import org.inkstone.model.SoftBreak;
import org.inkstone.model.Span;
import org.inkstone.model.Strikethrough;
import org.inkstone.model.Strong;
import org.inkstone.model.Subscript;
import org.inkstone.model.Superscript;
import org.inkstone.model.Text;
import org.inkstone.model.WikiLink;
import org.inkstone.render.LocalizedLabels;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Inline nodes to XHTML. */
final class InlineElements {
    private final ImageElements images;
    private final RawHtmlSanitizer sanitizer;
    private final LinkTargets links;
    private final LocalizedLabels labels;
    /** Heading text → id, for Obsidian {@code [[#heading]]} links within the document. */
    private final Map<String, String> headingIds = new HashMap<>();
    private final MathElements math;
    private boolean epubNoteRefs;
    private EmphasisRuns emphasis = new EmphasisRuns(CjkEmphasis.ITALIC);

    InlineElements(ImageElements images, RawHtmlSanitizer sanitizer, LinkTargets links, LocalizedLabels labels, Document document,
                   MathElements math) {
        this.images = images;
        this.sanitizer = sanitizer;
        this.links = links;
        this.labels = labels;
        this.math = math;
        for (Block b : document.blocks()) {
            if (b instanceof Heading h && h.id() != null) headingIds.putIfAbsent(PlainText.of(h.content()).strip(), h.id());
        }
    }

    /** Footnote references carry {@code epub:type="noteref"}. */
    void epubNoteRefs(boolean on) {
        this.epubNoteRefs = on;
    }

    /** How emphasis on Chinese text is marked (the theme's choice); italic, marking nothing, unless set. */
    void cjkEmphasis(CjkEmphasis choice) {
        this.emphasis = new EmphasisRuns(choice);
    }

    /**
     * Raw HTML made safe, with the {@code <img>} it writes resolved like Markdown images: the
     * nodes, ready to be moved into the output tree.
     */
    List<Node> rawHtml(RawHtmlSource source, boolean inline) {
        Element holder = new Element("div");
        for (Node n : sanitizer.clean(source)) holder.appendChild(n);
        images.resolveRaw(holder, source, inline);
        for (Element a : holder.select("a[href]")) links.written(a, source.lineOf(a));
        return new ArrayList<>(holder.childNodes());
    }

    MathElements math() {
        return math;
    }

    LinkTargets links() {
        return links;
    }

    /**
     * Whether a link's text is its own address (an autolink, a bare URL or e-mail address): the writer marks it
     * {@code a.url}, which the theme lets break anywhere, so that a long one starts right after the text before it
     * instead of leaving that line stretched.
     */
    static boolean showsItsAddress(String text, String href) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return !t.isEmpty() && address(t).equals(address(href.strip().toLowerCase(Locale.ROOT)));
    }

    private static String address(String url) {
        String s = url.replaceFirst("^(https?://|mailto:)", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    static String noteId(int number) { return "fn-" + number; }
    static String refId(int number, int occurrence) { return "fnref-" + number + "-" + occurrence; }

    /**
     * Appends a run of inlines. In a run that holds raw HTML tags the tags are sanitised as one piece
     * of HTML, so an opening {@code <b>} and its {@code </b>} still pair up; the Markdown between
     * them is rendered first and kept out of the sanitiser ({@link WriterNodePlaceholders}).
     */
    void appendAll(Element parent, List<Inline> inlines) {
        if (inlines.stream().noneMatch(i -> i instanceof RawHtml)) {
            Visitor v = new Visitor(parent);
            for (Inline i : inlines) i.accept(v);
            return;
        }
        RawHtmlSource source = new RawHtmlSource();
        WriterNodePlaceholders written = new WriterNodePlaceholders();
        for (Inline i : inlines) {
            if (i instanceof RawHtml raw) {
                source.raw(raw.html(), raw.line());
            } else {
                Element holder = new Element("span");
                i.accept(new Visitor(holder));
                source.written(written.hold(holder));
            }
        }
        Element holder = new Element("span");
        for (Node n : rawHtml(source, true)) holder.appendChild(n);
        written.fill(holder);
        // a raw <a> around Markdown that is itself a link (an autolinked URL, a footnote reference):
        // links cannot nest, so the outer, raw one is kept
        holder.select("a a").forEach(Element::unwrap);
        for (Node n : new ArrayList<>(holder.childNodes())) parent.appendChild(n);
    }

    /** An editor note shown on request ({@code --notes}), labelled so no one mistakes it for the text. */
    void appendEditorNote(Element parent, String tag, EditorNote note) {
        Element e = parent.appendElement(tag).addClass("editor-note");
        e.appendElement("span").addClass("editor-note-label").text(labels.reviewerNote());
        e.appendText(" " + note.text());
    }

    void appendImage(Element parent, Image image, boolean inline) {
        parent.appendChild(images.image(image, inline));
    }

    private final class Visitor implements InlineVisitor<Void> {
        private final Element parent;

        Visitor(Element parent) {
            this.parent = parent;
        }

        private Void wrap(String tag, List<Inline> content) {
            appendAll(parent.appendElement(tag), content);
            return null;
        }

        @Override public Void visitText(Text t) { parent.appendText(t.text()); return null; }
        @Override public Void visitEmphasis(Emphasis e) {
            Element em = parent.appendElement("em");
            appendAll(em, e.content());
            emphasis.mark(em);
            return null;
        }

        @Override public Void visitStrong(Strong s) { return wrap("strong", s.content()); }
        @Override public Void visitStrikethrough(Strikethrough s) { return wrap("del", s.content()); }
        @Override public Void visitHighlight(Highlight h) { return wrap("mark", h.content()); }
        @Override public Void visitSubscript(Subscript s) { return wrap("sub", s.content()); }
        @Override public Void visitSuperscript(Superscript s) { return wrap("sup", s.content()); }
        @Override public Void visitCode(Code c) { parent.appendElement("code").text(c.text()); return null; }

        @Override public Void visitMathInline(MathInline m) {
            math.inline(parent, m.tex(), m.line());
            return null;
        }

        @Override public Void visitLink(Link l) {
            Element a = links.append(parent, l.href(), l.line());
            if (a != parent && !l.title().isBlank()) a.attr("title", l.title());
            if (a != parent) WrittenAttributes.apply(a, l.attributes());
            appendAll(a, l.content());
            if (a != parent && showsItsAddress(a.text(), l.href())) a.addClass("url");
            return null;
        }

        @Override public Void visitImage(Image i) { appendImage(parent, i, true); return null; }

        @Override public Void visitFootnoteRef(FootnoteRef r) {
            Element a = parent.appendElement("sup").addClass("footnote-ref").appendElement("a")
                    .attr("href", "#" + noteId(r.number())).id(refId(r.number(), r.occurrence()));
            if (epubNoteRefs) a.attr("epub:type", "noteref");
            a.attr("role", "doc-noteref").text(String.valueOf(r.number()));
            return null;
        }

        @Override public Void visitSoftBreak(SoftBreak b) { parent.appendText("\n"); return null; }
        @Override public Void visitHardBreak(HardBreak b) { parent.appendElement("br"); return null; }

        @Override public Void visitRawHtmlInline(RawHtml h) {
            for (Node n : rawHtml(RawHtmlSource.of(h), true)) parent.appendChild(n);
            return null;
        }

        @Override public Void visitEditorNoteInline(EditorNote n) {
            appendEditorNote(parent, "span", n);
            return null;
        }

        @Override public Void visitSpan(Span s) {
            appendAll(WrittenAttributes.apply(parent.appendElement("span"), s.attributes()), s.content());
            return null;
        }

        @Override public Void visitWikiLink(WikiLink w) {
            String id = w.page().isEmpty() ? headingIds.get(w.heading()) : null;
            if (id != null) parent.appendElement("a").addClass("wikilink").attr("href", "#" + id).text(w.label());
            else parent.appendElement("span").addClass("wikilink").attr("title", w.page()).text(w.label());
            return null;
        }
    }
}
