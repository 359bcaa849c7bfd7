package org.inkstone.bench;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.highlight.CodeHighlighter;
import org.inkstone.math.MathRenderer;
import org.inkstone.model.Document;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.render.xhtml.ImageResolver;
import org.inkstone.render.xhtml.XhtmlSettings;
import org.inkstone.render.xhtml.XhtmlWriter;
import org.inkstone.transform.Transforms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The cost of highlighting and math on a code-heavy document ({@code bench/code-heavy.md}: 50 code
 * blocks, 20 formulas), in the shared XHTML writer, warm in one JVM: both off; both on with empty
 * caches (what one build pays the first time it meets each block and formula); both on with warm
 * caches (what a second output of the same build pays). Run with
 * {@code bench/code-math.sh [FILE.md]}. A benchmark, not a test.
 */
public final class CodeMathBenchmark {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "bench/code-heavy.md");
        Diagnostics d = new Diagnostics(file.toString());
        Document doc = Transforms.run(new MarkdownReader().read(Files.readString(file), "bench", d), Transforms.standard(false));
        long t0 = System.nanoTime();
        write(doc, true, () -> new MathRenderer(16), new CodeHighlighter());
        System.out.printf("first build in this JVM (class loading, fonts): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        int rounds = 60;
        long[] off = new long[rounds], cold = new long[rounds], warm = new long[rounds];
        MathRenderer shared = new MathRenderer(16);
        CodeHighlighter sharedHighlighter = new CodeHighlighter();
        for (int i = -20; i < rounds; i++) {
            long a = System.nanoTime();
            write(doc, false, null, sharedHighlighter);
            long b = System.nanoTime();
            MathRenderer fresh = new MathRenderer(16);
            write(doc, true, () -> fresh, new CodeHighlighter());
            long c = System.nanoTime();
            write(doc, true, () -> shared, sharedHighlighter);
            long e = System.nanoTime();
            if (i >= 0) {
                off[i] = b - a;
                cold[i] = c - b;
                warm[i] = e - c;
            }
        }
        System.out.printf("%s, ms median (p25–p75) over %d rounds:%n", file, rounds);
        report("highlighting and math off", off);
        report("on, empty caches", cold);
        report("on, warm caches", warm);
    }

    private static void write(Document doc, boolean on, Supplier<MathRenderer> math, CodeHighlighter highlighter) {
        Diagnostics d = new Diagnostics("bench");
        XhtmlWriter w = new XhtmlWriter(ImageResolver.AS_WRITTEN, d, XhtmlSettings.builder().highlighting(on)
                .highlighter(highlighter).math(on ? math : null).build());
        if (XhtmlWriter.serialize(XhtmlWriter.page(doc.metadata(), "", w.article(doc))).isEmpty()) throw new IllegalStateException();
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("  %-28s %7.2f (%.2f–%.2f)%n", what, s[s.length / 2] / 1e6, s[s.length / 4] / 1e6, s[s.length * 3 / 4] / 1e6);
    }
}
