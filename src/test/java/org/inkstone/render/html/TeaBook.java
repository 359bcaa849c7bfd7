package org.inkstone.render.html;

import org.inkstone.TestDocs;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.publish.Inkstone;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The fixture book {@code src/test/resources/books/tea} built with {@code --to html} as a user builds it
 * ({@link Inkstone#publish} of the book's folder), for the web book's tests: the web book is in
 * {@code out/tea/}.
 */
final class TeaBook {
    static final Path FOLDER = TestDocs.RESOURCES.resolve("books/tea");

    /** What a build left: the output folder, the web book's folder in it, and the warnings. */
    record Built(Path out, Path book, List<Diagnostic> diagnostics) {}

    private TeaBook() {}

    static Built build(Path out) {
        Inkstone.Result result = Inkstone.builder().formats("html").output(out).home(Path.of(""))
                .assets(AssetPolicy.defaults().withOffline(true))
                .clock(Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC)).build()
                .publish(FOLDER);
        if (!result.succeeded()) throw new AssertionError("the tea book did not build: " + result.failure());
        return new Built(out, out.resolve("tea"), result.diagnostics());
    }
}
