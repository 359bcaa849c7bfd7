package org.inkstone.render.epub;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.Failure;
import org.inkstone.font.FontFace;
import org.inkstone.bounded.LruCache;
import org.inkstone.font.FileVersion;
import org.inkstone.model.Document;
import org.inkstone.model.Metadata;
import org.inkstone.model.Outline;
import org.inkstone.render.ImageSources;
import org.inkstone.render.LocalizedLabels;
import org.inkstone.render.OutputSink;
import org.inkstone.render.RenderContext;
import org.inkstone.render.Renderer;
import org.inkstone.theme.ThemeColours;
import org.inkstone.render.xhtml.XhtmlSettings;
import org.inkstone.render.xhtml.WrittenParts;
import org.inkstone.render.xhtml.XhtmlWriter;
import org.jsoup.nodes.Element;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code --to epub}: an EPUB 3.3 book, {@code <stem>.epub}, that EPUBCheck passes clean.
 *
 * <p>Steps: the shared XHTML writer writes the document once, in parts cut from the model where the
 * {@link Outline} starts chapters (H1, or H1 and H2), with footnotes in EPUB semantics and images
 * embedded through the asset resolver → {@link XhtmlConformance} fixes what raw HTML broke →
 * {@link BookChapters} makes each part a chapter file → {@link CrossLinks} points links at
 * the right files → {@link CjkQuotes} marks the Chinese quotes → cover, title page, {@link NavDocument nav}, {@link Ncx NCX}, the theme's CSS with
 * {@link BookFonts subset fonts} (and the full-width quotes' face), and the {@link PackageDocument package document} → {@link EpubZip}.
 *
 * <p>For a book ({@link RenderContext#isBook()}) the document is also cut where each of the book's chapters
 * starts, so that every chapter and nested section chapter has a file of its own, and {@link BookStructure}
 * adds the part title pages, the matter of each chapter, and the navigation nested part → chapter → section.
 */
public final class EpubRenderer implements Renderer {
    /** Formulas are drawn for 16 px text; readers scale the SVG with the text like any image. */
    private static final float MATH_SIZE_PX = 16;
    static final String ROOT = "EPUB/";
    static final String COVER_PAGE = "cover.xhtml";
    static final String TITLE_PAGE = "titlepage.xhtml";
    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
            <rootfiles>
            <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
            </rootfiles>
            </container>
            """;
    private static final String APPLE_DISPLAY_OPTIONS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <display_options>
            <platform name="*">
            <option name="specified-fonts">true</option>
            </platform>
            </display_options>
            """;

    /** Two helper threads: fonts are parsed and the cover drawn while the text is written. */
    private static final ExecutorService HELPERS = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "inkstone-epub");
        t.setDaemon(true);
        return t;
    });

    @Override
    public boolean embedsImages() {
        return true;
    }

    @Override
    public String format() {
        return "epub";
    }

    @Override
    public void render(RenderContext ctx, OutputSink sink) {
        sink.write(ctx.stem() + ".epub", build(ctx).bytes());
    }

    /** The book's bytes and what went into it (for tests and benchmarks). */
    record Book(byte[] bytes, long fontBytes, int chapters) {}

    Book build(RenderContext ctx) {
        Document doc = ctx.document();
        Diagnostics diagnostics = ctx.diagnostics();
        BookMetadata meta = BookMetadata.of(doc.metadata(), ctx.clock());
        LocalizedLabels labels = LocalizedLabels.of(meta.language());
        ctx.assets().prefetch(ImageSources.of(doc));
        BookImages images = new BookImages(ctx);
        ThemeColours colours = ctx.options().colours();
        Color accent = new Color(colours.accentRgb());
        boolean drawCover = doc.metadata().cover().isBlank();
        CompletableFuture<byte[]> drawn = drawCover ? CompletableFuture.supplyAsync(() -> drawnCover(ctx, meta, accent), HELPERS) : null;
        if (ctx.options().epub().embedFonts()) {
            // the cover's thread parses the regular face first; this one takes the bold, then the rest
            List<FontFace> faces = new ArrayList<>(ctx.theme().fonts());
            if (!ShownCode.in(doc)) faces.removeIf(f -> f.family().equalsIgnoreCase(monoFamily(ctx)));
            faces.sort(java.util.Comparator.comparingInt(f -> -f.weight()));
            CompletableFuture.runAsync(() -> faces.forEach(ctx.caches().fonts().subsets()::preload), HELPERS);
        }

        Optional<String> givenCover = doc.metadata().cover().isBlank() ? Optional.empty()
                : images.embed(doc.metadata().cover().strip(), doc.metadata().lineOf(Metadata.COVER_KEYS));

        Outline outline = Outline.of(doc);
        int splitLevel = ctx.options().epub().splitLevel();
        List<Integer> starts = ctx.isBook() ? BookChapters.starts(ctx.book(), outline, splitLevel) : BookChapters.starts(outline, splitLevel);
        WrittenParts written = new XhtmlWriter(images, ctx.diagnostics(), XhtmlSettings.forOutput(ctx, MATH_SIZE_PX, 0)
                .epubSemantics(true).build()).parts(doc, starts);
        new XhtmlConformance(labels, diagnostics).apply(written.root());
        List<Chapter> chapters = BookChapters.of(written, outline, labels.reviewerNote());
        BookStructure book = ctx.isBook() ? BookStructure.of(ctx.book(), chapters, labels) : null;

        Element titleContent = new Element("section").addClass("ink-document").addClass("title-page")
                .attr("epub:type", "titlepage");
        titleContent.appendChild(XhtmlWriter.titleBlock(doc.metadata()));
        List<CrossLinks.Page> pages = new ArrayList<>();
        pages.add(new CrossLinks.Page(TITLE_PAGE, titleContent));
        if (book != null) for (BookStructure.PartPage p : book.partPages()) pages.add(new CrossLinks.Page(p.fileName(), p.content()));
        for (Chapter c : chapters) pages.add(new CrossLinks.Page(c.fileName(), c.body()));
        CrossLinks.resolve(pages, diagnostics);
        int chineseQuotes = 0;
        for (CrossLinks.Page p : pages) chineseQuotes += CjkQuotes.wrap(p.content());

        List<TocEntry> toc = book != null ? book.toc() : TocEntry.nest(NavEntries.of(chapters, labels));
        if (toc.isEmpty()) toc = List.of(new TocEntry(1, meta.title(), chapters.isEmpty() ? TITLE_PAGE : chapters.get(0).fileName()));
        String start = chapters.isEmpty() ? TITLE_PAGE : book != null ? book.bodyStart() : chapters.get(0).fileName();
        var nav = NavDocument.build(meta.title(), meta.language(), labels, toc, List.of(
                new NavDocument.Landmark("cover", labels.cover(), COVER_PAGE),
                new NavDocument.Landmark("toc", labels.contents(), NavDocument.FILE + "#toc"),
                new NavDocument.Landmark("bodymatter", labels.start(), start)));

        // Cover: the front matter's image, else one drawn in the theme's colours.
        List<Resource> imageFiles = new ArrayList<>(images.resources());
        String coverHref;
        if (givenCover.isPresent()) {
            coverHref = givenCover.get();
            imageFiles.replaceAll(r -> r.href().equals(coverHref)
                    ? new Resource(r.id(), r.href(), r.mediaType(), "cover-image", r.data()) : r);
        } else {
            coverHref = "images/cover.png";
            byte[] png = coverPng(drawn != null ? drawn::join : () -> drawnCover(ctx, meta, accent), accent, diagnostics);
            imageFiles.add(0, new Resource("cover-image", coverHref, "image/png", "cover-image", png));
        }
        String coverId = imageFiles.stream().filter(r -> r.href().equals(coverHref)).findFirst().orElseThrow().id();
        Element coverContent = new Element("section").addClass("cover").attr("epub:type", "cover");
        coverContent.appendElement("img").attr("src", coverHref).attr("alt", labels.coverAlt(meta.title()));

        // Style sheet and fonts.
        String themeCss = colours.css(ctx.isBook() ? ctx.theme().css("epub") + "\n" + ctx.theme().bookCss("epub") : ctx.theme().css("epub"));
        BookFonts.Embedded fonts = BookFonts.Embedded.none();
        if (ctx.options().epub().embedFonts() && !ctx.theme().fonts().isEmpty()) {
            UsedCharacters used = new UsedCharacters();
            for (CrossLinks.Page p : pages) used.add(p.content());
            used.add(nav.body());
            used.addCss(themeCss);
            fonts = BookFonts.embed(ctx.caches().fonts().subsets(), ctx.theme().fonts(), used, monoFamily(ctx), diagnostics);
            if (chineseQuotes > 0) {
                BookFonts.Embedded quotes = CjkQuotes.embed(ctx.caches().fonts(), ctx.theme().fonts(),
                        ctx.theme().properties().getOrDefault("body-font", ""), monoFamily(ctx), diagnostics);
                List<Resource> all = new ArrayList<>(fonts.fonts());
                all.addAll(quotes.fonts());
                fonts = new BookFonts.Embedded(all, fonts.css() + quotes.css(), fonts.bytes() + quotes.bytes());
            }
        }
        String css = fonts.css().isEmpty() ? themeCss : fonts.css() + "\n" + themeCss;

        // Content documents.
        List<Resource> documents = new ArrayList<>();
        documents.add(page("cover", COVER_PAGE, ContentPage.of(labels.cover() + " · " + meta.title(), meta.language(), "cover-page", coverContent)));
        documents.add(page("titlepage", TITLE_PAGE, ContentPage.of(meta.title(), meta.language(), "title-page-body", titleContent)));
        Map<String, Resource> chapterPages = new LinkedHashMap<>();
        for (Chapter c : chapters) {
            String title = c.title().isEmpty() ? meta.title() : c.title();
            chapterPages.put(c.fileName(), page(c.fileName().replace(".xhtml", ""), c.fileName(),
                    ContentPage.of(title, meta.language(), "chapter-page", c.body())));
        }
        if (book != null) {
            for (BookStructure.PartPage p : book.partPages()) {
                chapterPages.put(p.fileName(), page(p.fileName().replace(".xhtml", ""), p.fileName(),
                        ContentPage.of(p.title(), meta.language(), "part-page", p.content())));
            }
            for (String file : book.readingOrder()) documents.add(chapterPages.get(file));
        } else {
            documents.addAll(chapterPages.values());
        }

        List<Resource> manifest = new ArrayList<>();
        manifest.add(new Resource("nav", NavDocument.FILE, "application/xhtml+xml", "nav", ContentPage.bytes(nav)));
        manifest.add(new Resource("ncx", Ncx.FILE, "application/x-dtbncx+xml", "", Ncx.build(meta.identifier(), meta.title(), toc)));
        manifest.add(new Resource("css", ContentPage.STYLESHEET, "text/css", "", css.getBytes(StandardCharsets.UTF_8)));
        manifest.addAll(fonts.fonts());
        manifest.addAll(imageFiles);
        manifest.addAll(documents);

        List<PackageDocument.SpineItem> spine = new ArrayList<>();
        spine.add(new PackageDocument.SpineItem("cover", true));
        spine.add(new PackageDocument.SpineItem("titlepage", true));
        spine.add(new PackageDocument.SpineItem("nav", chapters.size() > 1));
        for (Resource d : documents.subList(2, documents.size())) spine.add(new PackageDocument.SpineItem(d.id(), true));

        byte[] opf = PackageDocument.build(meta, manifest, spine, coverId, images.any(), labels.accessibilitySummary(images.any()));
        EpubZip zip = new EpubZip(LocalDateTime.ofInstant(ctx.clock().instant(), ZoneOffset.UTC));
        zip.add("META-INF/container.xml", CONTAINER.getBytes(StandardCharsets.UTF_8));
        if (!fonts.fonts().isEmpty()) {
            zip.add("META-INF/com.apple.ibooks.display-options.xml", APPLE_DISPLAY_OPTIONS.getBytes(StandardCharsets.UTF_8));
        }
        zip.add(ROOT + PackageDocument.FILE, opf);
        for (Resource r : manifest) zip.add(ROOT + r.href(), r.data(), !r.mediaType().startsWith("image/") || r.mediaType().contains("svg"));
        return new Book(zip.bytes(), fonts.bytes(), chapters.size());
    }

    /** A content document as a manifest item, with {@code svg} / {@code mathml} properties when it holds them. */
    private static Resource page(String id, String file, org.jsoup.nodes.Document page) {
        List<String> props = new ArrayList<>();
        if (!page.select("svg").isEmpty()) props.add("svg");
        if (!page.select("math").isEmpty()) props.add("mathml");
        return new Resource(id, file, "application/xhtml+xml", String.join(" ", props), ContentPage.bytes(page));
    }

    private static String monoFamily(RenderContext ctx) {
        String stack = ctx.theme().properties().getOrDefault("mono-font", "");
        String first = stack.split(",")[0].strip();
        return first.replaceAll("^[\"']|[\"']$", "");
    }

    /** The cover from the context's caches, by everything drawn on it (a rebuild of the same book reuses its cover). */
    private static byte[] drawnCover(RenderContext ctx, BookMetadata meta, Color accent) {
        String authors = String.join(LocalizedLabels.of(meta.language()).chinese() ? "、" : ", ", meta.authors());
        String key = String.join("\u0000", meta.title(), meta.subtitle(), authors, Integer.toHexString(accent.getRGB()),
                ctx.theme().fonts().toString(), fontVersions(ctx), ctx.theme().properties().getOrDefault("mono-font", ""));
        LruCache<String, byte[]> covers = ctx.caches().epubCovers();
        byte[] known = covers.get(key);
        if (known != null) return known;
        byte[] png = drawCover(ctx, meta, authors, accent);
        covers.put(key, png);
        return png;
    }

    /** The versions of the theme's font files: a cover drawn with an edited face is another cover. */
    private static String fontVersions(RenderContext ctx) {
        return ctx.theme().fonts().stream().map(f -> FileVersion.of(f.file()).toString()).collect(Collectors.joining(";"));
    }

    /**
     * The drawn cover; when drawing it fails (a font Java2D cannot use), a cover without text, with a
     * warning, so that the book is still written.
     */
    static byte[] coverPng(Supplier<byte[]> draw, Color accent, Diagnostics diagnostics) {
        try {
            return draw.get();
        } catch (RuntimeException | StackOverflowError | LinkageError | InternalError e) {
            // Java2D without usable fonts throws InternalError or UnsatisfiedLinkError; the drawing thread's are wrapped
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof Error error && !(cause instanceof StackOverflowError || cause instanceof LinkageError
                    || cause instanceof InternalError)) throw error;
            diagnostics.warn(0, "the EPUB cover could not be drawn (" + Failure.describe(cause) + "); the book has a"
                    + " cover without its title (name an image with cover: in the front matter)");
            return CoverImage.plain(accent);
        }
    }

    private static byte[] drawCover(RenderContext ctx, BookMetadata meta, String authors, Color accent) {
        CoverFont bold = null;
        CoverFont regular = null;
        String mono = monoFamily(ctx);
        for (FontFace f : ctx.theme().fonts()) {
            if (f.family().equalsIgnoreCase(mono) || f.italic()) continue;
            try {
                if (f.weight() >= 600 && bold == null) bold = CoverFont.of(ctx.caches().fonts().subsets().parsed(f));
                if (f.weight() < 600 && regular == null) regular = CoverFont.of(ctx.caches().fonts().subsets().parsed(f));
            } catch (Exception e) {
                // the cover falls back to the JDK's font; the face's own problem is reported where it is embedded
            }
        }
        if (regular == null) regular = bold != null ? bold : CoverFont.jdk(java.awt.Font.PLAIN);
        if (bold == null) bold = regular;
        return CoverImage.draw(meta.title(), meta.subtitle(), authors, accent, bold, regular);
    }
}
