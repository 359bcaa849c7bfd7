package org.inkstone.publish;

import org.inkstone.TestDocs;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outputs of one build render on threads of their own, and a batch of inputs builds on several threads:
 * neither may change a byte of any file or the order of any message.
 */
class ConcurrentBuildsTest {
    private static final List<String> ALL = List.of("html", "wechat", "epub", "pdf");
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir Path dir;

    private static Inkstone.Builder builder(List<String> formats, Path out) {
        return Inkstone.builder().formats(formats).output(out).home(Path.of("")).clock(FIXED)
                .assets(AssetPolicy.defaults().withOffline(true));
    }

    /** Every file under a folder, by its path there, with its bytes. */
    private static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> all = new TreeMap<>();
        if (!Files.isDirectory(folder)) return all;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) all.put(folder.relativize(p).toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /**
     * What the outputs would have said one after another: each format's warnings in the order of the formats,
     * identical ones once, ordered as {@link org.inkstone.diagnostic.Diagnostics#all()} orders them.
     */
    private static List<Diagnostic> oneAfterAnother(String file, List<List<Diagnostic>> perFormat) {
        Set<Diagnostic> seen = new LinkedHashSet<>();
        perFormat.forEach(seen::addAll);
        List<Diagnostic> list = new ArrayList<>(seen);
        list.sort(Comparator.<Diagnostic>comparingInt(d -> d.file().equals(file) ? 0 : 1)
                .thenComparing(d -> d.file().equals(file) ? "" : d.file())
                .thenComparingInt(Diagnostic::line));
        return list;
    }

    private void assertSameAsOneFormatAtATime(Path input, String shown) {
        Inkstone.Result together = builder(ALL, dir.resolve("all")).build().publish(input);
        assertTrue(together.succeeded(), String.valueOf(together.failure()));
        Map<String, byte[]> all = files(dir.resolve("all"));
        Set<String> expectedNames = new java.util.TreeSet<>();
        List<List<Diagnostic>> said = new ArrayList<>();
        for (String format : ALL) {
            Path out = dir.resolve("only-" + format);
            Inkstone.Result alone = builder(List.of(format), out).build().publish(input); // one output: the calling thread
            assertTrue(alone.succeeded(), format + ": " + alone.failure());
            said.add(alone.diagnostics());
            files(out).forEach((name, bytes) -> {
                expectedNames.add(name);
                assertArrayEquals(bytes, all.get(name), name + " differs between " + format + " alone and all four outputs at once");
            });
        }
        assertEquals(expectedNames, all.keySet(), "the same files");
        assertFalse(together.diagnostics().isEmpty(), "the input has warnings to order");
        assertEquals(oneAfterAnother(shown, said), together.diagnostics());
    }

    @Test
    void anArticlesOutputsRenderedAtOnceAreTheFilesAndWarningsOfEachOutputAlone() {
        assertSameAsOneFormatAtATime(TestDocs.FEATURES, TestDocs.FEATURES.toString());
    }

    @Test
    void aBooksOutputsRenderedAtOnceAreTheFilesAndWarningsOfEachOutputAlone() throws IOException {
        Path book = dir.resolve("book");
        TestDocs.copyFolder(Path.of("examples/book"), book);
        Files.writeString(book.resolve("preface.md"), "\n\n![缺失的图](images/none.png)\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertSameAsOneFormatAtATime(book, book.toString());
    }

    @Test
    void aBatchOnTwoThreadsGivesTheResultsAndFilesOfOneBuildAfterAnother() throws IOException {
        Path first = Files.createDirectories(dir.resolve("a")).resolve("same.md");
        Files.writeString(first, "# 甲\n\n第一篇。\n\n![缺失](images/gone.png)\n", StandardCharsets.UTF_8);
        Path second = Files.createDirectories(dir.resolve("b")).resolve("same.md"); // the same output names as the first
        Files.writeString(second, "# 乙\n\n第二篇，后写的赢。\n", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.md");
        Path folder = Files.createDirectories(dir.resolve("not-a-book"));
        List<Path> inputs = List.of(TestDocs.FEATURES, first, missing, Path.of("examples/article.md"), folder, second);

        List<Inkstone.Result> batch = new ArrayList<>();
        Inkstone two = builder(List.of("html", "pdf"), dir.resolve("batch")).build();
        two.publishAll(inputs, 2, batch::add);
        List<Inkstone.Result> serial = new ArrayList<>();
        Inkstone one = builder(List.of("html", "pdf"), dir.resolve("serial")).build();
        for (Path input : inputs) serial.add(one.publish(input));

        assertEquals(inputs, batch.stream().map(Inkstone.Result::input).toList(), "results in the order of the inputs");
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(serial.get(i).diagnostics(), batch.get(i).diagnostics(), "warnings of " + inputs.get(i));
            assertEquals(serial.get(i).failure(), batch.get(i).failure(), "failure of " + inputs.get(i));
        }
        assertTrue(batch.get(2).failure().startsWith(missing + ": error: no such file"), batch.get(2).failure());
        assertTrue(batch.get(4).failure().startsWith(folder + ": error:"), batch.get(4).failure());
        assertEquals(4, batch.stream().filter(Inkstone.Result::succeeded).count(), "the failed inputs stop no other");
        assertEquals(one.caches().fonts().faces().parses(), two.caches().fonts().faces().parses(),
                "the two threads' PDFs share the parsed faces: each parsed once, as one build after another");

        Map<String, byte[]> built = files(dir.resolve("batch"));
        Map<String, byte[]> expected = files(dir.resolve("serial"));
        assertEquals(expected.keySet(), built.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, built.get(name), name));
        assertTrue(new String(built.get("same.html"), StandardCharsets.UTF_8).contains("后写的赢"),
                "two inputs writing one file leave the later input's");
    }

}
