package org.inkstone.render.wechat.css;

import org.inkstone.diagnostic.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Warm, in-process timings of {@link CssInliner} on a seed-sized article: the features sample
 * (golden XHTML) with its article body doubled (about 500 elements), and the default theme's
 * base.css + wechat.css (about 1,000 lines). A benchmark, not a test: it asserts nothing.
 * Run from the repository root: {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt}
 * then {@code java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt)
 * org.inkstone.render.wechat.css.CssInlinerBenchmark}.
 */
public final class CssInlinerBenchmark {
    public static void main(String[] args) throws Exception {
        String html = Files.readString(Path.of("src/test/resources/golden/features.xhtml"), StandardCharsets.UTF_8);
        String css = Files.readString(Path.of("themes/default/base.css"), StandardCharsets.UTF_8)
                + "\n:root { --accent: #b5452a; --font-size: 16px; }\n"
                + Files.readString(Path.of("themes/default/wechat.css"), StandardCharsets.UTF_8);
        int warmup = 300, rounds = 300;
        long[] fresh = new long[rounds], reused = new long[rounds];
        CssInliner shared = new CssInliner(new Diagnostics("bench.md"));
        int elements = 0;
        for (int i = -warmup; i < rounds; i++) {
            Document a = article(html);
            Document b = article(html);
            elements = a.getAllElements().size();
            long t0 = System.nanoTime();
            new CssInliner(new Diagnostics("bench.md")).inline(a, css); // parses the stylesheet
            long t1 = System.nanoTime();
            shared.inline(b, css); // stylesheet parsed by an earlier call
            long t2 = System.nanoTime();
            if (i >= 0) {
                fresh[i] = t1 - t0;
                reused[i] = t2 - t1;
            }
        }
        System.out.printf("%d elements, %d stylesheet lines, %d warm-up + %d measured rounds, ms (p25 / median / p75):%n",
                elements, css.lines().count(), warmup, rounds);
        report("new inliner (parses CSS)", fresh);
        report("reused inliner", reused);
    }

    /** The sample with its article content doubled. */
    private static Document article(String html) {
        Document doc = Jsoup.parse(html);
        Element article = doc.selectFirst("article.ink-document");
        for (Element child : article.children().clone()) {
            article.appendChild(child);
        }
        return doc;
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("  %-26s %7.3f / %7.3f / %7.3f%n", what,
                s[s.length / 4] / 1e6, s[s.length / 2] / 1e6, s[s.length * 3 / 4] / 1e6);
    }
}
