package org.inkstone.render.pdf;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import org.inkstone.cache.Caches;
import org.inkstone.font.GlyphCoverage;
import org.inkstone.font.LoadedFace;
import org.inkstone.model.Document;
import org.inkstone.model.Metadata;
import org.inkstone.model.Outline;
import org.inkstone.options.PdfOptions;
import org.inkstone.render.OutputSink;
import org.inkstone.render.ImageSources;
import org.inkstone.render.LocalizedLabels;
import org.inkstone.render.RenderContext;
import org.inkstone.render.Renderer;
import org.inkstone.render.xhtml.WrittenHeadings;
import org.inkstone.render.xhtml.XhtmlSettings;
import org.inkstone.render.xhtml.XhtmlWriter;
import org.inkstone.theme.Theme;
import org.inkstone.theme.ThemeColours;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * {@code --to pdf}: a print-ready PDF ({@code <stem>.pdf}). The shared XHTML writer makes the
 * article; this renderer shapes it for paper (title page, contents page, running headers, footnotes
 * at the page foot, bookmarks), checks that the theme's fonts can draw every character, and has
 * OpenHTMLtoPDF lay it out with the theme's {@code print.css} (in the chosen accent) and embed the fonts
 * as subsets.
 *
 * <p>A book ({@link RenderContext#isBook()}) gets, besides its title page: a contents page of parts,
 * chapters and sections, a title page for each titled part, each chapter on a new page (a right-hand one
 * with {@code pdf: {chapter-start: right}}) under its title as the running header, bookmarks part →
 * chapter → section, and page numbers i, ii … through the front matter and 1, 2 … from the body on,
 * printed and as the PDF's page labels ({@link BookPages}).
 *
 * <p>No file or network access of its own: images come from the asset resolver, fonts from the
 * theme's faces (parsed once per version of the file, in the context's caches), time from the context's clock; the PDF goes to the sink.
 */
public final class PdfRenderer implements Renderer {
    /** Wider tables are shown as lists of rows: more columns do not fit across an A4 or A5 page and OpenHTMLtoPDF drops them. */
    static final int WIDE_TABLE_COLUMNS = 12;

    @Override
    public boolean embedsImages() {
        return true;
    }

    @Override
    public String format() {
        return "pdf";
    }

    /** Starts parsing the theme's fonts, and OpenHTMLtoPDF's own start-up work, while the input is read. */
    @Override
    public void prepare(Theme theme, Caches caches) {
        caches.fonts().faces().preload(theme.printFonts(), LibraryWarmUp::run);
    }

    @Override
    public void render(RenderContext ctx, OutputSink sink) {
        PdfOptions options = ctx.options().pdf();
        List<LoadedFace> faces = ctx.caches().fonts().faces().loadAll(ctx.theme().printFonts());
        FontRegistry fonts = new FontRegistry(faces);
        ResourceStore resources = new ResourceStore();
        PageSetup size = PageSetup.of(options.pageSize());
        Page page = page(ctx, faces, fonts, resources, size);
        byte[] pdf = new HtmlToPdf(resources, fonts, ctx.diagnostics())
                .render(page.w3c(), size, options.pdfUa(), options.pdfA(), page.beforeSave());
        sink.write(ctx.stem() + ".pdf", pdf);
    }

    /**
     * The page to lay out, as the W3C DOM OpenHTMLtoPDF reads, and the listener that dates and identifies the PDF.
     * The jsoup tree it is made in is not kept: only this method's frame holds it (and the identifier's digest, for
     * the first few tenths of a second), so it is garbage while the PDF is laid out (a book's is some tens of MB).
     */
    private record Page(org.w3c.dom.Document w3c, PDFCreationListener beforeSave) {}

    private Page page(RenderContext ctx, List<LoadedFace> faces, FontRegistry fonts, ResourceStore resources, PageSetup size) {
        Document doc = ctx.document();
        Outline outline = Outline.of(doc);
        Metadata meta = doc.metadata();
        PdfOptions options = ctx.options().pdf();
        PdfImages images = new PdfImages(ctx.assets(), resources, ctx.diagnostics());
        if (options.pdfUa()) images.requireAltText(ctx.diagnostics());
        ctx.assets().prefetch(ImageSources.of(doc));
        ThemeColours colours = ctx.options().colours();
        LocalizedLabels labels = LocalizedLabels.of(meta.language());
        // formulas in the theme's print text colour: OpenHTMLtoPDF draws an SVG's currentColor black
        Element article = new XhtmlWriter(images, ctx.diagnostics(), XhtmlSettings.forOutput(ctx, size.fontPx(), (int) size.textWidthPx())
                .mathInk(colours.printText()).wideTablesAsLists(WIDE_TABLE_COLUMNS).build()).article(doc);

        if (ctx.isBook() && article.selectFirst("> header.title-block") == null) article.prependChild(XhtmlWriter.titleBlock(meta));
        boolean titlePage = TitlePage.apply(article, meta, images, meta.lineOf(Metadata.COVER_KEYS));
        WrittenHeadings written = WrittenHeadings.in(article, outline);
        List<Outline.Entry> chapters = Headings.of(outline, 1);
        boolean book = chapters.size() >= 2;
        BookPages bookPages = null;
        if (ctx.isBook()) {
            bookPages = BookPages.apply(article, ctx.book(), outline, written, options.toc(), labels, meta.title());
        } else {
            TableOfContents.apply(article, outline, options.toc(), labels);
            RunningTitles.apply(article, meta.title(), chapters, written);
            if (book) markFirstChapter(written.element(chapters.get(0)));
        }
        PageFootnotes.apply(article, !options.pdfUa());
        TaskBoxes.apply(article, labels);
        ImageBoxes.apply(article, images, size);
        TableColumns.apply(article, size.textWidthEm());
        String emphasisCss = EmphasisDots.apply(article, resources, colours.printText());
        LongParagraphs.apply(article);
        fonts.addChinesePunctuation(ctx.caches().fonts(), ChinesePunctuation.apply(article));
        InlineBoundaryGlue.apply(article);
        if (options.pdfUa()) {
            AltTexts.apply(article, labels);
            String skip = Headings.skippedLevel(outline, titlePage);
            if (skip != null) {
                ctx.diagnostics().warn(0, "heading levels skip one: " + skip + "; tagged PDF (--pdf-ua) needs each heading"
                        + " at most one level below the one before it");
            }
        }

        if (ctx.isBook()) BookMatter.wrapFrontMatter(article);
        String printCss = ctx.isBook() ? ctx.theme().css("print") + "\n" + ctx.theme().bookCss("print") : ctx.theme().css("print");
        String css = size.css() + emphasisCss + colours.css(printCss) + "\n" + PageSetup.firstPageCss(titlePage)
                + (ctx.isBook() ? size.partPageCss() : "");
        org.jsoup.nodes.Document page = XhtmlWriter.page(meta, css, article);
        Element body = page.body();
        body.addClass(paragraphStyle(ctx)).addClass(ctx.isBook() ? "book" : book ? "chapters" : "article");
        if (ctx.isBook() && options.rectoChapters()) body.addClass("recto");
        if (!meta.description().isBlank()) page.head().appendElement("meta").attr("name", "subject").attr("content", meta.description());
        else if (!meta.subtitle().isBlank()) page.head().appendElement("meta").attr("name", "subject").attr("content", meta.subtitle());
        if (bookPages != null) Bookmarks.apply(page.head(), bookPages.outline());
        else Bookmarks.apply(page.head(), outline);
        MissingGlyphs.apply(body, new GlyphCoverage(faces), ctx.diagnostics());

        // the W3C copy follows the page's output syntax: XML, as the XHTML serialisation of the identifier's digest sets it
        page.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml);
        org.w3c.dom.Document w3c = W3cPage.of(page);
        DocumentInfo info = new DocumentInfo(ctx.clock().instant(), meta.language(), page,
                size.toString() + options.pdfUa() + options.pdfA());
        return new Page(w3c, bookPages != null ? new PageLabels(info, bookPages.bodyStartId()) : info);
    }

    /** The first chapter directly after the title or contents page needs no page break of its own. */
    private static void markFirstChapter(Element h1) {
        for (Element prev = h1.previousElementSibling(); prev != null; prev = prev.previousElementSibling()) {
            if (!prev.is("section.title-page, nav.toc-page, div.running-title")) return;
        }
        h1.addClass("first-chapter");
    }

    /** {@code print-paragraph=indent|spacing} in theme.properties; indent (2em first line) by default. */
    private static String paragraphStyle(RenderContext ctx) {
        String style = ctx.theme().properties().getOrDefault("print-paragraph", "indent").strip();
        if (!style.equals("indent") && !style.equals("spacing")) {
            ctx.diagnostics().warn(0, "theme.properties: print-paragraph is '" + style + "'; it takes indent or spacing"
                    + " (using indent)");
            style = "indent";
        }
        return "paragraph-" + style;
    }
}
