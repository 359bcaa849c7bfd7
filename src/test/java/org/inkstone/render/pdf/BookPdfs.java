package org.inkstone.render.pdf;

import org.inkstone.asset.AssetResolver;
import org.inkstone.cache.Caches;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Book;
import org.inkstone.model.BookPart;
import org.inkstone.model.Chapter;
import org.inkstone.model.Document;
import org.inkstone.model.Metadata;
import org.inkstone.options.AutoSwitch;
import org.inkstone.options.OptionsResolver;
import org.inkstone.options.OutputOptions;
import org.inkstone.options.PageSize;
import org.inkstone.options.PdfOptions;
import org.inkstone.options.RequestedOptions;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.render.RenderContext;
import org.inkstone.theme.Theme;
import org.inkstone.theme.ThemeLoader;
import org.inkstone.transform.BookAssembly;
import org.inkstone.transform.Transforms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Books rendered to PDF for tests, put together by hand the way the publisher does (each chapter read
 * and through the standard transforms, {@link BookAssembly}, the PDF renderer): the fixture book
 * {@code books/tea} and generated ones of any length.
 */
final class BookPdfs {
    static final Path TEA = Path.of("src/test/resources/books/tea").toAbsolutePath();
    private static final Theme THEME = new ThemeLoader(Path.of("").toAbsolutePath()).load("default");
    private static final Caches CACHES = new Caches();

    private BookPdfs() {}

    /** A rendered book: the PDF and the warnings. */
    record Rendered(byte[] pdf, Diagnostics diagnostics) {}

    /** One chapter to be: its title, file (relative to the book folder; "" for a draft) and sections. */
    record Spec(String title, String path, List<Spec> sections) {
        Spec(String title, String path) {
            this(title, path, List.of());
        }
    }

    /** A part to be. */
    record PartSpec(String title, BookPart.Matter matter, List<Spec> chapters) {}

    static PdfOptions a5(boolean recto) {
        return new PdfOptions(PageSize.A5, AutoSwitch.AUTO, false, false, recto);
    }

    /** The fixture book as SUMMARY.md and book.yaml describe it. */
    static Rendered tea(PdfOptions pdf) {
        Metadata meta = new Metadata("茶事小记", "一本关于喝茶的小书", List.of("林一叶"), "2026-12-01", "zh-Hans",
                "从识茶到泡茶的几章笔记。", List.of("茶", "笔记"), "", "", Map.of(), Map.of());
        List<PartSpec> parts = List.of(
                new PartSpec("", BookPart.Matter.FRONT, List.of(new Spec("序", "preface.md"))),
                new PartSpec("第一部分　识茶", BookPart.Matter.BODY, List.of(
                        new Spec("绿茶", "part1/green.md", List.of(new Spec("龙井的采摘", "part1/longjing.md"))),
                        new Spec("红茶", "part1/black.md"))),
                new PartSpec("第二部分　泡茶", BookPart.Matter.BODY, List.of(
                        new Spec("水与器", "part2/water.md"), new Spec("待写的一章", ""))),
                new PartSpec("", BookPart.Matter.BACK, List.of(
                        new Spec("附录：茶的年表", "appendix.md"), new Spec("后记", "afterword.md"))));
        return render(TEA, "tea", meta, parts, path -> read(TEA.resolve(path)), pdf);
    }

    /**
     * A generated book of {@code chapters} chapters of Chinese text (each a few pages with sections),
     * in parts of ten, after a preface.
     */
    static Rendered generated(int chapters, PdfOptions pdf) {
        Map<String, String> sources = new HashMap<>();
        sources.put("preface.md", "这是一本生成的书，用来量一量排版要多久。\n\n" + paragraph(0, 3));
        List<PartSpec> parts = new ArrayList<>();
        parts.add(new PartSpec("", BookPart.Matter.FRONT, List.of(new Spec("前言", "preface.md"))));
        List<Spec> run = new ArrayList<>();
        for (int i = 1; i <= chapters; i++) {
            String path = "ch" + i + ".md";
            StringBuilder md = new StringBuilder("# 第" + i + "章\n\n");
            for (int s = 1; s <= 4; s++) {
                md.append("## 第").append(s).append("节\n\n");
                for (int k = 0; k < 4; k++) md.append(paragraph(i * 31 + s * 7 + k, 6)).append("\n\n");
                if (i > 1 && s == 2) md.append("见[前一章](ch").append(i - 1).append(".md#第2节)。\n\n");
            }
            sources.put(path, md.toString());
            run.add(new Spec("第" + i + "章", path));
            if (run.size() == 10 || i == chapters) {
                parts.add(new PartSpec("第" + (parts.size()) + "部分", BookPart.Matter.BODY, run));
                run = new ArrayList<>();
            }
        }
        Metadata meta = new Metadata("生成的书", "", List.of("测试"), "", "zh-Hans", "", List.of(), "", "", Map.of(), Map.of());
        return render(TEA, "generated", meta, parts, sources::get, pdf);
    }

    private static final String HAN = "茶叶的采摘与制作需要经验和耐心春天的新芽最为鲜嫩水温与器具影响滋味人们在山间种植茶树世代相传";

    /** {@code sentences} sentences of Chinese text, varied by {@code seed}. */
    static String paragraph(int seed, int sentences) {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            int len = 18 + (seed * 7 + s * 13) % 23;
            for (int i = 0; i < len; i++) out.append(HAN.charAt((seed * 11 + s * 5 + i * 3) % HAN.length()));
            out.append(s % 3 == 2 ? "；" : "。");
        }
        return out.toString();
    }

    interface Sources {
        String of(String path);
    }

    static Rendered render(Path folder, String stem, Metadata meta, List<PartSpec> specs, Sources sources, PdfOptions pdf) {
        Diagnostics diagnostics = new Diagnostics("SUMMARY.md");
        MarkdownReader reader = new MarkdownReader();
        Map<Chapter, String> text = new IdentityHashMap<>();
        List<BookPart> parts = new ArrayList<>();
        for (PartSpec p : specs) {
            List<Chapter> chapters = new ArrayList<>();
            for (Spec s : p.chapters()) chapters.add(chapter(s, 0, reader, sources, text, diagnostics));
            parts.add(new BookPart(p.title(), p.matter(), chapters));
        }
        Book book = new Book(meta, parts);
        BookAssembly.Assembled assembled = BookAssembly.assemble(book, c -> text.getOrDefault(c, ""), diagnostics);
        OutputOptions options = OptionsResolver.resolve(RequestedOptions.builder().pdf(pdf).build(), meta, THEME, diagnostics);
        PdfRenderer renderer = new PdfRenderer();
        renderer.prepare(THEME, CACHES);
        RenderContext ctx = new RenderContext(assembled.document(), THEME,
                new AssetResolver(folder, diagnostics, PdfBuilds.offline()), diagnostics, stem, folder.resolve("out"),
                Clock.fixed(PdfBuilds.WHEN, ZoneOffset.UTC), options, CACHES, assembled.layout());
        Map<String, byte[]> out = new LinkedHashMap<>();
        renderer.render(ctx, out::put);
        return new Rendered(out.get(stem + ".pdf"), diagnostics);
    }

    private static Chapter chapter(Spec s, int depth, MarkdownReader reader, Sources sources, Map<Chapter, String> text,
                                   Diagnostics diagnostics) {
        List<Chapter> sections = new ArrayList<>();
        for (Spec sub : s.sections()) sections.add(chapter(sub, depth + 1, reader, sources, text, diagnostics));
        if (s.path().isEmpty()) return new Chapter(s.title(), "", depth, new Document(Metadata.empty(), List.of(), List.of()), sections);
        String source = sources.of(s.path());
        String stem = s.path().substring(s.path().lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        Document doc = Transforms.run(reader.readNote(source, stem, diagnostics).document(), Transforms.standard(false));
        Chapter c = new Chapter(s.title(), s.path(), depth, doc, sections);
        text.put(c, source);
        return c;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
