package org.inkstone.bench;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.serve.BuildEvent;
import org.inkstone.serve.PreviewServer;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: the live preview's speed and endurance on loopback.
 * <ol>
 *   <li>latency: the seed article (examples/article.md) saved 20 times with all four formats, time from the
 *       write to the wechat and pdf build events (the events the pages reload on);</li>
 *   <li>a one-chapter edit in a 30-chapter book, time to the epub event;</li>
 *   <li>soak: SAVES saves in a row (WeChat only), each waiting for its event: missed reloads and heap after GC.</li>
 * </ol>
 * {@code java -cp target/classes:target/test-classes:CP org.inkstone.bench.ServeBenchmark [SAVES]}
 */
public final class ServeBenchmark {
    private ServeBenchmark() {}

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path work = Files.createTempDirectory("inkstone-serve-bench");
        copyTree(Path.of("examples"), work.resolve("examples"));
        latency(work.resolve("examples/article.md"));
        book(work.resolve("book30"));
        soak(work.resolve("examples/article.md"), saves);
    }

    private static PreviewServer start(Path input, List<String> formats, BlockingQueue<BuildEvent> events) throws Exception {
        return PreviewServer.start(PreviewServer.Settings.of(input, 0, b -> b, new PrintStream(OutputStream.nullOutputStream()))
                .withFormats(formats).withAssets(AssetPolicy.defaults().withOffline(true)).withListener(events::add));
    }

    private static BuildEvent await(BlockingQueue<BuildEvent> events, String format, long generationAbove) throws InterruptedException {
        while (true) {
            BuildEvent e = events.poll(120, TimeUnit.SECONDS);
            if (e == null) return null;
            if (e.generation() > generationAbove && (e.format().equals(format) || !e.ok())) return e;
        }
    }

    private static void latency(Path article) throws Exception {
        BlockingQueue<BuildEvent> events = new LinkedBlockingQueue<>();
        String original = Files.readString(article);
        try (PreviewServer server = start(article, PreviewServer.BUILD_ORDER, events)) {
            long gen = await(events, "pdf", 0).generation();
            List<Long> wechat = new ArrayList<>();
            List<Long> pdf = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long t0 = System.nanoTime();
                Files.writeString(article, original + "\n\n第 " + i + " 次保存。\n");
                BuildEvent w = await(events, "wechat", gen);
                wechat.add((System.nanoTime() - t0) / 1_000_000);
                BuildEvent p = await(events, "pdf", gen);
                pdf.add((System.nanoTime() - t0) / 1_000_000);
                gen = p.generation();
                if (!w.ok() || !p.ok()) throw new IllegalStateException("build failed");
            }
            System.out.println("seed article, save -> event (ms), 20 warm saves, formats built in order wechat, html, epub, pdf:");
            System.out.println("  wechat: " + summary(wechat));
            System.out.println("  pdf:    " + summary(pdf) + " (after wechat, html and epub of the same round)");
            // the workspace on its PDF tab: the PDF is rebuilt first
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(server.url().resolve("/viewing?format=pdf")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            List<Long> viewed = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long t0 = System.nanoTime();
                Files.writeString(article, original + "\n\n第 " + i + " 次保存，看着 PDF。\n");
                BuildEvent p = await(events, "pdf", gen);
                viewed.add((System.nanoTime() - t0) / 1_000_000);
                gen = p.generation();
                if (!p.ok()) throw new IllegalStateException("build failed");
            }
            System.out.println("  pdf while the PDF tab is shown (built first): " + summary(viewed));
        }
    }

    private static void book(Path folder) throws Exception {
        Files.createDirectories(folder.resolve("chapters"));
        StringBuilder summary = new StringBuilder("# Summary\n\n");
        for (int i = 1; i <= 30; i++) {
            String name = String.format("chapters/ch%02d.md", i);
            StringBuilder text = new StringBuilder("# 第 " + i + " 章\n\n");
            for (int p = 0; p < 20; p++) text.append("这是第 ").append(i).append(" 章的第 ").append(p).append(" 段，中文与 English 混排的正文，用来测量重建的时间。\n\n");
            Files.writeString(folder.resolve(name), text);
            summary.append("- [第 ").append(i).append(" 章](").append(name).append(")\n");
        }
        Files.writeString(folder.resolve("SUMMARY.md"), summary);
        Files.writeString(folder.resolve("book.yaml"), "title: 三十章\nauthor: 测试\nlanguage: zh-Hans\n");
        BlockingQueue<BuildEvent> events = new LinkedBlockingQueue<>();
        try (PreviewServer server = start(folder, List.of("epub"), events)) {
            long gen = await(events, "epub", 0).generation();
            List<Long> epub = new ArrayList<>();
            Path ch = folder.resolve("chapters/ch15.md");
            String original = Files.readString(ch);
            for (int i = 0; i < 10; i++) {
                long t0 = System.nanoTime();
                Files.writeString(ch, original + "\n编辑 " + i + "。\n");
                BuildEvent e = await(events, "epub", gen);
                epub.add((System.nanoTime() - t0) / 1_000_000);
                gen = e.generation();
                if (!e.ok()) throw new IllegalStateException("book build failed");
            }
            System.out.println("30-chapter book, one chapter edited, save -> epub event (ms), 10 saves: " + summary(epub));
        }
    }

    private static void soak(Path article, int saves) throws Exception {
        BlockingQueue<BuildEvent> events = new LinkedBlockingQueue<>();
        String original = Files.readString(article);
        try (PreviewServer server = start(article, List.of("wechat"), events)) {
            long gen = await(events, "wechat", 0).generation();
            int missed = 0;
            long before = heapAfterGc();
            long start = System.nanoTime();
            List<Long> heap = new ArrayList<>();
            for (int i = 0; i < saves; i++) {
                Files.writeString(article, original + "\n\n第 " + i + " 次保存。\n");
                BuildEvent e = await(events, "wechat", gen);
                if (e == null || !e.ok()) {
                    missed++;
                    continue;
                }
                gen = e.generation();
                if ((i + 1) % 100 == 0) heap.add(heapAfterGc() / (1024 * 1024));
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            System.out.println("soak: " + saves + " saves in " + seconds + " s on loopback, missed reloads: " + missed
                    + ", heap after GC: " + before / (1024 * 1024) + " MB before, every 100 saves " + heap + " MB");
        }
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return "median " + sorted.get(sorted.size() / 2) + ", min " + sorted.get(0) + ", max " + sorted.get(sorted.size() - 1);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
