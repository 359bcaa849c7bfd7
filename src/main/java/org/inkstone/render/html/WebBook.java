package org.inkstone.render.html;

import org.inkstone.asset.AssetResolver;
import org.inkstone.model.BookLayout;
import org.inkstone.model.Metadata;
import org.inkstone.render.OutputSink;
import org.inkstone.render.RenderContext;
import org.inkstone.render.xhtml.ImageResolver;
import org.inkstone.render.xhtml.WrittenParts;
import org.inkstone.render.xhtml.XhtmlSettings;
import org.inkstone.render.xhtml.XhtmlWriter;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A book as a web book in {@code OUT/<stem>/}: {@code index.html}, a title page (title block and
 * description), and one page per chapter, in the folders of the chapters' files
 * ({@code part1/green.md} → {@code part1/green.html}, see {@link PageFiles}), each with the sidebar
 * ({@link BookSidebar}), the links to the previous and next page, the shared {@code book.css} (the
 * book's rules, then the theme's html CSS in the chosen accent) and {@code book.js} (search over
 * {@code search-index.js}, see {@link SearchIndex}). Everything but the search works without scripts
 * and from disk.
 *
 * <p>The book's document is written once, in parts cut where the chapters start
 * ({@link XhtmlWriter#parts}), so that the footnotes are numbered through the book and every link to
 * a heading is checked against the whole book; then the notes go to the page that cites them
 * ({@link PageNotes}), and links and images are pointed at the right page and file ({@link PageLinks}).
 */
final class WebBook {
    private final RenderContext ctx;
    private final BookLayout layout;
    private final Metadata meta;
    private final BookLabels labels;
    private final float mathSizePx;

    WebBook(RenderContext ctx, float mathSizePx) {
        this.ctx = ctx;
        this.layout = ctx.book();
        this.meta = ctx.document().metadata();
        this.labels = BookLabels.of(meta.language());
        this.mathSizePx = mathSizePx;
    }

    void write(OutputSink sink) {
        Set<String> localImages = new HashSet<>();
        Map<String, byte[]> imageCopies = new java.util.TreeMap<>();
        XhtmlWriter writer = new XhtmlWriter(images(localImages, imageCopies), ctx.diagnostics(), XhtmlSettings.forOutput(ctx, mathSizePx, 0).build());
        WrittenParts written = writer.parts(ctx.document(), layout.starts());
        List<String> files = PageFiles.of(layout);
        List<WebPage> pages = pages(written, files);
        if (written.footnotes() != null) PageNotes.place(written.footnotes(), pages);
        PageLinks.resolve(pages);
        PageLinks.rebaseImages(pages, localImages);
        String index = SearchIndex.script(SearchIndex.entries(pages));

        BookSidebar sidebar = new BookSidebar(layout, files, labels);
        String folder = ctx.stem() + "/";
        write(sink, folder + PageFiles.INDEX, PageFrame.page(meta, meta.title(), PageFiles.INDEX, sidebar.nav(PageFiles.INDEX, -1),
                titlePage(), null, pages.isEmpty() ? null : neighbour(labels.start(), pages.get(0)), labels));
        for (int i = 0; i < pages.size(); i++) {
            WebPage page = pages.get(i);
            PageFrame.Neighbour previous = i == 0
                    ? new PageFrame.Neighbour(labels.home(), meta.title(), PageFiles.INDEX)
                    : neighbour(labels.previous(), pages.get(i - 1));
            PageFrame.Neighbour next = i + 1 < pages.size() ? neighbour(labels.next(), pages.get(i + 1)) : null;
            write(sink, folder + page.file(), PageFrame.page(meta, page.chapter().title() + " · " + meta.title(), page.file(),
                    sidebar.nav(page.file(), page.place()), page.article(), previous, next, labels));
        }
        String css = ctx.options().colours().css(ctx.theme().bookCss("html") + "\n" + ctx.theme().css("html"));
        sink.write(folder + PageFiles.STYLE, css.getBytes(StandardCharsets.UTF_8));
        sink.write(folder + PageFiles.SCRIPT, BookScript.JS.getBytes(StandardCharsets.UTF_8));
        sink.write(folder + PageFiles.SEARCH_INDEX, index.getBytes(StandardCharsets.UTF_8));
        imageCopies.forEach((path, bytes) -> sink.write(folder + path, bytes));
    }

    private static void write(OutputSink sink, String name, org.jsoup.nodes.Document page) {
        sink.write(name, XhtmlWriter.serialize(page).getBytes(StandardCharsets.UTF_8));
    }

    private static PageFrame.Neighbour neighbour(String label, WebPage page) {
        return new PageFrame.Neighbour(label, page.chapter().title(), page.file());
    }

    /** Each chapter's part of the written document as its page's article. */
    private List<WebPage> pages(WrittenParts written, List<String> files) {
        Map<Integer, WrittenParts.Part> partAt = new HashMap<>();
        for (WrittenParts.Part part : written.parts()) partAt.put(part.from(), part);
        List<WebPage> pages = new ArrayList<>();
        for (int i = 0; i < layout.chapters().size(); i++) {
            BookLayout.Placed placed = layout.chapters().get(i);
            WrittenParts.Part part = partAt.get(placed.firstBlock());
            if (part == null) continue;
            Element article = part.element();
            article.remove();
            article.tagName("article").addClass("ink-document").addClass("book-chapter");
            pages.add(new WebPage(files.get(i), placed, i, article));
        }
        return pages;
    }

    /** The title page's content: the title block (title, subtitle, authors, date) and the description. */
    private Element titlePage() {
        Element article = new Element("article").addClass("ink-document").addClass("book-title-page");
        article.appendChild(XhtmlWriter.titleBlock(meta));
        if (!meta.description().isBlank()) article.appendElement("p").addClass("book-description").text(meta.description());
        return article;
    }

    /**
     * Local images copied into the book's folder in the output ({@code OUT/<stem>/}), where the book's folder
     * has them ({@code part1/images/leaf.png}), so that the web book is whole on its own: it can be moved or
     * uploaded as one folder. Each is noted in {@code local} (its URL from the top folder) and {@code copies}
     * (its bytes). A missing or broken image is a warning and a placeholder, as in the other outputs.
     */
    private ImageResolver images(Set<String> local, Map<String, byte[]> copies) {
        Path book = ctx.assets().root().toAbsolutePath().normalize();
        return image -> {
            String src = image.src();
            if (AssetResolver.isRemote(src) || AssetResolver.isDataUri(src)) return ImageResolver.Resolved.at(src);
            return ctx.assets().localImage(src, image.line())
                    .flatMap(found -> ctx.assets().image(src, image.line()).map(data -> {
                        Path file = found.file().toAbsolutePath().normalize();
                        String path = book.relativize(file).toString().replace('\\', '/');
                        copies.putIfAbsent(path, data.bytes());
                        String url = PageUrls.relative(book, file);
                        local.add(url);
                        return ImageResolver.Resolved.at(url);
                    }))
                    .orElseGet(ImageResolver.Resolved::unavailable);
        };
    }
}
