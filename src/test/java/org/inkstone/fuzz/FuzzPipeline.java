package org.inkstone.fuzz;

import org.inkstone.cache.Caches;
import org.inkstone.options.OptionsResolver;
import org.inkstone.options.OutputOptions;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.asset.AssetResolver;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.InputException;
import org.inkstone.font.FontException;
import org.inkstone.model.Document;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.publish.Formats;
import org.inkstone.render.RenderContext;
import org.inkstone.options.RequestedOptions;
import org.inkstone.render.Renderer;
import org.inkstone.render.xhtml.ImageResolver;
import org.inkstone.render.xhtml.XhtmlWriter;
import org.jsoup.nodes.Element;
import org.inkstone.theme.Theme;
import org.inkstone.theme.ThemeLoader;
import org.inkstone.transform.Transforms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One fuzz case through the real build, in memory: the steps of {@code Inkstone.publish} (read, the standard
 * transforms, the Han/Latin spacing the output asks for, one renderer) with the files going into a map instead of
 * the disk. Offline (no network), a fixed clock, the default theme; the document's folder is a temporary one holding
 * the test images (so {@code images/figure.png} resolves), and nothing is written anywhere.
 *
 * <p>Each case runs on a thread with a large stack, as Inkstone runs a build, and must finish within the
 * format's time bound. What Inkstone would report as "internal error" is thrown as an {@link AssertionError}
 * (a finding); what it reports as an ordinary input error (an {@link InputException}, too deep a nesting, a font
 * or I/O problem) is returned as {@link Outcome#inputError}.
 */
final class FuzzPipeline {
    /** What one case produced: the files by name, or the ordinary error message a build would print. */
    record Outcome(Map<String, byte[]> files, String inputError) {}

    static final String STEM = "fuzz";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:30:00Z"), ZoneOffset.UTC);
    private static final long STACK_BYTES = 1L << 30;

    private static FuzzPipeline shared;

    private final Theme theme;
    /** The caches of this pipeline's builds, as one process keeps them. */
    private final Caches caches = new Caches();
    private final Path folder;
    private final AssetPolicy offline = new AssetPolicy(true, Duration.ofSeconds(1), Duration.ofSeconds(1),
            AssetPolicy.DEFAULT_MAX_BYTES, null);
    private final MarkdownReader reader = new MarkdownReader();

    private FuzzPipeline(Theme theme, Path folder) {
        this.theme = theme;
        this.folder = folder;
    }

    /** The one pipeline of this JVM, its theme loaded and its folder made on first use. */
    static synchronized FuzzPipeline shared() {
        if (shared == null) shared = new FuzzPipeline(new ThemeLoader(Path.of("").toAbsolutePath()).load("default"), documentFolder());
        return shared;
    }

    /** Renders once, untimed, what a first build pays for (fonts, the math engine, the highlighter, the PDF library). */
    void warmUp(String format) {
        Renderer r = Formats.renderer(format);
        r.prepare(theme, caches);
        String warm = "# 标题\n\n文字 $x^2$ 与 **粗体**。\n\n```java\nint a = 1;\n```\n\n$$\n\\frac{a}{b}\n$$\n\n![图](images/figure.png)\n";
        run(format, warm, Duration.ofMinutes(5));
    }

    /** The markdown of raw fuzz bytes: UTF-8 with malformed sequences replaced, at most {@code maxChars} chars. */
    static String text(byte[] data, int maxChars) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(data)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e); // cannot happen with REPLACE
        }
        if (s.length() <= maxChars) return s;
        int end = maxChars;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    /**
     * Builds {@code markdown} into {@code format}.
     *
     * @throws AssertionError for an internal error, or when the case runs longer than {@code limit}
     */
    Outcome run(String format, String markdown, Duration limit) {
        AtomicReference<Outcome> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(build(format, markdown));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "inkstone-fuzz-case", STACK_BYTES);
        t.setDaemon(true); // a case that never ends must not keep the JVM alive
        long start = System.nanoTime();
        t.start();
        try {
            // a hung case is reported after four times the bound (then left to the daemon thread)
            t.join(limit.toMillis() * 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (t.isAlive()) {
            t.interrupt();
            throw new AssertionError(format + ": the case did not finish within " + millis + " ms (bound " + limit.toMillis() + " ms)");
        }
        Throwable e = failure.get();
        if (e != null) {
            if (e instanceof InputException ie) return new Outcome(Map.of(), ie.format());
            if (e instanceof StackOverflowError || e instanceof FontException || e instanceof UncheckedIOException) {
                return new Outcome(Map.of(), String.valueOf(e.getMessage()));
            }
            throw new AssertionError(format + ": internal error (" + e + ")", e);
        }
        if (millis > limit.toMillis()) {
            throw new AssertionError(format + ": the case took " + millis + " ms, over the bound of " + limit.toMillis() + " ms");
        }
        return result.get();
    }

    /**
     * The lean case: reader → standard transforms → the shared XHTML writer → one serialised page, on the calling
     * thread, without a theme, images taken as written and formulas as TeX (the other targets cover those). About a
     * hundred times faster than a whole output, so most executions go to the code every output shares. Returns the
     * page, or null when the input is refused in an ordinary way.
     *
     * @throws AssertionError for an internal error, or when the case takes longer than {@code limit}
     */
    String article(String markdown, Duration limit) {
        long start = System.nanoTime();
        String page;
        try {
            Diagnostics diagnostics = new Diagnostics(STEM + ".md");
            diagnostics.source(markdown);
            Document doc = Transforms.run(reader.read(markdown, STEM, diagnostics), Transforms.standard(false));
            Element article = new XhtmlWriter(ImageResolver.AS_WRITTEN, diagnostics).article(doc);
            page = XhtmlWriter.serialize(XhtmlWriter.page(doc.metadata(), "", article));
        } catch (InputException | StackOverflowError e) {
            return null;
        } catch (RuntimeException e) {
            throw new AssertionError("article: internal error (" + e + ")", e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > limit.toMillis()) {
            throw new AssertionError("article: the case took " + millis + " ms, over the bound of " + limit.toMillis() + " ms");
        }
        return page;
    }

    private Outcome build(String format, String source) {
        Diagnostics diagnostics = new Diagnostics(STEM + ".md");
        diagnostics.source(source);
        Renderer renderer = Formats.renderer(format);
        Document doc = Transforms.run(reader.read(source, STEM, diagnostics), Transforms.standard(false));
        OutputOptions options = OptionsResolver.resolve(RequestedOptions.defaults(), doc.metadata(), theme, diagnostics);
        RenderContext ctx = new RenderContext(Transforms.run(doc, renderer.transforms(options)), theme,
                new AssetResolver(folder, diagnostics, offline), diagnostics, STEM, folder.resolve("out"), CLOCK, options, caches);
        Map<String, byte[]> out = new LinkedHashMap<>();
        renderer.render(ctx, out::put);
        return new Outcome(out, null);
    }

    /** A temporary folder with the test images under {@code images/}, removed when the JVM exits (children first). */
    private static Path documentFolder() {
        try {
            Path dir = Files.createTempDirectory("inkstone-fuzz");
            dir.toFile().deleteOnExit();
            Path images = Files.createDirectories(dir.resolve("images"));
            images.toFile().deleteOnExit();
            Path source = Path.of("src/test/resources/corpus/images").toAbsolutePath();
            try (var files = Files.list(source)) {
                for (Path p : files.toList()) {
                    Path copy = images.resolve(p.getFileName().toString());
                    Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
                    copy.toFile().deleteOnExit();
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
