package org.inkstone.publish;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.math.MathRenderer;
import org.inkstone.asset.AssetResolver;
import org.inkstone.asset.SourceFile;
import org.inkstone.cache.Caches;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Book;
import org.inkstone.model.BookPart;
import org.inkstone.model.Chapter;
import org.inkstone.model.Document;
import org.inkstone.model.Metadata;
import org.inkstone.diagnostic.InputException;
import org.inkstone.font.FontException;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.options.OptionsResolver;
import org.inkstone.options.OutputOptions;
import org.inkstone.options.RequestedOptions;
import org.inkstone.render.RenderContext;
import org.inkstone.render.ImageSources;
import org.inkstone.render.Renderer;
import org.inkstone.theme.Theme;
import org.inkstone.theme.ThemeException;
import org.inkstone.theme.ThemeLoader;
import org.inkstone.transform.BookAssembly;
import org.inkstone.transform.DocumentNumbers;
import org.inkstone.transform.ChapterArticles;
import org.inkstone.transform.Transform;
import org.inkstone.transform.Transforms;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Inkstone as a library: build Markdown files into every requested format.
 *
 * <pre>{@code
 * Inkstone inkstone = Inkstone.builder()
 *         .formats("pdf", "epub")
 *         .output(Path.of("out"))
 *         .options(RequestedOptions.builder().accent(new Colour("#0066cc")).build())
 *         .build();
 * Inkstone.Result result = inkstone.publish(Path.of("article.md"));
 * result.diagnostics().forEach(d -> System.err.println(d.format()));
 * }</pre>
 *
 * <p>One build reads the file, parses it, embeds the notes it embeds ({@link NoteEmbeds}), runs the transforms once, resolves the options once
 * ({@link OptionsResolver}), renders each format in memory (each output's own transforms, such as
 * Han–Latin spacing, run once per distinct request), and only then writes the files, all or nothing
 * (see {@link FileSystemSink}). With {@code strict}, any warning fails the build and nothing is written.
 * An instance may build many files, one after another. Each build after the first reads the theme
 * again, and what outlives a build (parsed fonts, formulas, code, covers) is kept in the instance's
 * {@link Caches}, keyed by content: an edited theme or font file is seen by the next build.
 */
public final class Inkstone {

    /** What one build did: the files written, the diagnostics, and the reason it failed (null when it succeeded). */
    public record Result(Path input, List<Path> written, List<Diagnostic> diagnostics, String failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    /** Settings of a build; every one has a default (HTML only, the bundled default theme, {@code out/}, the system clock). */
    public static final class Builder {
        private List<String> formats = List.of("html");
        private String theme = "default";
        private Path output = Path.of("out");
        private boolean strict;
        private boolean editorNotes;
        private Path home;
        private Clock clock = Clock.systemUTC();
        private RequestedOptions options = RequestedOptions.defaults();
        private AssetPolicy assets = AssetPolicy.defaults();
        private Caches caches;
        private boolean themeGiven;
        private java.util.function.Consumer<String> progress = step -> {};

        private Builder() {}

        /** Output formats by the name {@code --to} takes: html, wechat, pdf, epub. */
        public Builder formats(String... names) {
            return formats(List.of(names));
        }

        public Builder formats(List<String> names) {
            this.formats = List.copyOf(names);
            return this;
        }

        /**
         * The path of a theme folder, or a theme's name: looked for in {@code themes/} beside each document (or in the
         * book's folder), then in {@code themes/} under the home folder, then among the bundled themes.
         */
        public Builder theme(String nameOrFolder) {
            this.theme = nameOrFolder;
            this.themeGiven = true;
            return this;
        }

        /**
         * Told each step of a long build ("reading chapters 3/30", "writing pdf"), for a progress line;
         * by default nothing is told.
         */
        public Builder progress(java.util.function.Consumer<String> steps) {
            this.progress = steps;
            return this;
        }

        /** The folder the files are written to, created when missing. */
        public Builder output(Path folder) {
            this.output = folder;
            return this;
        }

        /** Any warning fails the build, and nothing is written. */
        public Builder strict(boolean on) {
            this.strict = on;
            return this;
        }

        /** Keep editor notes (HTML and Obsidian {@code %%} comments) and show them as reviewer notes. */
        public Builder editorNotes(boolean on) {
            this.editorNotes = on;
            return this;
        }

        /** Where {@code themes/} and {@code fonts/} are found (the installation folder); null (the default): the bundled themes. */
        public Builder home(Path folder) {
            this.home = folder;
            return this;
        }

        /** The build's time (a fixed clock makes the same input give byte-identical output). */
        public Builder clock(Clock buildClock) {
            this.clock = buildClock;
            return this;
        }

        /** The user's choices, which come before the front matter's and the theme's. */
        public Builder options(RequestedOptions requested) {
            this.options = requested;
            return this;
        }

        /** How images and other assets may be fetched (remote fetching, cache, limits). */
        public Builder assets(AssetPolicy policy) {
            this.assets = policy;
            return this;
        }

        /**
         * What builds keep for the next (parsed fonts, formulas, code, covers); share one between
         * instances of a long-lived process. Default: new caches for the instance.
         */
        public Builder caches(Caches shared) {
            this.caches = shared;
            return this;
        }

        /**
         * @throws IllegalArgumentException for a format that is not available
         * @throws org.inkstone.theme.ThemeException for a theme that cannot be loaded
         */
        public Inkstone build() {
            return new Inkstone(this);
        }
    }

    private final Builder settings;
    private final Caches caches;
    private final ThemeLoader themes;
    /** The theme loaded at construction, for the first build; later builds load it again. */
    private Theme firstTheme;
    private final List<Renderer> renderers;
    private final List<Transform> transforms;
    private final MarkdownReader reader = new MarkdownReader();

    private Inkstone(Builder settings) {
        this.settings = settings;
        this.renderers = settings.formats.stream().map(Formats::renderer).toList();
        this.caches = settings.caches != null ? settings.caches : new Caches();
        this.themes = new ThemeLoader(settings.home);
        // a name found nowhere yet may be a themes/NAME/ folder beside a document: each build looks for it there
        this.firstTheme = themes.onlyBesideDocuments(settings.theme) ? null : themes.load(settings.theme);
        if (firstTheme != null) for (Renderer r : renderers) r.prepare(firstTheme, caches);
        this.transforms = Transforms.standard(settings.editorNotes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The caches this instance's builds share. */
    public Caches caches() {
        return caches;
    }

    /**
     * Builds one Markdown file, or a book (a folder holding {@code book.yaml} and/or {@code SUMMARY.md}, or the
     * path of either file), into every format; never throws for bad input (the result says what went wrong).
     */
    public Result publish(Path input) {
        return rendered(input).write();
    }

    /**
     * Builds several inputs as {@link #publish(Path)} does, {@code threads} at a time (sharing this instance's caches:
     * parsed fonts are read by several builds at once, each face once per run), and hands each result to
     * {@code done} in the order of the inputs, on the calling thread. Each input's files are written just before
     * its result is handed on, in that order too, so an input never waits for a slower one to be built, but two
     * inputs that write the same file leave the later one's, as one build after another would. A failed input
     * does not stop the others.
     */
    public void publishAll(List<Path> inputs, int threads, Consumer<Result> done) {
        int workers = Math.max(1, Math.min(threads, inputs.size()));
        if (workers == 1) {
            for (Path input : inputs) done.accept(publish(input));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "inkstone-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Rendered>> pending = new ArrayList<>();
            int window = 2 * workers; // built but not yet written: bounds the bytes held in memory
            for (int next = 0; next < inputs.size() || !pending.isEmpty(); ) {
                while (next < inputs.size() && pending.size() < window) {
                    Path input = inputs.get(next++);
                    pending.add(pool.submit(() -> rendered(input)));
                }
                done.accept(pending.remove(0).get().write());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // rendered() catches everything: not reached
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One input built in memory and not yet written: its files, or the result of a build that stopped. Writing is
     * the second step, so that a batch built on several threads writes in the order of its inputs.
     */
    private final class Rendered {
        private final Path input;
        private final Map<String, byte[]> files;
        private final Diagnostics diagnostics;
        private final Result stopped;

        Rendered(Path input, Map<String, byte[]> files, Diagnostics diagnostics, Result stopped) {
            this.input = input;
            this.files = files;
            this.diagnostics = diagnostics;
            this.stopped = stopped;
        }

        Result write() {
            if (stopped != null) return stopped;
            try {
                return written(input, files, diagnostics);
            } catch (Exception | Error e) {
                return failed(input, diagnostics, e);
            }
        }
    }

    private Rendered rendered(Path input) {
        if (BookReader.isBook(input)) return renderedBook(input);
        Diagnostics diagnostics = new Diagnostics(input.toString());
        try {
            Theme theme = currentTheme(input.toAbsolutePath().getParent());
            String source = SourceFile.read(input, diagnostics);
            diagnostics.source(source);
            if (source.indexOf('$') >= 0) MathRenderer.warmUpInBackground(); // overlaps the parse
            String stem = stem(input);
            Path folder = input.toAbsolutePath().getParent();
            Map<String, byte[]> files = LargeStackThread.call(() -> {
                AssetResolver assets = new AssetResolver(folder, diagnostics, settings.assets);
                Document parsed = new NoteEmbeds(assets, reader).resolve(reader.readNote(source, stem, diagnostics), input, diagnostics);
                if (renderers.stream().anyMatch(Renderer::embedsImages)) assets.prefetch(ImageSources.of(parsed));
                Document standard = Transforms.run(parsed, transforms);
                OutputOptions resolved = OptionsResolver.resolve(settings.options, standard.metadata(), theme, diagnostics);
                Document doc = DocumentNumbers.article(standard, resolved.numbering());
                RenderContext ctx = new RenderContext(doc, theme, assets, diagnostics,
                        stem, settings.output, settings.clock, resolved, caches);
                Map<List<Transform>, Document> transformed = new HashMap<>();
                List<OutputThreads.Output> outputs = new ArrayList<>();
                for (Renderer r : renderers) {
                    Document own = transformed.computeIfAbsent(r.transforms(resolved), extra -> Transforms.run(doc, extra));
                    outputs.add((d, a, sink) -> r.render(context(ctx, own, d, a), sink));
                }
                return OutputThreads.render(outputs, diagnostics, assets);
            });
            return new Rendered(input, files, diagnostics, null);
        } catch (Exception | Error e) {
            return new Rendered(input, null, diagnostics, failed(input, diagnostics, e));
        }
    }

    /**
     * A book: its chapters read ({@link BookReader}) and laid into one document ({@link BookAssembly}); the
     * outputs that take the book whole get it with its layout, the others (WeChat) each chapter as an article
     * in {@code <book>/<format>/}. The files are named after the book's folder.
     */
    private Rendered renderedBook(Path input) {
        String shown = input.toString().replaceAll("[/\\\\]+$", "");
        if (!java.nio.file.Files.isDirectory(input)) shown = input.getParent() == null ? "." : input.getParent().toString();
        Diagnostics diagnostics = new Diagnostics(shown);
        String where = shown;
        try {
            Path folder = BookReader.folderOf(input);
            String stem = folder.getFileName().toString();
            Map<String, byte[]> files = LargeStackThread.call(() -> {
                AssetResolver assets = new AssetResolver(folder, diagnostics, settings.assets);
                BookReader.Read read = new BookReader(reader, transforms, settings.progress, caches.highlighter()).read(input, where, assets, diagnostics);
                Theme theme = bookTheme(read);
                Metadata options = BookOptions.asFrontMatter(read.book().metadata(), read.config());
                return renderBook(read.book(), c -> read.sources().getOrDefault(c, ""), options, read.configDiagnostics(),
                        theme, assets, stem, diagnostics);
            });
            return new Rendered(input, files, diagnostics, null);
        } catch (Exception | Error e) {
            return new Rendered(input, null, diagnostics, failed(input, diagnostics, e));
        }
    }

    /**
     * Builds a book made in code: its chapters' documents as {@link MarkdownReader} gives them (the standard
     * transforms are run here), its images and embedded notes relative to {@code folder}. The files are named
     * after the folder; the book's metadata gives the options a book.yaml would ({@code page-size}, …, in
     * {@link Metadata#extra()}).
     */
    public Result publish(Book book, Path folder) {
        Diagnostics diagnostics = new Diagnostics(folder.toString());
        try {
            Path root = folder.toAbsolutePath().normalize();
            Map<String, byte[]> files = LargeStackThread.call(() -> {
                Book transformed = new Book(book.metadata(), book.parts().stream().map(p -> new BookPart(p.title(), p.matter(),
                        p.chapters().stream().map(this::transformed).toList())).toList());
                AssetResolver assets = new AssetResolver(root, diagnostics, settings.assets);
                return renderBook(transformed, c -> "", transformed.metadata(), diagnostics, currentTheme(root), assets,
                        root.getFileName().toString(), diagnostics);
            });
            return written(folder, files, diagnostics);
        } catch (Exception | Error e) {
            return failed(folder, diagnostics, e);
        }
    }

    private Chapter transformed(Chapter c) {
        return new Chapter(c.title(), c.path(), c.depth(), Transforms.run(c.document(), transforms),
                c.sections().stream().map(this::transformed).toList());
    }

    /**
     * Renders a book read or made: laid into one document ({@link BookAssembly}); the outputs that take the
     * book whole get it with its layout, the others (WeChat) each chapter as an article in
     * {@code <book>/<format>/}.
     *
     * @param options            the metadata whose keys give the book's options (book.yaml's, as front matter)
     * @param optionsDiagnostics where a bad option value is reported
     */
    private Map<String, byte[]> renderBook(Book read, java.util.function.Function<Chapter, String> sources, Metadata options,
                                           Diagnostics optionsDiagnostics, Theme theme, AssetResolver assets, String stem,
                                           Diagnostics diagnostics) {
        for (Renderer r : renderers) r.prepare(theme, caches);
        BookAssembly.Assembled assembled = BookAssembly.assemble(read, sources, diagnostics);
        OutputOptions resolved = OptionsResolver.resolve(settings.options, options, theme, optionsDiagnostics);
        BookAssembly.Assembled book = DocumentNumbers.book(assembled, resolved.numbering());
        Document doc = book.document();
        diagnostics.include(optionsDiagnostics);
        RenderContext ctx = new RenderContext(doc, theme, assets, diagnostics, stem, settings.output, settings.clock,
                resolved, caches, book.layout());
        Map<List<Transform>, Document> transformed = new HashMap<>();
        List<OutputThreads.Output> outputs = new ArrayList<>();
        settings.progress.accept("writing " + String.join(", ", renderers.stream().map(Renderer::format).toList()));
        for (Renderer r : renderers) {
            Document own = transformed.computeIfAbsent(r.transforms(resolved), extra -> Transforms.run(doc, extra));
            if (!r.chapterByChapter()) {
                outputs.add((d, a, sink) -> r.render(context(ctx, own, d, a), sink));
                continue;
            }
            outputs.add((d, a, sink) -> {
                for (ChapterArticles.Article article : ChapterArticles.of(own, book.layout())) {
                    r.render(new RenderContext(article.document(), theme, a, d, stem + "/" + r.format() + "/" + article.stem(),
                            settings.output, settings.clock, resolved, caches), sink);
                }
            });
        }
        return OutputThreads.render(outputs, diagnostics, assets);
    }

    /** The build's context for one output: its own document (after the output's transforms), diagnostics and asset view. */
    private static RenderContext context(RenderContext build, Document own, Diagnostics diagnostics, AssetResolver assets) {
        return new RenderContext(own, build.theme(), assets, diagnostics, build.stem(), build.outputFolder(), build.clock(),
                build.options(), build.caches(), build.book());
    }

    /** book.yaml's {@code theme:} when the builder was given none; else the builder's. */
    private Theme bookTheme(BookReader.Read read) {
        String named = read.config().options().getOrDefault("theme", "").strip();
        if (settings.themeGiven || named.isEmpty()) return currentTheme(read.folder());
        Path local = read.folder().resolve(named);
        return themes.load(java.nio.file.Files.isDirectory(local) ? local.toString() : named, read.folder());
    }

    /** Writes the build's files, all or nothing; with strict, none when there was a warning. */
    private Result written(Path input, Map<String, byte[]> files, Diagnostics diagnostics) {
        if (settings.strict && diagnostics.hasWarnings()) {
            long n = diagnostics.all().size();
            return fail(input, diagnostics, input + ": error: " + n + (n == 1 ? " warning" : " warnings")
                    + " with --strict; nothing was written");
        }
        List<Path> written = new FileSystemSink(settings.output).writeAll(files);
        return new Result(input, written, diagnostics.all(), null);
    }

    /** The result of a build that stopped: one message saying why, never a stack trace. */
    private static Result failed(Path input, Diagnostics diagnostics, Throwable thrown) {
        try {
            throw thrown;
        } catch (FileSystemSink.WriteFailure e) {
            return fail(input, diagnostics, e.getMessage());
        } catch (InputException e) {
            return fail(input, diagnostics, e.format());
        } catch (StackOverflowError e) {
            return fail(input, diagnostics, input + ": error: the document nests lists or quotes too deeply to process;"
                    + " flatten the nesting");
        } catch (ThemeException e) {
            return fail(input, diagnostics, input + ": error: " + e.getMessage());
        } catch (FontException e) {
            return fail(input, diagnostics, input + ": error: " + e.getMessage());
        } catch (UncheckedIOException e) {
            return fail(input, diagnostics, input + ": error: " + e.getMessage());
        } catch (Throwable e) {
            return fail(input, diagnostics, input + ": error: internal error (" + e + "); please report this with the input file");
        }
    }

    /**
     * The theme loaded at construction for the first build, then read again for each (it may have been edited);
     * a theme the user named is looked for in {@code themes/} beside the document first.
     */
    private synchronized Theme currentTheme(Path documentFolder) {
        Theme first = firstTheme;
        firstTheme = null;
        Path beside = settings.themeGiven ? documentFolder : null;
        if (first != null && !themes.foundBeside(settings.theme, beside)) return first;
        return themes.load(settings.theme, beside);
    }

    private static Result fail(Path input, Diagnostics diagnostics, String message) {
        return new Result(input, List.of(), diagnostics.all(), message);
    }

    static String stem(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
