package org.inkstone.render.epub;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.publish.Inkstone;
import org.inkstone.options.RequestedOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;

/** Builds EPUBs the way the command line does (through the Publisher), offline, at a fixed time. */
final class EpubBuilds {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:30:00Z"), ZoneOffset.UTC);

    private EpubBuilds() {}

    static Path build(Path input, Path out) {
        return build(input, out, RequestedOptions.defaults());
    }

    static Path build(Path input, Path out, RequestedOptions render) {
        return result(input, out, render).written().get(0);
    }

    static Inkstone.Result result(Path input, Path out, RequestedOptions render) {
        Inkstone p = Inkstone.builder().formats(List.of("epub")).output(out).home(Path.of("")).clock(CLOCK).options(render).assets(AssetPolicy.defaults().withOffline(true)).build();
        Inkstone.Result r = p.publish(input);
        assertNull(r.failure(), () -> "build failed: " + r.failure() + " " + r.diagnostics());
        return r;
    }

    /** Writes {@code markdown} to {@code dir/name} and returns the path. */
    static Path write(Path dir, String name, String markdown) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, markdown, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
