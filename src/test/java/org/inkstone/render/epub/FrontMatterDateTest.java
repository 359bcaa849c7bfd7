package org.inkstone.render.epub;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.publish.Inkstone;
import org.inkstone.options.RequestedOptions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A front-matter date that is not a real date is warned at its line and left out of every output. */
class FrontMatterDateTest {
    @TempDir Path dir;

    private Inkstone.Result build(String date) {
        return build(date, List.of("html", "wechat", "epub", "pdf"));
    }

    private Inkstone.Result build(String date, List<String> formats) {
        Path md = EpubBuilds.write(dir, "dated.md", "---\ntitle: 日期测试\ndate: " + date + "\n---\n# 第一章\n\n正文一句。\n");
        Inkstone p = Inkstone.builder().formats(formats).output(dir.resolve("out")).home(Path.of("")).clock(EpubBuilds.CLOCK).assets(AssetPolicy.defaults().withOffline(true)).build();
        Inkstone.Result r = p.publish(md);
        assertNull(r.failure(), r.failure());
        return r;
    }

    @Test
    void anImpossibleDateIsWarnedOnceAndLeftOutOfEveryOutput() throws Exception {
        Inkstone.Result r = build("2025-13-45");
        List<String> messages = r.diagnostics().stream().map(Diagnostic::format).toList();
        assertEquals(List.of(dir.resolve("dated.md") + ":3: warning: front matter date '2025-13-45' is not a real date;"
                + " write it like 2026-11-28 (or 2026-11, 2026, or an ISO date-time); it is left out of every output"), messages);

        Path epub = dir.resolve("out/dated.epub");
        EpubCheckResult check = EpubCheckResult.check(epub);
        assertTrue(check.clean(), check.summary());
        assertNull(EpubFile.read(epub).opf().selectFirst("metadata > *|date"));

        String html = Files.readString(dir.resolve("out/dated.html"));
        assertNull(Jsoup.parse(html).selectFirst(".date"), "no date in the web page's title block");
        assertFalse(html.contains("2025-13-45"));
        assertFalse(Files.readString(dir.resolve("out/dated.wechat.html")).contains("2025-13-45"));
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/dated.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("正文一句"), text);
            assertFalse(text.contains("2025-13-45"), text);
        }
    }

    @Test
    void realDatesInEveryAcceptedFormPass() {
        for (String date : List.of("2026", "2026-03", "2024-02-29", "2026-03-08T09:30:00+08:00", "2026-03-08T09:30Z",
                "2026年3月8日", "2026/3/8")) {
            Inkstone.Result r = build(date, List.of("html", "epub"));
            assertEquals(List.of(), r.diagnostics(), date);
            assertTrue(Jsoup.parse(readUnchecked(dir.resolve("out/dated.html"))).selectFirst(".date") != null, date);
        }
    }

    @Test
    void impossibleCalendarDatesAreRefused() {
        for (String date : List.of("2025-02-29", "2026-04-31", "2026-00-10", "2026年13月1日", "2026-03-08T25:00Z", "上个月")) {
            Inkstone.Result r = build(date, List.of("html", "epub"));
            assertEquals(1, r.diagnostics().size(), date + ": " + r.diagnostics());
            assertEquals(3, r.diagnostics().get(0).line(), date);
        }
    }

    private static String readUnchecked(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
