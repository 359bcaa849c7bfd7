package org.inkstone.bench;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Document;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.render.xhtml.ImageResolver;
import org.inkstone.render.xhtml.XhtmlWriter;
import org.inkstone.transform.Transforms;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Warm, in-process timings of the reader and the XHTML writer on one file: runs the pipeline
 * repeatedly in one JVM and prints the median and quartiles of the last rounds.
 * Run with {@code bench/reader.sh FILE.md}. A benchmark, not a test: it asserts nothing.
 */
public final class ReaderBenchmark {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/article.md");
        int warmup = 200, rounds = 300;
        String source = Files.readString(file, StandardCharsets.UTF_8);
        MarkdownReader reader = new MarkdownReader();
        long[] parse = new long[rounds], transform = new long[rounds], write = new long[rounds];
        for (int i = -warmup; i < rounds; i++) {
            Diagnostics d = new Diagnostics(file.toString());
            long t0 = System.nanoTime();
            Document doc = reader.read(source, "bench", d);
            long t1 = System.nanoTime();
            doc = Transforms.run(doc, Transforms.standard(false));
            long t2 = System.nanoTime();
            String out = XhtmlWriter.serialize(XhtmlWriter.page(doc.metadata(), "",
                    new XhtmlWriter(ImageResolver.AS_WRITTEN, d).article(doc)));
            long t3 = System.nanoTime();
            if (out.isEmpty()) throw new IllegalStateException();
            if (i >= 0) {
                parse[i] = t1 - t0;
                transform[i] = t2 - t1;
                write[i] = t3 - t2;
            }
        }
        System.out.printf("%s (%d bytes), %d warm-up + %d measured rounds, milliseconds (p25 / median / p75):%n",
                file, source.getBytes(StandardCharsets.UTF_8).length, warmup, rounds);
        report("parse", parse);
        report("transforms", transform);
        report("xhtml write", write);
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("  %-12s %7.3f / %7.3f / %7.3f%n", what, s[s.length / 4] / 1e6, s[s.length / 2] / 1e6, s[s.length * 3 / 4] / 1e6);
    }
}
