package org.inkstone.render.pdf;

import org.inkstone.options.PageSize;
import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.options.AutoSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF as a file: reproducible bytes, atomic replacement, PDF/A and PDF/UA conformance, remote images. */
class PdfOutputTest {
    @TempDir Path dir;

    @Test
    void sameInputTwiceGivesIdenticalBytes() {
        for (var options : List.of(PdfBuilds.a4(), PdfBuilds.options("B5", AutoSwitch.ON, true, true))) {
            PdfBuilds.Built first = PdfBuilds.build(PdfBuilds.FEATURES, dir.resolve("one"), options);
            PdfBuilds.Built second = PdfBuilds.build(PdfBuilds.FEATURES, dir.resolve("two"), options);
            assertNotNull(first.pdf(), first.failure());
            assertArrayEquals(first.pdf(), second.pdf(), "byte-identical with " + options);
            try (PdfReading pdf = new PdfReading(first.pdf(), PageSetup.of(PageSize.A4))) {
                assertEquals(PdfBuilds.WHEN.toEpochMilli(), pdf.doc.getDocumentInformation().getCreationDate().getTimeInMillis(),
                        "creation date from the clock");
            }
        }
    }

    /** PDFBox would look through the machine's font folders (and write a cache in the home folder) for the standard fonts. */
    @Test
    void noSystemFontIsLookedFor() {
        PdfBuilds.Built built = PdfBuilds.markdown(dir, "plain", "正文 Latin text。\n", PdfBuilds.a4());
        assertNotNull(built.pdf(), built.failure());
        assertEquals(NoSystemFonts.class, org.apache.pdfbox.pdmodel.font.FontMappers.instance().getClass());
    }

    @Test
    void aFailedBuildLeavesTheEarlierPdfUntouched() throws IOException {
        Path md = dir.resolve("doc.md");
        Files.writeString(md, "---\ntitle: 第一版\n---\n正文。\n");
        Path out = dir.resolve("out");
        PdfBuilds.Built ok = PdfBuilds.build(md, out, PdfBuilds.a4());
        assertNotNull(ok.pdf(), ok.failure());
        byte[] before = Files.readAllBytes(out.resolve("doc.pdf"));

        Path theme = dir.resolve("bad-theme");
        Files.createDirectories(theme);
        Files.copy(Path.of("themes/default/base.css"), theme.resolve("base.css"));
        Files.writeString(theme.resolve("theme.properties"), "fonts=Broken|400|Broken.otf\n");
        Files.write(theme.resolve("Broken.otf"), "OTTO\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(md, "---\ntitle: 第二版\n---\n正文改了。\n");
        PdfBuilds.Built failed = PdfBuilds.build(md, out, PdfBuilds.a4(), theme.toString(), PdfBuilds.offline());
        assertNull(failed.pdf());
        assertNotNull(failed.failure());

        assertArrayEquals(before, Files.readAllBytes(out.resolve("doc.pdf")), "the earlier PDF is still there, whole");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("doc.pdf"), files.map(p -> p.getFileName().toString()).toList(), "no temporary files left");
        }
    }

    @Test
    void pdfAOutputPassesVeraPdf() {
        PdfBuilds.Built built = PdfBuilds.build(PdfBuilds.EXAMPLE, dir, PdfBuilds.options("A4", AutoSwitch.AUTO, false, true));
        assertNotNull(built.pdf(), built.failure());
        VeraPdf.assertCompliant(built.pdf(), "2u");
        PdfBuilds.Built features = PdfBuilds.build(PdfBuilds.FEATURES, dir, PdfBuilds.options("A5", AutoSwitch.AUTO, false, true));
        VeraPdf.assertCompliant(features.pdf(), "2u");
    }

    @Test
    void pdfUaOutputPassesVeraPdf() {
        PdfBuilds.Built built = PdfBuilds.build(PdfBuilds.EXAMPLE, dir, PdfBuilds.options("A4", AutoSwitch.AUTO, true, true));
        assertNotNull(built.pdf(), built.failure());
        VeraPdf.assertCompliant(built.pdf(), "ua1");
        VeraPdf.assertCompliant(built.pdf(), "2u");
        assertEquals(4, built.warningsContaining("has no alt text, which tagged PDF (--pdf-ua) needs"),
                "one warning per image without alt text: " + built.warnings());
        try (PdfReading pdf = new PdfReading(built.pdf(), PageSetup.of(PageSize.A4))) {
            assertTrue(pdf.doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            String text = PdfReading.squash(String.join("", pdf.bodyTexts()));
            assertTrue(text.endsWith("全部的意义。1.版心：古籍书页正中折叠处的窄条区域，通常刻有书名、卷次和页码，是版面分析时需要单独识别的区域。"),
                    "notes stay at the end in tagged output: …" + text.substring(text.length() - 200));
        }
    }

    @Test
    void headingsThatSkipALevelAreReportedForPdfUa() {
        PdfBuilds.Built built = PdfBuilds.markdown(dir, "skip", "---\ntitle: 跳级\n---\n## 二级\n\n#### 四级\n\n正文。\n",
                PdfBuilds.options("A4", AutoSwitch.OFF, true, false));
        assertNotNull(built.pdf(), built.failure());
        assertEquals(1, built.warningsContaining("'四级' (level 4) follows '二级' (level 2)"), built.warnings());
    }

    /**
     * Remote images from a server on loopback: one is served, one is a 404, one stalls and one is
     * over the size cap; one more is served to an {@code <img>} written as raw HTML. The build
     * finishes within the timeouts, embeds the two served images, and shows a placeholder with the
     * alt text, and a warning with the line, for each of the others.
     */
    @Test
    void remoteImagesFromALoopbackServer() throws Exception {
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/corpus/images/figure.png"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        server.setExecutor(pool);
        server.createContext("/ok.png", ex -> {
            ex.getResponseHeaders().add("Content-Type", "image/png");
            ex.sendResponseHeaders(200, png.length);
            try (OutputStream o = ex.getResponseBody()) { o.write(png); }
        });
        server.createContext("/raw.png", ex -> {
            ex.getResponseHeaders().add("Content-Type", "image/png");
            ex.sendResponseHeaders(200, png.length);
            try (OutputStream o = ex.getResponseBody()) { o.write(png); }
        });
        server.createContext("/missing.png", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.createContext("/stall.png", ex -> {
            try {
                Thread.sleep(8_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.createContext("/huge.png", ex -> {
            byte[] big = Arrays.copyOf(png, 400_000);
            ex.getResponseHeaders().add("Content-Type", "image/png");
            ex.sendResponseHeaders(200, big.length);
            try (OutputStream o = ex.getResponseBody()) { o.write(big); } catch (IOException ignored) { /* client gave up */ }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path md = dir.resolve("remote.md");
            Files.writeString(md, "---\ntitle: 远程图片\n---\n正文。\n\n![好图](" + base + "/ok.png)\n\n![不存在](" + base
                    + "/missing.png)\n\n![卡住](" + base + "/stall.png)\n\n![太大](" + base + "/huge.png)\n\n<img src=\"" + base
                    + "/raw.png\" alt=\"原始 HTML 里的远程图\">\n\n结尾。\n");
            AssetPolicy policy = new AssetPolicy(false, Duration.ofSeconds(2), Duration.ofSeconds(2), 200_000, dir.resolve("cache"));
            long start = System.nanoTime();
            PdfBuilds.Built built = PdfBuilds.build(md, dir.resolve("out"), PdfBuilds.a4(), "default", policy);
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertNotNull(built.pdf(), built.failure());
            assertTrue(seconds < 7, "the stalled image is cut off by the timeout, not waited for: " + seconds + " s");
            assertEquals(3, built.diagnostics().stream().filter(d -> d.line() >= 8 && d.line() <= 12).count(), built.warnings());
            try (PdfReading pdf = new PdfReading(built.pdf(), PageSetup.of(PageSize.A4))) {
                String text = PdfReading.squash(String.join("", pdf.bodyTexts()));
                for (String alt : List.of("不存在", "卡住", "太大")) assertTrue(text.contains("图片无法显示：" + alt), text);
                assertFalse(text.contains("图片无法显示：好图") || text.contains("图片无法显示：原始"), text);
                assertTrue(text.contains("结尾。"), "the PDF completes");
                assertEquals(2, images(pdf), "the served images are embedded, the raw HTML one too");
            }
        } finally {
            server.stop(0);
            pool.shutdownNow();
        }
    }

    private static int images(PdfReading pdf) throws IOException {
        int n = 0;
        for (PDPage page : pdf.doc.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getXObjectNames()) if (res.getXObject(name) instanceof PDImageXObject) n++;
        }
        return n;
    }
}
