package org.inkstone.render.html;

import org.inkstone.TestDocs;
import org.inkstone.asset.AssetResolver;
import org.inkstone.cache.Caches;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Book;
import org.inkstone.model.BookPart;
import org.inkstone.model.Chapter;
import org.inkstone.model.Document;
import org.inkstone.model.Metadata;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The fixture book {@code src/test/resources/books/tea} built into a web book, for the web book's tests.
 * The book is put together here the way SUMMARY.md lists it (序; 第一部分 绿茶 with 龙井的采摘 nested, 红茶;
 * 第二部分 水与器 and a draft; 附录, 后记), its chapters parsed and transformed one by one and assembled
 * with {@link BookAssembly}, then rendered with {@link HtmlRenderer} into {@code out/tea/}.
 */
final class TeaBook {
    static final Path FOLDER = TestDocs.RESOURCES.resolve("books/tea");

    /** What a build left: the output folder, the web book's folder in it, and the warnings. */
    record Built(Path out, Path book, List<Diagnostic> diagnostics) {}

    private TeaBook() {}

    static Built build(Path out) {
        MarkdownReader reader = new MarkdownReader();
        Metadata meta = reader.readNote("---\n" + read("book.yaml") + "---\n", "tea", new Diagnostics("book.yaml")).document().metadata();
        Book book = new Book(meta, List.of(
                new BookPart("", BookPart.Matter.FRONT, List.of(chapter(reader, "序", "preface.md", 0))),
                new BookPart("第一部分　识茶", BookPart.Matter.BODY, List.of(
                        chapter(reader, "绿茶", "part1/green.md", 0, chapter(reader, "龙井的采摘", "part1/longjing.md", 1)),
                        chapter(reader, "红茶", "part1/black.md", 0))),
                new BookPart("第二部分　泡茶", BookPart.Matter.BODY, List.of(
                        chapter(reader, "水与器", "part2/water.md", 0),
                        new Chapter("待写的一章", "", 0, reader.readNote("", "draft", new Diagnostics("draft")).document(), List.of()))),
                new BookPart("", BookPart.Matter.BACK, List.of(
                        chapter(reader, "附录：茶的年表", "appendix.md", 0),
                        chapter(reader, "后记", "afterword.md", 0)))));
        Diagnostics diagnostics = new Diagnostics(FOLDER.toString());
        BookAssembly.Assembled assembled = BookAssembly.assemble(book, c -> c.draft() ? "" : read(c.path()), diagnostics);
        Theme theme = new ThemeLoader(Path.of("")).load("default");
        OutputOptions options = OptionsResolver.resolve(RequestedOptions.defaults(), assembled.document().metadata(), theme, diagnostics);
        RenderContext ctx = new RenderContext(assembled.document(), theme, new AssetResolver(FOLDER, diagnostics), diagnostics, "tea", out,
                Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC), options, new Caches(), assembled.layout());
        new HtmlRenderer().render(ctx, (name, bytes) -> {
            try {
                Path file = out.resolve(name);
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Built(out, out.resolve("tea"), diagnostics.all());
    }

    private static Chapter chapter(MarkdownReader reader, String title, String path, int depth, Chapter... sections) {
        String stem = path.substring(path.lastIndexOf('/') + 1).replace(".md", "");
        Document doc = reader.readNote(read(path), stem, new Diagnostics(path)).document();
        return new Chapter(title, path, depth, Transforms.run(doc, Transforms.standard(false)), List.of(sections));
    }

    private static String read(String path) {
        try {
            return Files.readString(FOLDER.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
