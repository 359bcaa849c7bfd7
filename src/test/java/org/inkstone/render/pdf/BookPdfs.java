package org.inkstone.render.pdf;

import org.inkstone.TestDocs;
import org.inkstone.cache.Caches;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.model.Book;
import org.inkstone.model.BookPart;
import org.inkstone.model.Chapter;
import org.inkstone.model.Metadata;
import org.inkstone.options.AutoSwitch;
import org.inkstone.options.PageSize;
import org.inkstone.options.PdfOptions;
import org.inkstone.options.RequestedOptions;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.publish.Inkstone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Books built to PDF for tests through the publisher, as {@code inkstone build BOOK_DIR --to pdf} builds
 * them (offline, at a fixed time): the fixture book {@code books/tea} (A5, chapters on right-hand pages,
 * as its book.yaml says), and generated books of any length, made in code.
 */
final class BookPdfs {
    static final Path TEA = Path.of("src/test/resources/books/tea").toAbsolutePath();
    /** One process's caches, as the command line keeps them between builds. */
    private static final Caches CACHES = new Caches();

    private BookPdfs() {}

    /** A built book: the PDF and the build's warnings. */
    record Built(byte[] pdf, List<Diagnostic> diagnostics) {}

    /** What the command line may ask for; book.yaml gives the rest. */
    record Asked(boolean recto, AutoSwitch toc, boolean pdfUa, boolean pdfA) {
        static Asked asWritten() {
            return new Asked(true, AutoSwitch.AUTO, false, false);
        }
    }

    /**
     * The fixture book, built from a copy of its folder in {@code dir} (an empty folder); without {@code recto}, the copy's book.yaml says
     * {@code chapter-start: any} instead of {@code right}.
     */
    static Built tea(Path dir, Asked asked) {
        try {
            Path book = dir.resolve("tea");
            TestDocs.copyFolder(TEA, book);
            if (!asked.recto()) {
                Path yaml = book.resolve("book.yaml");
                String text = Files.readString(yaml, StandardCharsets.UTF_8);
                if (!text.contains("chapter-start: right")) throw new IllegalStateException("book.yaml no longer says chapter-start: right");
                Files.writeString(yaml, text.replace("chapter-start: right", "chapter-start: any"), StandardCharsets.UTF_8);
            }
            Path out = dir.resolve("out");
            Inkstone.Result r = publisher(out, asked).publish(book);
            if (!r.succeeded()) throw new AssertionError(r.failure() + "\n" + r.diagnostics());
            return new Built(Files.readAllBytes(out.resolve("tea.pdf")), r.diagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A generated book of {@code chapters} chapters of Chinese text (each a few pages in four sections, the
     * second linking to the chapter before), in parts of ten, after a preface; A5; built in {@code dir} (an empty folder).
     */
    static Built generated(Path dir, int chapters, boolean recto) {
        MarkdownReader reader = new MarkdownReader();
        Diagnostics diagnostics = new Diagnostics("generated");
        List<BookPart> parts = new ArrayList<>();
        parts.add(new BookPart("", BookPart.Matter.FRONT, List.of(chapter(reader, "前言", "preface.md",
                "这是一本生成的书，用来量一量排版要多久。\n\n" + paragraph(0, 3), diagnostics))));
        List<Chapter> run = new ArrayList<>();
        for (int i = 1; i <= chapters; i++) {
            StringBuilder md = new StringBuilder("# 第" + i + "章\n\n");
            for (int s = 1; s <= 4; s++) {
                md.append("## 第").append(s).append("节\n\n");
                for (int k = 0; k < 4; k++) md.append(paragraph(i * 31 + s * 7 + k, 6)).append("\n\n");
                if (i > 1 && s == 2) md.append("见[前一章](ch").append(i - 1).append(".md#第2节)。\n\n");
            }
            run.add(chapter(reader, "第" + i + "章", "ch" + i + ".md", md.toString(), diagnostics));
            if (run.size() == 10 || i == chapters) {
                parts.add(new BookPart("第" + parts.size() + "部分", BookPart.Matter.BODY, run));
                run = new ArrayList<>();
            }
        }
        Metadata meta = new Metadata("生成的书", "", List.of("测试"), "", "zh-Hans", "", List.of(), "", "",
                Map.of("page-size", "A5", "chapter-start", recto ? "right" : "any"), Map.of());
        try {
            Path folder = Files.createDirectories(dir.resolve("generated"));
            Path out = dir.resolve("out");
            Inkstone.Result r = publisher(out, new Asked(recto, AutoSwitch.AUTO, false, false)).publish(new Book(meta, parts), folder);
            if (!r.succeeded()) throw new AssertionError(r.failure() + "\n" + r.diagnostics());
            List<Diagnostic> all = new ArrayList<>(diagnostics.all());
            all.addAll(r.diagnostics());
            return new Built(Files.readAllBytes(out.resolve("generated.pdf")), all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Inkstone publisher(Path out, Asked asked) {
        return Inkstone.builder().formats("pdf").output(out).home(Path.of("").toAbsolutePath()).caches(CACHES)
                .clock(Clock.fixed(PdfBuilds.WHEN, ZoneOffset.UTC)).assets(PdfBuilds.offline())
                .options(RequestedOptions.builder().pdf(new PdfOptions(PageSize.A4, asked.toc(), asked.pdfUa(), asked.pdfA(), false)).build())
                .build();
    }

    private static Chapter chapter(MarkdownReader reader, String title, String path, String markdown, Diagnostics diagnostics) {
        String stem = path.replaceFirst("\\.md$", "");
        return new Chapter(title, path, 0, reader.readNote(markdown, stem, diagnostics).document(), List.of());
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

}
