package org.inkstone.render.epub;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.asset.AssetResolver;
import org.inkstone.cache.Caches;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Book;
import org.inkstone.model.BookPart;
import org.inkstone.model.BookPart.Matter;
import org.inkstone.model.Chapter;
import org.inkstone.model.Document;
import org.inkstone.model.Metadata;
import org.inkstone.options.EpubOptions;
import org.inkstone.options.OptionsResolver;
import org.inkstone.options.OutputOptions;
import org.inkstone.options.RequestedOptions;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.render.RenderContext;
import org.inkstone.theme.Theme;
import org.inkstone.theme.ThemeLoader;
import org.inkstone.transform.BookAssembly;
import org.inkstone.transform.Transforms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixture book {@code src/test/resources/books/tea} built into an EPUB by hand, the way the book
 * publisher does: each chapter read and transformed on its own, the book laid out by {@link BookAssembly},
 * and the {@link EpubRenderer} given a book context. The book's structure is SUMMARY.md's, written out here.
 */
final class TeaBook {
    static final Path FOLDER = Path.of("src/test/resources/books/tea").toAbsolutePath();
    private static final Theme THEME = new ThemeLoader(Path.of("").toAbsolutePath()).load("default");
    private static final Caches CACHES = new Caches();
    private static final MarkdownReader READER = new MarkdownReader();

    /** The written EPUB, what the renderer said about it, and the diagnostics of the build. */
    record Built(EpubFile epub, EpubRenderer.Book book, List<Diagnostic> diagnostics) {}

    private TeaBook() {}

    static Built build(int splitLevel) {
        return build(splitLevel, true);
    }

    static Built build(int splitLevel, boolean embedFonts) {
        return build(splitLevel, embedFonts, Map.of());
    }

    /**
     * @param retitled chapter titles that SUMMARY.md gives otherwise than the chapter's heading, by the chapter's path
     */
    static Built build(int splitLevel, boolean embedFonts, Map<String, String> retitled) {
        Diagnostics diagnostics = new Diagnostics(FOLDER.toString());
        Map<Chapter, String> sources = new IdentityHashMap<>();
        Book book = new Book(metadata(diagnostics), List.of(
                new BookPart("", Matter.FRONT, List.of(chapter(retitled, "序", "preface.md", 0, List.of(), sources, diagnostics))),
                new BookPart("第一部分　识茶", Matter.BODY, List.of(
                        chapter(retitled, "绿茶", "part1/green.md", 0,
                                List.of(chapter(retitled, "龙井的采摘", "part1/longjing.md", 1, List.of(), sources, diagnostics)),
                                sources, diagnostics),
                        chapter(retitled, "红茶", "part1/black.md", 0, List.of(), sources, diagnostics))),
                new BookPart("第二部分　泡茶", Matter.BODY, List.of(
                        chapter(retitled, "水与器", "part2/water.md", 0, List.of(), sources, diagnostics),
                        new Chapter("待写的一章", "", 0, new Document(Metadata.empty(), List.of(), List.of()), List.of()))),
                new BookPart("", Matter.BACK, List.of(
                        chapter(retitled, "附录：茶的年表", "appendix.md", 0, List.of(), sources, diagnostics),
                        chapter(retitled, "后记", "afterword.md", 0, List.of(), sources, diagnostics)))));
        BookAssembly.Assembled assembled = BookAssembly.assemble(book, c -> sources.getOrDefault(c, ""), diagnostics);
        RequestedOptions requested = RequestedOptions.builder().epub(new EpubOptions(splitLevel, embedFonts)).build();
        OutputOptions options = OptionsResolver.resolve(requested, assembled.document().metadata(), THEME, diagnostics);
        RenderContext ctx = new RenderContext(assembled.document(), THEME,
                new AssetResolver(FOLDER, diagnostics, AssetPolicy.defaults().withOffline(true)), diagnostics, "tea",
                FOLDER.resolve("out"), EpubBuilds.CLOCK, options, CACHES, assembled.layout());
        EpubRenderer.Book written = new EpubRenderer().build(ctx);
        try {
            Path file = Files.createTempFile("tea-" + splitLevel, ".epub");
            file.toFile().deleteOnExit();
            Files.write(file, written.bytes());
            return new Built(EpubFile.read(file), written, new ArrayList<>(diagnostics.all()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The EPUB written to {@code file}, for EPUBCheck. */
    static Path write(Built built, Path file) {
        try {
            return Files.write(file, built.epub().bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** book.yaml read as a front matter block. */
    private static Metadata metadata(Diagnostics diagnostics) {
        String yaml = read("book.yaml");
        return READER.read("---\n" + yaml + "---\n", "tea", diagnostics).metadata();
    }

    private static Chapter chapter(Map<String, String> retitled, String title, String path, int depth, List<Chapter> sections,
                                   Map<Chapter, String> sources, Diagnostics diagnostics) {
        String text = read(path);
        String stem = path.substring(path.lastIndexOf('/') + 1).replace(".md", "");
        Document doc = Transforms.run(READER.readNote(text, stem, diagnostics).document(), Transforms.standard(false));
        Chapter c = new Chapter(retitled.getOrDefault(path, title), path, depth, doc, sections);
        sources.put(c, text);
        return c;
    }

    private static String read(String path) {
        try {
            return Files.readString(FOLDER.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
