package org.inkstone.render.epub;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.publish.Publisher;
import org.inkstone.render.RenderOptions;

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
        return build(input, out, RenderOptions.defaults());
    }

    static Path build(Path input, Path out, RenderOptions render) {
        return result(input, out, render).written().get(0);
    }

    static Publisher.Result result(Path input, Path out, RenderOptions render) {
        Publisher p = new Publisher(new Publisher.Options(List.of("epub"), "default", out, false, false, Path.of(""),
                CLOCK, render, AssetPolicy.defaults().withOffline(true)));
        Publisher.Result r = p.build(input);
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
