package org.inkstone.publish;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.math.MathRenderer;
import org.inkstone.asset.AssetResolver;
import org.inkstone.asset.SourceFile;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Document;
import org.inkstone.diagnostic.InputException;
import org.inkstone.font.FontException;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.render.RenderContext;
import org.inkstone.render.RenderOptions;
import org.inkstone.render.Renderer;
import org.inkstone.theme.Theme;
import org.inkstone.theme.ThemeLoader;
import org.inkstone.transform.HanLatinSpacing;
import org.inkstone.transform.Transform;
import org.inkstone.transform.Transforms;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one input into every requested format: read, parse, transform once, render each format
 * in memory, and only then write the files, all or nothing (see {@link FileSystemSink}). With {@code strict}, any warning fails
 * the build and nothing is written.
 */
public final class Publisher {

    public record Options(List<String> formats, String theme, Path outputFolder, boolean strict, boolean editorNotes,
                          Path home, Clock clock, RenderOptions render, AssetPolicy assets) {
        public Options {
            formats = List.copyOf(formats);
        }

        public Options(List<String> formats, String theme, Path outputFolder, boolean strict, boolean editorNotes,
                       Path home, Clock clock, RenderOptions render) {
            this(formats, theme, outputFolder, strict, editorNotes, home, clock, render, AssetPolicy.defaults());
        }

        public Options(List<String> formats, String theme, Path outputFolder, boolean strict, boolean editorNotes,
                       Path home, Clock clock) {
            this(formats, theme, outputFolder, strict, editorNotes, home, clock, RenderOptions.defaults());
        }
    }

    /** What one build did: the files written, the diagnostics, and the reason it failed (null when it succeeded). */
    public record Result(Path input, List<Path> written, List<Diagnostic> diagnostics, String failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    private final Options options;
    private final Theme theme;
    private final List<Renderer> renderers;
    private final List<Transform> transforms;
    private final MarkdownReader reader = new MarkdownReader();

    /** @throws IllegalArgumentException for a format that is not available, ThemeException for a bad theme */
    public Publisher(Options options) {
        this.options = options;
        this.renderers = options.formats().stream().map(Formats::renderer).toList();
        this.theme = new ThemeLoader(options.home()).load(options.theme());
        for (Renderer r : renderers) r.prepare(theme);
        this.transforms = Transforms.standard(options.editorNotes());
    }

    public Result build(Path input) {
        Diagnostics diagnostics = new Diagnostics(input.toString());
        try {
            String source = SourceFile.read(input, diagnostics);
            diagnostics.source(source);
            if (source.indexOf('$') >= 0) MathRenderer.warmUpInBackground(); // overlaps the parse
            String stem = stem(input);
            Path folder = input.toAbsolutePath().getParent();
            Map<String, byte[]> files = LargeStackThread.call(() -> {
                Document doc = Transforms.run(reader.read(source, stem, diagnostics), transforms);
                RenderOptions renderOptions = options.render().withFrontMatter(doc.metadata());
                RenderContext ctx = new RenderContext(doc, theme, new AssetResolver(folder, diagnostics, options.assets()), diagnostics,
                        stem, options.outputFolder(), options.clock(), renderOptions);
                Document spaced = null;
                Map<String, byte[]> out = new LinkedHashMap<>();
                for (Renderer r : renderers) {
                    if (wantsSpacing(renderOptions.cjkSpacing(), r)) {
                        if (spaced == null) spaced = new HanLatinSpacing().apply(doc);
                        r.render(ctx.withDocument(spaced), out::put);
                    } else {
                        r.render(ctx, out::put);
                    }
                }
                return out;
            });
            if (options.strict() && diagnostics.hasWarnings()) {
                long n = diagnostics.all().size();
                return fail(input, diagnostics, input + ": error: " + n + (n == 1 ? " warning" : " warnings")
                        + " with --strict; nothing was written");
            }
            List<Path> written = new FileSystemSink(options.outputFolder()).writeAll(files);
            return new Result(input, written, diagnostics.all(), null);
        } catch (FileSystemSink.WriteFailure e) {
            return fail(input, diagnostics, e.getMessage());
        } catch (InputException e) {
            return fail(input, diagnostics, e.format());
        } catch (StackOverflowError e) {
            return fail(input, diagnostics, input + ": error: the document nests lists or quotes too deeply to process;"
                    + " flatten the nesting");
        } catch (FontException e) {
            return fail(input, diagnostics, input + ": error: " + e.getMessage());
        } catch (UncheckedIOException e) {
            return fail(input, diagnostics, input + ": error: " + e.getMessage());
        } catch (Exception | Error e) {
            return fail(input, diagnostics, input + ": error: internal error (" + e + "); please report this with the input file");
        }
    }

    private static boolean wantsSpacing(RenderOptions.Choice setting, Renderer renderer) {
        return setting == RenderOptions.Choice.ON
                || (setting == RenderOptions.Choice.AUTO && renderer.spacesHanAndLatinByDefault());
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
