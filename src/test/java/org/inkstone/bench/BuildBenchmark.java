package org.inkstone.bench;

import org.inkstone.publish.Inkstone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Warm, in-process timings of a whole build (read, transform, render, write the files) of one
 * file to the given formats: {@code bench/build.sh FILE.md wechat [ROUNDS]}. Prints p25 / median /
 * p75 of the measured rounds. A benchmark, not a test: it asserts nothing but success.
 */
public final class BuildBenchmark {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/article.md");
        List<String> formats = List.of((args.length > 1 ? args[1] : "wechat").split(","));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int warmup = Math.max(10, rounds / 2);
        Path out = Files.createTempDirectory("inkstone-bench");
        Inkstone publisher = Inkstone.builder().formats(formats).output(out).home(Path.of("")).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
        long[] times = new long[rounds];
        for (int i = -warmup; i < rounds; i++) {
            long t0 = System.nanoTime();
            Inkstone.Result r = publisher.publish(file);
            long t1 = System.nanoTime();
            if (!r.succeeded()) throw new IllegalStateException(r.failure());
            if (i >= 0) times[i] = t1 - t0;
        }
        Arrays.sort(times);
        System.out.printf("%s → %s: %d warm-up + %d measured builds, ms p25 / median / p75: %.2f / %.2f / %.2f%n",
                file, String.join(",", formats), warmup, rounds,
                times[rounds / 4] / 1e6, times[rounds / 2] / 1e6, times[rounds * 3 / 4] / 1e6);
    }
}
