package org.inkstone.render.pdf;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.publish.Inkstone;
import org.inkstone.options.RequestedOptions;
import org.inkstone.options.AutoSwitch;
import org.inkstone.options.PdfOptions;
import org.inkstone.options.PageSize;

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

    static RequestedOptions options(String pageSize, AutoSwitch toc, boolean pdfUa, boolean pdfA) {
        return RequestedOptions.builder().pdf(new PdfOptions(PageSize.parse(pageSize).orElseThrow(), toc, pdfUa, pdfA)).build();
    }

    static RequestedOptions a4() {
        return options("A4", AutoSwitch.AUTO, false, false);
    }

    static AssetPolicy offline() {
        return new AssetPolicy(true, Duration.ofSeconds(2), Duration.ofSeconds(5), AssetPolicy.DEFAULT_MAX_BYTES, null);
    }

    static Built build(Path input, Path out, RequestedOptions options) {
        return build(input, out, options, "default", offline());
    }

    static Built build(Path input, Path out, RequestedOptions options, String theme, AssetPolicy assets) {
        Inkstone publisher = Inkstone.builder().formats(List.of("pdf")).theme(theme).output(out).home(Path.of("").toAbsolutePath()).clock(Clock.fixed(WHEN, ZoneOffset.UTC)).options(options).assets(assets).build();
        Inkstone.Result r = publisher.publish(input);
        Path pdf = out.resolve(stem(input) + ".pdf");
        try {
            return new Built(r.succeeded() ? Files.readAllBytes(pdf) : null, r.diagnostics(), r.failure());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code markdown} to {@code dir/name.md} and builds it. */
    static Built markdown(Path dir, String name, String markdown, RequestedOptions options) {
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
