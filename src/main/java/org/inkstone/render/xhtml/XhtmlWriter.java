package org.inkstone.render.xhtml;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.highlight.CodeHighlighter;
import org.inkstone.math.MathRenderer;
import org.inkstone.model.Block;
import org.inkstone.model.Document;
import org.inkstone.model.Footnote;
import org.inkstone.model.Heading;
import org.inkstone.model.Metadata;
import org.inkstone.model.PlainText;
import org.inkstone.render.LocalizedLabels;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one model-to-XHTML writer every output builds on. It makes a jsoup tree (so the PDF renderer
 * can hand a DOM to OpenHTMLtoPDF and the WeChat renderer can inline styles), with semantic
 * elements and one class per role for themes: see {@code themes/default/base.css} for the contract.
 */
public final class XhtmlWriter {
    public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private final ImageResolver images;
    private final Diagnostics diagnostics;
    private final boolean highlight;
    private final boolean lineNumbers;
    private final CodeHighlighter highlighter;
    private final Supplier<MathRenderer> math;
    private final String mathInk;
    private final boolean epubSemantics;
    private final int maxTableColumns;
    private final boolean titleShown;
    private final CjkEmphasis cjkEmphasis;

    /** A writer with the {@link XhtmlSettings#defaults() default settings}. */
    public XhtmlWriter(ImageResolver images, Diagnostics diagnostics) {
        this(images, diagnostics, XhtmlSettings.defaults());
    }

    public XhtmlWriter(ImageResolver images, Diagnostics diagnostics, XhtmlSettings settings) {
        this.images = images;
        this.diagnostics = diagnostics;
        this.highlight = settings.highlight();
        this.lineNumbers = settings.lineNumbers();
        this.highlighter = settings.highlighter();
        this.math = settings.math();
        this.mathInk = settings.mathInk();
        this.epubSemantics = settings.epubSemantics();
        this.maxTableColumns = settings.maxTableColumns();
        this.titleShown = settings.titleShown();
        this.cjkEmphasis = settings.cjkEmphasis();
    }

    /**
     * The document as {@code <article class="ink-document">}: title block, body, footnotes. Without
     * the title ({@link XhtmlSettings#titleShown()} false) there is no title block, and a first heading
     * that is the title is left out, from the body and from a {@code [TOC]}.
     */
    public Element article(Document doc) {
        Element article = new Element("article").addClass("ink-document");
        boolean titleIsHeading = titleComesFromFirstHeading(doc);
        if (titleShown && !titleIsHeading) article.appendChild(titleBlock(doc.metadata()));
        Document body = !titleShown && titleIsHeading ? withoutFirstHeading(doc) : doc;
        write(body, article, List.of(new WrittenParts.Part(article, 0, body.blocks().size())));
        return article;
    }

    private static Document withoutFirstHeading(Document doc) {
        List<Block> blocks = new ArrayList<>(doc.blocks());
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading) {
                blocks.remove(i);
                break;
            }
        }
        return doc.withBlocks(blocks);
    }

    /**
     * The document's body in parts, for an output that splits it into files (EPUB chapters): the
     * model is cut at the given top-level block indexes (ascending), so that part {@code i} holds the
     * blocks from {@code starts[i]} to the next start; the blocks before the first start form a part
     * of their own when there are any. Each part is a {@code <section>}; then comes the footnotes
     * section when there are notes. All are written with one state, as {@link #article} writes them
     * (notes numbered once, links to a heading in another part checked as found). No title block.
     */
    public WrittenParts parts(Document doc, List<Integer> starts) {
        Element root = new Element("article").addClass("ink-document");
        List<WrittenParts.Part> parts = new ArrayList<>();
        List<Integer> bounds = new ArrayList<>();
        if (starts.isEmpty() || starts.get(0) > 0) bounds.add(0);
        bounds.addAll(starts);
        for (int i = 0; i < bounds.size(); i++) {
            int end = i + 1 < bounds.size() ? bounds.get(i + 1) : doc.blocks().size();
            parts.add(new WrittenParts.Part(root.appendElement("section"), bounds.get(i), end));
        }
        Element notes = write(doc, root, parts);
        return new WrittenParts(root, parts, notes);
    }

    /** Writes the parts' blocks and the footnotes (appended to {@code root}, and returned; null without notes), then checks the links to fragments. */
    private Element write(Document doc, Element root, List<WrittenParts.Part> parts) {
        LocalizedLabels labels = LocalizedLabels.of(doc.metadata().language());
        LinkTargets links = new LinkTargets(diagnostics);
        InlineElements inlines = new InlineElements(new ImageElements(images, labels, diagnostics),
                new RawHtmlSanitizer(diagnostics), links, labels, doc, new MathElements(math, mathInk, diagnostics));
        inlines.epubNoteRefs(epubSemantics);
        inlines.cjkEmphasis(cjkEmphasis);
        BlockElements blocks = new BlockElements(inlines, labels, doc,
                new CodeElements(highlighter, highlight, lineNumbers, diagnostics),
                new TableAsList(maxTableColumns, inlines, diagnostics));
        for (WrittenParts.Part part : parts) blocks.appendAll(part.element(), doc.blocks().subList(part.from(), part.to()));
        Element notes = null;
        if (!doc.footnotes().isEmpty()) {
            notes = epubSemantics ? footnoteAsides(doc.footnotes(), blocks, labels) : footnotes(doc.footnotes(), blocks, labels);
            root.appendChild(notes);
        }
        links.checkFragments(root);
        return notes;
    }

    /**
     * Whether the document's title is its first heading: an H1 (after any editor notes) whose text is
     * the metadata title, as when the title fell back to it. That heading then shows the title, and
     * {@link #article} writes no title block.
     */
    static boolean titleComesFromFirstHeading(Document doc) {
        for (Block b : doc.blocks()) {
            if (b instanceof Heading h) {
                // spaces aside: Han–Latin spacing may have spaced the heading (第 1000 封) but not the front matter's title
                return h.level() == 1 && withoutSpaces(PlainText.of(h.content())).equals(withoutSpaces(doc.metadata().title()));
            }
            if (!(b instanceof org.inkstone.model.EditorNote)) return false;
        }
        return false;
    }

    private static String withoutSpaces(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** {@code <header class="title-block">}: title, subtitle, authors, date (for outputs that place it themselves). */
    public static Element titleBlock(Metadata meta) {
        Element header = new Element("header").addClass("title-block");
        header.appendElement("h1").addClass("title").text(meta.title());
        if (!meta.subtitle().isBlank()) header.appendElement("p").addClass("subtitle").text(meta.subtitle());
        if (!meta.authors().isEmpty()) header.appendElement("p").addClass("authors").text(String.join("、", meta.authors()));
        if (!meta.date().isBlank()) header.appendElement("p").addClass("date").text(meta.date());
        return header;
    }

    private static Element footnotes(List<Footnote> notes, BlockElements blocks, LocalizedLabels labels) {
        Element section = new Element("section").addClass("footnotes").attr("role", "doc-endnotes")
                .attr("aria-label", labels.footnotes());
        section.appendElement("hr");
        Element ol = section.appendElement("ol");
        for (Footnote note : notes) {
            Element li = ol.appendElement("li").id(InlineElements.noteId(note.number()));
            blocks.appendAll(li, note.blocks());
            Element target = li.children().isEmpty() || !li.child(li.childrenSize() - 1).normalName().equals("p")
                    ? li.appendElement("p") : li.child(li.childrenSize() - 1);
            backLinks(target, note, labels);
        }
        return section;
    }

    /** Notes as EPUB footnotes: {@code <aside id="fn-N" epub:type="footnote">}, number first, links back last. */
    private static Element footnoteAsides(List<Footnote> notes, BlockElements blocks, LocalizedLabels labels) {
        Element section = new Element("section").addClass("footnotes").attr("epub:type", "footnotes")
                .attr("role", "doc-endnotes").attr("aria-label", labels.footnotes());
        section.appendElement("hr");
        for (Footnote note : notes) {
            Element aside = section.appendElement("aside").addClass("footnote").id(InlineElements.noteId(note.number()))
                    .attr("epub:type", "footnote").attr("role", "doc-footnote");
            blocks.appendAll(aside, note.blocks());
            Element first = aside.children().isEmpty() || !aside.child(0).normalName().equals("p")
                    ? aside.prependElement("p") : aside.child(0);
            first.prependText(" ").prependChild(new Element("span").addClass("footnote-label").text(note.number() + "."));
            Element last = aside.child(aside.childrenSize() - 1).normalName().equals("p")
                    ? aside.child(aside.childrenSize() - 1) : aside.appendElement("p");
            backLinks(last, note, labels);
        }
        return section;
    }

    private static void backLinks(Element target, Footnote note, LocalizedLabels labels) {
        for (int k = 1; k <= Math.max(1, note.references()); k++) {
            target.appendText(" ");
            target.appendElement("a").addClass("footnote-back").attr("href", "#" + InlineElements.refId(note.number(), k))
                    .attr("role", "doc-backlink").attr("title", labels.backToText()).text(k == 1 ? "↩" : "↩" + k);
        }
    }

    /** A standalone XHTML5 page around an article, with the theme's CSS in {@code <style>}. */
    public static org.jsoup.nodes.Document page(Metadata meta, String css, Element article) {
        org.jsoup.nodes.Document page = new org.jsoup.nodes.Document("");
        page.appendChild(new DocumentType("html", "", ""));
        Element html = page.appendElement("html").attr("xmlns", XHTML_NS)
                .attr("lang", meta.language()).attr("xml:lang", meta.language());
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(meta.title());
        if (!meta.authors().isEmpty()) head.appendElement("meta").attr("name", "author").attr("content", String.join(", ", meta.authors()));
        if (!meta.description().isBlank()) head.appendElement("meta").attr("name", "description").attr("content", meta.description());
        if (!meta.keywords().isEmpty()) head.appendElement("meta").attr("name", "keywords").attr("content", String.join(", ", meta.keywords()));
        head.appendElement("meta").attr("name", "generator").attr("content", "Inkstone");
        if (!css.isBlank()) head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode("\n" + css + "\n"));
        html.appendElement("body").addClass("ink").appendChild(article);
        return page;
    }

    /** Serialises as well-formed XHTML (XML syntax, numeric entities, UTF-8). */
    public static String serialize(org.jsoup.nodes.Document page) {
        return asXhtml(page).outerHtml() + "\n";
    }

    /**
     * The text {@link #serialize(org.jsoup.nodes.Document)} gives, written into {@code out} as it is made (to a digest, say,
     * where a book's page need not be held as one string of tens of megabytes).
     */
    public static <T extends Appendable> T serialize(org.jsoup.nodes.Document page, T out) {
        asXhtml(page).outerHtml(out);
        try {
            out.append('\n');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static org.jsoup.nodes.Document asXhtml(org.jsoup.nodes.Document page) {
        page.outputSettings().syntax(OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        return page;
    }

}
