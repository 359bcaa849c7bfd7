package org.inkstone.render.pdf;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.publish.Publisher;
import org.inkstone.render.RenderOptions;
import org.inkstone.render.RenderOptions.Choice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** Builds PDFs for tests the way the command line does (through the Publisher), offline, at a fixed time. */
final class PdfBuilds {
    static final Instant WHEN = Instant.parse("2026-11-28T08:30:00Z");
    static final Path EXAMPLE = Path.of("examples/article.md").toAbsolutePath();
    static final Path FEATURES = Path.of("src/test/resources/corpus/features.md").toAbsolutePath();

    private PdfBuilds() {}

    /** What one build gave: the PDF's bytes (null when it failed), its diagnostics, the failure message. */
    record Built(byte[] pdf, List<Diagnostic> diagnostics, String failure) {
        String warnings() {
            return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
        }

        long warningsContaining(String text) {
            return diagnostics.stream().filter(d -> d.message().contains(text)).count();
        }
    }

    static RenderOptions options(String pageSize, Choice toc, boolean pdfUa, boolean pdfA) {
        return RenderOptions.defaults().withPdf(pageSize, toc, pdfUa, pdfA);
    }

    static RenderOptions a4() {
        return options("A4", Choice.AUTO, false, false);
    }

    static AssetPolicy offline() {
        return new AssetPolicy(true, Duration.ofSeconds(2), Duration.ofSeconds(5), AssetPolicy.DEFAULT_MAX_BYTES, null);
    }

    static Built build(Path input, Path out, RenderOptions options) {
        return build(input, out, options, "default", offline());
    }

    static Built build(Path input, Path out, RenderOptions options, String theme, AssetPolicy assets) {
        Publisher publisher = new Publisher(new Publisher.Options(List.of("pdf"), theme, out, false, false, Path.of("").toAbsolutePath(),
                Clock.fixed(WHEN, ZoneOffset.UTC), options, assets));
        Publisher.Result r = publisher.build(input);
        Path pdf = out.resolve(stem(input) + ".pdf");
        try {
            return new Built(r.succeeded() ? Files.readAllBytes(pdf) : null, r.diagnostics(), r.failure());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code markdown} to {@code dir/name.md} and builds it. */
    static Built markdown(Path dir, String name, String markdown, RenderOptions options) {
        try {
            Files.createDirectories(dir);
            Path md = dir.resolve(name + ".md");
            Files.writeString(md, markdown, StandardCharsets.UTF_8);
            return build(md, dir.resolve("out"), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String stem(Path input) {
        String n = input.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }
}
