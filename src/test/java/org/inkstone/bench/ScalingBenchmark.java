package org.inkstone.bench;

import org.inkstone.publish.Inkstone;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Does doubling the input at most double the time? Builds each hostile shape at 1×, 2× and 4× its
 * base size through {@link Publisher}, in one warm JVM, to the outputs where it used to be slow,
 * and prints the times and the ratios: {@code bench/scaling.sh [SHAPE…]}. A shape that stops with
 * its documented limit prints the first line of the error instead. A benchmark, not a test: it
 * fails (exit status 1) only when a ratio is above {@value #MAX_RATIO}.
 */
public final class ScalingBenchmark {
    private static final double MAX_RATIO = 2.6;

    record Shape(String name, int base, String formats, IntFunction<String> source) {}

    /** Nesting up to the limit (200 levels), then far past it, where the build must stop at once with the limit named. */
    static final List<Shape> SHAPES = List.of(
            new Shape("inline-math", 5_000, "wechat", n -> "公式 " + "$a$ ".repeat(n) + "\n"),
            new Shape("quote-list", 25, "html,wechat,epub,pdf", n -> "> - ".repeat(n) + "最深处\n"),
            new Shape("quote-list-over", 625, "html,wechat,epub,pdf", n -> "> - ".repeat(n) + "最深处\n"),
            new Shape("deep-quote", 50, "html,wechat,epub,pdf", n -> ">".repeat(n) + " 最深处\n"),
            new Shape("deep-quote-over", 12_500, "html,wechat,epub,pdf", n -> ">".repeat(n) + " 最深处\n"),
            new Shape("deep-emphasis", 50, "html,wechat,epub,pdf", n -> "*".repeat(n) + "文字" + "*".repeat(n) + "\n"),
            new Shape("deep-emph-over", 12_500, "html,wechat,epub,pdf", n -> "*".repeat(n) + "文字" + "*".repeat(n) + "\n"),
            new Shape("nested-strong", 12_500, "html,wechat,epub,pdf", n -> "**a ".repeat(n) + "文字\n"),
            new Shape("nested-em-html", 12_500, "html,wechat,epub", n -> "<em>".repeat(n) + "文字" + "</em>".repeat(n) + "\n"),
            new Shape("footnotes", 25_000, "html,wechat,epub", ScalingBenchmark::footnotes),
            new Shape("long-paragraph", 400_000, "html,wechat,epub,pdf", ScalingBenchmark::paragraph),
            new Shape("wide-table", 2_500, "html,wechat,epub,pdf", ScalingBenchmark::table));

    static String footnotes(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append("正文第").append(i).append("句[^").append(i).append("]。\n");
        sb.append('\n');
        for (int i = 1; i <= n; i++) sb.append("[^").append(i).append("]: 注释").append(i).append("。\n");
        return sb.toString();
    }

    /** One paragraph of about {@code chars} characters: Chinese sentences, some soft line breaks, no blank line. */
    static String paragraph(int chars) {
        String sentence = "这是一段很长很长的正文，用来测试排版在大段落上的表现。";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < chars; i++) sb.append(sentence).append(i % 10 == 9 ? "\n" : "");
        return sb.append('\n').toString();
    }

    static String table(int columns) {
        StringBuilder sb = new StringBuilder("|");
        for (int c = 0; c < columns; c++) sb.append(" 列").append(c).append(" |");
        sb.append("\n|");
        sb.append(" --- |".repeat(columns)).append("\n|");
        for (int c = 0; c < columns; c++) sb.append(" 值").append(c).append(" |");
        return sb.append('\n').toString();
    }

    public static void main(String[] args) throws Exception {
        List<String> only = List.of(args);
        Path dir = Files.createTempDirectory("inkstone-scaling");
        boolean ok = true;
        System.out.printf("%-16s %-22s %10s %10s %10s %7s %7s%n", "shape", "outputs", "1× s", "2× s", "4× s", "2×/1×", "4×/2×");
        for (Shape s : SHAPES) {
            if (!only.isEmpty() && !only.contains(s.name())) continue;
            Inkstone publisher = Inkstone.builder().formats(List.of(s.formats().split(","))).output(dir.resolve("out")).home(Path.of("")).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
            Path md = dir.resolve(s.name() + ".md");
            Files.writeString(md, s.source().apply(Math.max(1, s.base() / 8)), StandardCharsets.UTF_8);
            publisher.publish(md); // warm-up at an eighth of the size
            List<Double> secs = new ArrayList<>();
            String limit = null;
            for (int k : new int[] {1, 2, 4}) {
                Files.writeString(md, s.source().apply(s.base() * k), StandardCharsets.UTF_8);
                long t0 = System.nanoTime();
                Inkstone.Result r = publisher.publish(md);
                secs.add((System.nanoTime() - t0) / 1e9);
                if (!r.succeeded()) limit = r.failure().lines().findFirst().orElse("");
            }
            double r1 = secs.get(1) / secs.get(0), r2 = secs.get(2) / secs.get(1);
            boolean fine = r2 <= MAX_RATIO || secs.get(2) < 0.5;
            ok &= fine;
            System.out.printf("%-16s %-22s %10.2f %10.2f %10.2f %7.2f %7.2f %s%n", s.name(), s.formats(),
                    secs.get(0), secs.get(1), secs.get(2), r1, r2, fine ? "" : "SUPER-LINEAR");
            if (limit != null) System.out.println("    stops with: " + limit.replace(dir + "/", ""));
        }
        if (!ok) System.exit(1);
    }
}
