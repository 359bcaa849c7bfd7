package org.inkstone.publish;

import org.inkstone.asset.AssetResolver;
import org.inkstone.asset.SourceFile;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.Failure;
import org.inkstone.diagnostic.InputException;
import org.inkstone.highlight.CodeHighlighter;
import org.inkstone.model.Block;
import org.inkstone.model.Book;
import org.inkstone.model.BookPart;
import org.inkstone.model.Chapter;
import org.inkstone.model.Document;
import org.inkstone.model.Heading;
import org.inkstone.model.Metadata;
import org.inkstone.model.Paragraph;
import org.inkstone.model.PlainText;
import org.inkstone.model.Text;
import org.inkstone.parse.BookConfig;
import org.inkstone.parse.BookYamlReader;
import org.inkstone.parse.ChapterList;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.parse.SummaryReader;
import org.inkstone.transform.Transform;
import org.inkstone.transform.Transforms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a book: a folder holding {@code book.yaml} and/or {@code SUMMARY.md} (or the path of either file).
 * {@code book.yaml} gives the metadata and options, and may list the chapters itself; otherwise
 * {@code SUMMARY.md} lists them (mdBook's format). Each listed file is checked before any is read: one
 * that leads out of the book's folder or does not exist stops the build with the listing's line, one
 * listed twice is left out the second time with a warning. The chapters are then read and parsed in
 * parallel, each with its own diagnostics (which name its file), its note embeds resolved and the
 * standard transforms run. A chapter that cannot be read (not text) becomes a short note in the book,
 * with a warning, and the rest of the book is built.
 */
final class BookReader {
    static final String YAML = "book.yaml";
    static final String SUMMARY = "SUMMARY.md";
    private static final long STACK_BYTES = 256L << 20;

    /** What a book folder holds: the book, each chapter's text, the options book.yaml sets, and its diagnostics. */
    record Read(Book book, Map<Chapter, String> sources, BookConfig config, Diagnostics configDiagnostics, Path folder) {}

    private final MarkdownReader reader;
    private final List<Transform> transforms;
    private final Consumer<String> progress;
    private final CodeHighlighter highlighter;

    BookReader(MarkdownReader reader, List<Transform> transforms, Consumer<String> progress) {
        this(reader, transforms, progress, null);
    }

    /** @param highlighter where each chapter's code is tokenised as it is read ({@link CodeAhead}); null: not ahead */
    BookReader(MarkdownReader reader, List<Transform> transforms, Consumer<String> progress, CodeHighlighter highlighter) {
        this.reader = reader;
        this.transforms = transforms;
        this.progress = progress;
        this.highlighter = highlighter;
    }

    /** A folder, or a file named book.yaml or SUMMARY.md: built as a book. */
    static boolean isBook(Path input) {
        if (Files.isDirectory(input)) return true;
        String name = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals("book.yaml") || name.equals("book.yml") || name.equals("summary.md");
    }

    /** The book's folder for an input {@link #isBook} accepts. */
    static Path folderOf(Path input) {
        Path abs = input.toAbsolutePath().normalize();
        return Files.isDirectory(abs) ? abs : abs.getParent();
    }

    /**
     * @param shown       the book folder as messages write it
     * @param diagnostics the book's diagnostics; the listing's and the chapters' are included in them
     */
    Read read(Path input, String shown, AssetResolver assets, Diagnostics diagnostics) {
        Path folder = folderOf(input);
        Path yaml = existing(folder, "book.yaml", "book.yml");
        Path summary = existing(folder, SUMMARY, "summary.md", "Summary.md");
        if (yaml == null && summary == null) throw new InputException(shown, 0, noListing(folder));
        Diagnostics configDiagnostics = new Diagnostics(join(shown, yaml == null ? YAML : yaml.getFileName().toString()));
        BookConfig config = yaml == null ? new BookConfig(Metadata.empty(), Map.of(), Map.of(), Optional.empty())
                : BookYamlReader.read(text(yaml, configDiagnostics), configDiagnostics);
        ChapterList list;
        Diagnostics listDiagnostics;
        if (config.chapters().isPresent()) {
            list = config.chapters().get();
            listDiagnostics = configDiagnostics;
            if (summary != null) configDiagnostics.warn(0, "lists the chapters, so " + summary.getFileName()
                    + " is not read; keep one list (remove chapters: from book.yaml to use SUMMARY.md)");
        } else if (summary != null) {
            listDiagnostics = new Diagnostics(join(shown, summary.getFileName().toString()));
            list = SummaryReader.read(text(summary, listDiagnostics), listDiagnostics);
        } else {
            throw new InputException(configDiagnostics.file(), 0, "lists no chapters and there is no SUMMARY.md beside it;"
                    + " add chapters: to book.yaml (chapters: [ch1.md, ch2.md]) or write a SUMMARY.md");
        }
        Map<String, Integer> listed = new HashMap<>();
        List<Pending> pending = new ArrayList<>();
        List<PartDraft> parts = plan(list, folder, listDiagnostics, listed, pending);
        diagnostics.include(configDiagnostics);
        if (listDiagnostics != configDiagnostics) diagnostics.include(listDiagnostics);
        Map<Pending, Parsed> parsed = parse(pending, folder, shown, assets);
        Map<Chapter, String> sources = new IdentityHashMap<>();
        List<BookPart> bookParts = new ArrayList<>();
        for (PartDraft p : parts) {
            List<Chapter> chapters = new ArrayList<>();
            for (Pending e : p.entries) chapters.add(chapter(e, parsed, sources));
            if (!chapters.isEmpty()) bookParts.add(new BookPart(p.title, p.matter, chapters));
        }
        for (Pending e : pending) diagnostics.include(parsed.get(e).diagnostics);
        Metadata meta = config.metadata();
        if (meta.title().isBlank()) meta = meta.withTitle(list.title().isBlank() ? folder.getFileName().toString() : list.title());
        return new Read(new Book(meta, bookParts), sources, config, configDiagnostics, folder);
    }

    /** A chapter the listing names, checked, waiting to be read. */
    private static final class Pending {
        final ChapterList.Entry entry;
        final String path;
        final int depth;
        final List<Pending> sections = new ArrayList<>();

        Pending(ChapterList.Entry entry, String path, int depth) {
            this.entry = entry;
            this.path = path;
            this.depth = depth;
        }
    }

    private static final class PartDraft {
        final String title;
        final BookPart.Matter matter;
        final List<Pending> entries = new ArrayList<>();

        PartDraft(String title, BookPart.Matter matter) {
            this.title = title;
            this.matter = matter;
        }
    }

    /** One chapter's parse: its document, its text and its diagnostics. */
    private record Parsed(Document document, String text, Diagnostics diagnostics) {}

    /** The parts and their chapters as the listing gives them, each file checked; {@code all} gets every chapter to read. */
    private static List<PartDraft> plan(ChapterList list, Path folder, Diagnostics where, Map<String, Integer> listed, List<Pending> all) {
        List<PartDraft> parts = new ArrayList<>();
        PartDraft current = null;
        for (ChapterList.Item item : list.items()) {
            if (item instanceof ChapterList.Part p) {
                current = new PartDraft(p.title(), BookPart.Matter.BODY);
                parts.add(current);
            } else if (item instanceof ChapterList.Entry e) {
                BookPart.Matter matter = BookPart.Matter.valueOf(e.matter().name());
                if (current == null || current.matter != matter) {
                    current = new PartDraft("", matter);
                    parts.add(current);
                }
                Pending p = checked(e, 0, folder, where, listed, all);
                if (p != null) current.entries.add(p);
            }
        }
        return parts;
    }

    private static Pending checked(ChapterList.Entry e, int depth, Path folder, Diagnostics where, Map<String, Integer> listed,
                                   List<Pending> all) {
        String path = "";
        if (!e.path().isEmpty()) {
            String resolved = normalised(e.path());
            if (resolved == null || Path.of(e.path()).isAbsolute()) {
                throw new InputException(where.file(), e.line(), "chapter '" + e.path() + "' leads out of the book's folder;"
                        + " chapter files must be inside " + folder.getFileName() + " (move the file into it)");
            }
            Integer first = listed.putIfAbsent(resolved, e.line());
            if (first != null) {
                where.warn(e.line(), "chapter '" + e.path() + "' is listed twice (first at line " + first + "); it is left out here");
                return null;
            }
            Path file = folder.resolve(resolved);
            if (!Files.isRegularFile(file)) {
                throw new InputException(where.file(), e.line(), "chapter file '" + e.path() + "' does not exist (looked for "
                        + file + "); fix the path, or create the file");
            }
            path = resolved;
        }
        Pending p = new Pending(e, path, depth);
        all.add(p);
        for (ChapterList.Entry s : e.sections()) {
            Pending section = checked(s, depth + 1, folder, where, listed, all);
            if (section != null) p.sections.add(section);
        }
        return p;
    }

    /** Reads and parses the chapters on as many threads as there are processors (at most one per chapter). */
    private Map<Pending, Parsed> parse(List<Pending> pending, Path folder, String shown, AssetResolver assets) {
        Map<Pending, Parsed> out = new IdentityHashMap<>();
        int threads = Math.max(1, Math.min(pending.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger done = new AtomicInteger();
        // each reading thread's own highlighter, for CodeAhead; gone with the threads
        ThreadLocal<CodeHighlighter> workers = ThreadLocal.withInitial(CodeHighlighter::new);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "inkstone-chapter", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            Map<Pending, Future<Parsed>> futures = new LinkedHashMap<>();
            for (Pending p : pending) {
                futures.put(p, pool.submit(() -> {
                    Parsed r = parseOne(p, folder, shown, assets, workers);
                    progress.accept("reading chapters " + done.incrementAndGet() + "/" + pending.size());
                    return r;
                }));
            }
            for (Map.Entry<Pending, Future<Parsed>> f : futures.entrySet()) out.put(f.getKey(), f.getValue().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the chapters", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
        return out;
    }

    private Parsed parseOne(Pending p, Path folder, String shown, AssetResolver assets, ThreadLocal<CodeHighlighter> workers) {
        Diagnostics own = new Diagnostics(join(shown, p.path.isEmpty() ? SUMMARY : p.path));
        if (p.path.isEmpty()) return new Parsed(new Document(Metadata.empty(), List.of(), List.of()), "", own);
        Path file = folder.resolve(p.path);
        String text;
        try {
            text = SourceFile.read(file, own);
        } catch (InputException e) {
            own.warn(0, "cannot be read as a chapter (" + e.getMessage() + "); the book shows a note in its place");
            return new Parsed(placeholder(p.entry.title()), "", own);
        }
        own.source(text);
        try {
            String stem = Inkstone.stem(file);
            MarkdownReader.ReadNote note = reader.readNote(text, stem, own);
            Document doc = Transforms.run(new NoteEmbeds(assets, reader).resolve(note, file, own), transforms);
            if (highlighter != null) CodeAhead.warm(doc, highlighter, workers.get());
            return new Parsed(doc, text, own);
        } catch (InputException e) {
            own.warn(0, e.getMessage() + "; the book shows a note in place of this chapter");
        } catch (RuntimeException | StackOverflowError e) {
            own.warn(0, "could not be read (" + Failure.describe(e) + "); the book shows a note in place of this chapter");
        }
        return new Parsed(placeholder(p.entry.title()), "", own);
    }

    private static Document placeholder(String title) {
        return new Document(Metadata.empty(), List.of(new Paragraph(List.of(new Text("（本章无法读取：" + title + "）")))), List.of());
    }

    /** The chapter with its title: the listing's, else its front matter's, else its first heading's, else its file name. */
    private static Chapter chapter(Pending p, Map<Pending, Parsed> parsed, Map<Chapter, String> sources) {
        Parsed own = parsed.get(p);
        List<Chapter> sections = new ArrayList<>();
        for (Pending s : p.sections) sections.add(chapter(s, parsed, sources));
        String title = p.entry.title().strip();
        if (title.isEmpty()) title = own.document.metadata().title().strip();
        if (title.isEmpty()) title = firstHeading(own.document.blocks());
        if (title.isEmpty()) title = p.path.isEmpty() ? "" : Inkstone.stem(Path.of(p.path));
        Chapter c = new Chapter(title, p.path, p.depth, own.document, sections);
        sources.put(c, own.text);
        return c;
    }

    private static String firstHeading(List<Block> blocks) {
        for (Block b : blocks) if (b instanceof Heading h) return PlainText.of(h.content()).strip();
        return "";
    }

    private static String text(Path file, Diagnostics diagnostics) {
        String text = SourceFile.read(file, diagnostics);
        diagnostics.source(text);
        return text;
    }

    private static Path existing(Path folder, String... names) {
        for (String n : names) {
            Path p = folder.resolve(n);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    /** A chapter path relative to the book's folder, with '/', without '.' and '..'; null when it leaves the folder. */
    static String normalised(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.replace('\\', '/').split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    private static String join(String folder, String file) {
        return folder.isEmpty() || folder.equals(".") ? file : folder + "/" + file;
    }

    /** What to do with a folder that holds Markdown but no listing: write a SUMMARY.md, here is one. */
    private static String noListing(Path folder) {
        List<String> md = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".md")).sorted().forEach(md::add);
        } catch (IOException e) {
            // the example below then uses made-up names
        }
        StringBuilder example = new StringBuilder("# ").append(folder.getFileName()).append('\n');
        List<String> shownFiles = md.isEmpty() ? List.of("chapter1.md", "chapter2.md") : md.subList(0, Math.min(md.size(), 4));
        for (String n : shownFiles) example.append("\n- [").append(Inkstone.stem(Path.of(n))).append("](").append(n).append(')');
        return "is a folder without a book.yaml or SUMMARY.md, so Inkstone does not know the order of its chapters."
                + " To build it as a book, write a SUMMARY.md in it that lists the chapter files in reading order, for example:\n\n"
                + example + "\n\n(or build one file: inkstone build " + folder.getFileName() + "/"
                + (md.isEmpty() ? "chapter.md" : md.get(0)) + ")";
    }
}
