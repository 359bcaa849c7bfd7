package org.inkstone.serve;

import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.publish.Inkstone;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Rebuilds the input in the warm process, one format after another: the one the workspace shows first
 * ({@link #viewing}), then the others in the order given (the cheap WeChat fragment first, the PDF last). Each format is built into a staging folder, which is moved whole
 * to a folder of its own once the build has written everything; only then does the served
 * {@link Snapshot} change, so no request ever sees a half-built file. A save that comes in during a
 * round ends it after the current format, and the next round starts again with the first format.
 * A failed build leaves the last good files served and reports the failure.
 */
final class Rebuilder {
    /** Folders of older builds kept for requests still reading them; older ones are deleted. */
    private static final int KEPT_PER_FORMAT = 2;

    private final Path input;
    private final Path work;
    private final Map<String, Inkstone> byFormat;
    private final SaveDebouncer saves;
    private final PrintStream terminal;
    private final Consumer<BuildEvent> listener;
    private final AtomicReference<Snapshot> served = new AtomicReference<>(Snapshot.empty());
    private final Map<String, List<Path>> oldFolders = new LinkedHashMap<>();
    /** The format the workspace shows: built first in each round. */
    private volatile String viewed = "";
    private long round;

    /**
     * @param byFormat one Inkstone per format, in build order, each writing to {@code work/stage-<format>}
     */
    Rebuilder(Path input, Path work, Map<String, Inkstone> byFormat, SaveDebouncer saves, PrintStream terminal,
              Consumer<BuildEvent> listener) {
        this.input = input;
        this.work = work;
        this.byFormat = byFormat;
        this.saves = saves;
        this.terminal = terminal;
        this.listener = listener;
    }

    static Path stage(Path work, String format) {
        return work.resolve("stage-" + format);
    }

    Snapshot served() {
        return served.get();
    }

    /** Rebuilds after each burst of saves until interrupted. */
    void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                saves.awaitQuiet();
                buildRound();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The workspace shows {@code format} now: the next rounds build it first. Unknown names are ignored. */
    void viewing(String format) {
        if (byFormat.containsKey(format)) viewed = format;
    }

    /**
     * One round: the format being looked at first, then the others in order, stopping early when a newer save is
     * waiting or a build fails.
     */
    void buildRound() {
        long generation = ++round;
        for (String format : order()) {
            if (saves.pending()) return;
            if (!build(generation, format, byFormat.get(format))) return;
        }
    }

    /** The formats in the order this round builds them. */
    List<String> order() {
        List<String> order = new ArrayList<>(byFormat.keySet());
        String first = viewed;
        if (order.remove(first)) order.add(0, first);
        return order;
    }

    private boolean build(long generation, String format, Inkstone inkstone) {
        long start = System.nanoTime();
        Path stage = stage(work, format);
        Inkstone.Result result = publish(inkstone, stage);
        long millis = (System.nanoTime() - start) / 1_000_000L;
        if (!result.succeeded()) {
            served.updateAndGet(s -> s.failed(generation, result.failure(), result.diagnostics()));
            for (Diagnostic d : result.diagnostics()) terminal.println(d.format());
            terminal.println(result.failure());
            terminal.println("(the last good preview stays; save again to rebuild)");
            listener.accept(new BuildEvent(format, generation, false, millis));
            return false;
        }
        try {
            Files.createDirectories(stage);
            Path folder = work.resolve(format + "-" + generation);
            Files.move(stage, folder, StandardCopyOption.ATOMIC_MOVE);
            List<String> files = new ArrayList<>();
            for (Path p : result.written()) files.add(stage.toAbsolutePath().relativize(p.toAbsolutePath()).toString().replace('\\', '/'));
            Built built = new Built(format, generation, folder, List.copyOf(files), result.diagnostics(), millis);
            Snapshot before = served.get();
            served.updateAndGet(s -> s.with(built));
            if (before.round() < generation || before.failure() != null) {
                for (Diagnostic d : result.diagnostics()) terminal.println(d.format());
            }
            terminal.println("rebuilt " + format + " in " + millis + " ms");
            retire(format, folder);
        } catch (IOException e) {
            terminal.println(input + ": error: could not keep the " + format + " build (" + e.getMessage() + ")");
            return false;
        }
        listener.accept(new BuildEvent(format, generation, true, millis));
        return true;
    }

    private Inkstone.Result publish(Inkstone inkstone, Path stage) {
        try {
            deleteTree(stage);
            return inkstone.publish(input);
        } catch (IOException | RuntimeException e) {
            return new Inkstone.Result(input, List.of(), List.of(), input + ": error: " + e);
        }
    }

    /** Keeps the newest folders of a format for requests under way, deleting older ones. */
    private void retire(String format, Path newest) throws IOException {
        List<Path> folders = oldFolders.computeIfAbsent(format, f -> new ArrayList<>());
        folders.add(newest);
        while (folders.size() > KEPT_PER_FORMAT) deleteTree(folders.remove(0));
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
