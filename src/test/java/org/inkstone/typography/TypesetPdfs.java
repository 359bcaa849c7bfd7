package org.inkstone.typography;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.cache.Caches;
import org.inkstone.options.AutoSwitch;
import org.inkstone.options.PageSize;
import org.inkstone.options.PdfOptions;
import org.inkstone.options.RequestedOptions;
import org.inkstone.publish.Inkstone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * PDFs of the typography checks, built as the command line builds them (offline, default theme, a fixed time), with
 * the parsed fonts shared between the builds of one test run.
 */
public final class TypesetPdfs {
    /** The documents every typography check reads. */
    public static final Path STRESS = Path.of("src/test/resources/typography/stress.md").toAbsolutePath();
    public static final Path FEATURES = Path.of("src/test/resources/corpus/features.md").toAbsolutePath();
    public static final Path EXAMPLE = Path.of("examples/article.md").toAbsolutePath();
    public static final Path SEED_STYLE = Path.of("src/test/resources/typography/seed-style.md").toAbsolutePath();

    private static final Instant WHEN = Instant.parse("2026-11-28T08:30:00Z");
    private static final Caches CACHES = new Caches();

    private TypesetPdfs() {}

    /** The PDF of {@code markdown} at {@code pageSize} ({@code A4}, {@code A5} …), written under {@code out}; fails the test if the build fails. */
    public static byte[] build(Path markdown, Path out, String pageSize) {
        RequestedOptions options = RequestedOptions.builder()
                .pdf(new PdfOptions(PageSize.parse(pageSize).orElseThrow(), AutoSwitch.AUTO, false, false)).build();
        AssetPolicy offline = new AssetPolicy(true, Duration.ofSeconds(2), Duration.ofSeconds(5), AssetPolicy.DEFAULT_MAX_BYTES, null);
        Inkstone publisher = Inkstone.builder().formats(List.of("pdf")).theme("default").output(out)
                .home(Path.of("").toAbsolutePath()).clock(Clock.fixed(WHEN, ZoneOffset.UTC)).options(options)
                .assets(offline).caches(CACHES).build();
        Inkstone.Result result = publisher.publish(markdown);
        if (!result.succeeded()) throw new AssertionError(markdown + " did not build: " + result.failure());
        String name = markdown.getFileName().toString();
        try {
            return Files.readAllBytes(out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code markdown} to {@code dir/name.md} and builds its PDF at {@code pageSize}. */
    public static byte[] build(Path dir, String name, String markdown, String pageSize) {
        try {
            Files.createDirectories(dir);
            Path md = Files.writeString(dir.resolve(name + ".md"), markdown);
            return build(md, dir.resolve("out-" + pageSize), pageSize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
