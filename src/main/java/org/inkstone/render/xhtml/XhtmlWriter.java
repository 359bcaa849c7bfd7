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
import org.inkstone.render.RenderContext;
import org.inkstone.render.ThemeMath;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;
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
    private boolean highlight = true;
    private boolean lineNumbers;
    private CodeHighlighter highlighter = CodeHighlighter.shared();
    private Supplier<MathRenderer> math;
    private String mathInk;
    private boolean epubSemantics;
    private int maxTableColumns;

    public XhtmlWriter(ImageResolver images, Diagnostics diagnostics) {
        this.images = images;
        this.diagnostics = diagnostics;
    }

    /**
     * The writer an output uses: the build's choices (line numbers) and the theme's math, drawn
     * for the output's text size and no wider than {@code mathMaxWidthPx} (0: no limit). Outputs
     * add what is theirs (EPUB semantics, a math ink) on the result.
     */
    public static XhtmlWriter forOutput(ImageResolver images, RenderContext ctx, float textSizePx, int mathMaxWidthPx) {
        return new XhtmlWriter(images, ctx.diagnostics()).lineNumbers(ctx.options().lineNumbers())
                .math(ThemeMath.renderer(ctx.theme(), textSizePx, mathMaxWidthPx), null);
    }

    /** Number the lines of every code block (off by default; a fence can ask with {@code linenos}). */
    XhtmlWriter lineNumbers(boolean on) {
        this.lineNumbers = on;
        return this;
    }

    /**
     * Render math as SVG with this renderer, asked for when the first formula comes (without one,
     * math shows as TeX source). {@code ink}
     * colours the formulas where the output cannot pass the text colour on ({@code currentColor}
     * in OpenHTMLtoPDF); null leaves the colour to the page.
     */
    public XhtmlWriter math(Supplier<MathRenderer> renderer, String ink) {
        this.math = renderer;
        this.mathInk = ink;
        return this;
    }

    /** Colour the formulas' ink with this colour (for outputs that cannot pass the text colour on). */
    public XhtmlWriter mathInk(String ink) {
        this.mathInk = ink;
        return this;
    }

    /** Use this highlighter (and its cache) instead of the process-wide one. */
    public XhtmlWriter highlighter(CodeHighlighter h) {
        this.highlighter = h;
        return this;
    }

    /** Highlight code at build time (on by default). */
    public XhtmlWriter highlighting(boolean on) {
        this.highlight = on;
        return this;
    }

    /**
     * Mark footnotes with EPUB structural semantics (off by default): each reference gets
     * {@code epub:type="noteref"}, and each note becomes {@code <aside epub:type="footnote">} (with its
     * number) instead of an item of an ordered list, so e-readers can show it as a pop-up. The page
     * that holds the result must declare {@code xmlns:epub}.
     */
    public XhtmlWriter epubSemantics(boolean on) {
        this.epubSemantics = on;
        return this;
    }

    /**
     * Show a table of more than {@code columns} columns as a list of its rows, each cell as
     * "column name：value", with a warning at its line (0, the default: every table stays a table).
     * For a page of fixed width, where such a table cannot fit and loses columns.
     */
    public XhtmlWriter wideTablesAsLists(int columns) {
        this.maxTableColumns = columns;
        return this;
    }

    /** The document as {@code <article class="ink-document">}: title block, body, footnotes. */
    public Element article(Document doc) {
        Metadata meta = doc.metadata();
        LocalizedLabels labels = LocalizedLabels.of(meta.language());
        Element article = new Element("article").addClass("ink-document");
        if (!titleComesFromFirstHeading(doc)) article.appendChild(titleBlock(meta));
        LinkTargets links = new LinkTargets(diagnostics);
        InlineElements inlines = new InlineElements(new ImageElements(images, labels, diagnostics),
                new RawHtmlSanitizer(diagnostics), links, labels, doc, new MathElements(math, mathInk, diagnostics));
        inlines.epubNoteRefs(epubSemantics);
        BlockElements blocks = new BlockElements(inlines, labels, doc,
                new CodeElements(highlighter, highlight, lineNumbers, diagnostics),
                new TableAsList(maxTableColumns, inlines, diagnostics));
        blocks.appendAll(article, doc.blocks());
        if (!doc.footnotes().isEmpty()) {
            article.appendChild(epubSemantics ? footnoteAsides(doc.footnotes(), blocks, labels)
                    : footnotes(doc.footnotes(), blocks, labels));
        }
        links.checkFragments(article);
        return article;
    }

    /** When the title fell back to the first H1, that heading already shows it. */
    private static boolean titleComesFromFirstHeading(Document doc) {
        for (Block b : doc.blocks()) {
            if (b instanceof Heading h) {
                return h.level() == 1 && PlainText.of(h.content()).strip().equals(doc.metadata().title());
            }
            if (!(b instanceof org.inkstone.model.EditorNote)) return false;
        }
        return false;
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
        OutputSettings settings = page.outputSettings();
        settings.syntax(OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        return page.outerHtml() + "\n";
    }

}
