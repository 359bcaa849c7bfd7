package org.inkstone.bench;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.math.MathRenderer;
import org.inkstone.math.MathSvg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Cost of rendering math to SVG: the first formula (class loading, jlatexmath's font and table
 * loading), the first pass over 20 typical formulas, and warm renderings without the cache (a new
 * renderer per round). A benchmark, not a test: it asserts nothing but success.
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
 * java -cp target/classes:target/test-classes:$(cat target/bench.classpath) org.inkstone.bench.MathBenchmark [ROUNDS]
 * </pre>
 */
public final class MathBenchmark {
    /** Typical article math: inline and display, fractions, sums, matrices, cases, Chinese text. */
    public static final List<String> FORMULAS = List.of(
            "E = mc^2",
            "\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}",
            "\\int_0^1 x^2 \\, dx = \\frac{1}{3}",
            "\\mathbf{A}\\mathbf{x} = \\mathbf{b}",
            "a^2 + b^2 = c^2",
            "x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}",
            "\\lim_{x \\to 0} \\frac{\\sin x}{x} = 1",
            "e^{i\\pi} + 1 = 0",
            "f(x) = \\begin{cases} x^2 & x \\ge 0 \\\\ -x & x < 0 \\end{cases}",
            "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix} \\begin{pmatrix} x \\\\ y \\end{pmatrix}",
            "O(n \\log n)",
            "P(A \\mid B) = \\frac{P(B \\mid A) P(A)}{P(B)}",
            "\\nabla \\cdot \\mathbf{E} = \\frac{\\rho}{\\varepsilon_0}",
            "\\sum_{n=1}^{\\infty} \\frac{1}{n^2} = \\frac{\\pi^2}{6}",
            "\\text{面积} = \\pi r^2",
            "\\mathbb{E}[X] = \\sum_{x} x \\, p(x)",
            "\\sigma = \\sqrt{\\frac{1}{N} \\sum_{i=1}^{N} (x_i - \\mu)^2}",
            "\\forall \\varepsilon > 0, \\exists \\delta > 0",
            "\\hat{y} = \\arg\\max_{y} P(y \\mid x)",
            "\\left\\| \\mathbf{v} \\right\\|_2 = \\sqrt{v_1^2 + v_2^2}");

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        byte[] font = Files.readAllBytes(Path.of("fonts/LXGWWenKai-Regular.ttf"));
        Diagnostics diagnostics = new Diagnostics("bench.md");

        long t0 = System.nanoTime();
        MathRenderer first = new MathRenderer(16, 677, font);
        first.render(FORMULAS.get(0), false, 1, diagnostics);
        long t1 = System.nanoTime();
        long bytes = 0;
        for (int i = 1; i < FORMULAS.size(); i++) first.render(FORMULAS.get(i), i % 2 == 0, 1, diagnostics);
        long t2 = System.nanoTime();
        System.out.printf("cold: first formula %.1f ms (class and font loading), the other 19 %.1f ms%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6);

        for (int i = 0; i < 20; i++) pass(font, diagnostics); // warm-up
        long[] perPass = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long s = System.nanoTime();
            bytes = pass(font, diagnostics);
            perPass[r] = System.nanoTime() - s;
        }
        Arrays.sort(perPass);
        double median = perPass[rounds / 2] / 1e6;
        System.out.printf("warm: 20 formulas (inline and display, no cache) per pass, ms p25 / median / p75: %.2f / %.2f / %.2f;"
                        + " %.3f ms per formula; %d bytes of SVG per pass (%d per formula)%n",
                perPass[rounds / 4] / 1e6, median, perPass[rounds * 3 / 4] / 1e6, median / FORMULAS.size() / 2,
                bytes, bytes / FORMULAS.size() / 2);

        MathRenderer cached = new MathRenderer(16, 677, font);
        for (String tex : FORMULAS) cached.render(tex, true, 1, diagnostics);
        long s = System.nanoTime();
        int hits = 0;
        for (int r = 0; r < 1000; r++) for (String tex : FORMULAS) if (cached.render(tex, true, 1, diagnostics) != null) hits++;
        System.out.printf("cached: %.2f µs per repeated formula (%d look-ups)%n", (System.nanoTime() - s) / 1e3 / hits, hits);
        if (!diagnostics.all().isEmpty()) throw new IllegalStateException(diagnostics.all().toString());
    }

    /** Every formula inline and display with a fresh renderer (so nothing is cached); the SVG bytes made. */
    private static long pass(byte[] font, Diagnostics diagnostics) {
        MathRenderer renderer = new MathRenderer(16, 677, font);
        long bytes = 0;
        for (String tex : FORMULAS) {
            for (boolean display : new boolean[] {false, true}) {
                MathSvg svg = renderer.render(tex, display, 1, diagnostics);
                bytes += svg.svg().length();
            }
        }
        return bytes;
    }
}
