package org.inkstone.render.html;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.publish.Inkstone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web page's images, Markdown and raw HTML alike: linked relative to the page, checked to
 * exist, confined to the document's folder, a placeholder with a warning when they cannot be had.
 */
class HtmlImagesTest {
    @TempDir Path dir;

    @Test
    void rawHtmlImagesAreCheckedAndLinkedLikeMarkdownImages() throws Exception {
        Path md = TestDocs.rawHtmlImages(dir);
        Inkstone.Result r = Inkstone.builder().formats(List.of("html")).output(dir.resolve("out")).home(Path.of("")).clock(Clock.fixed(Instant.parse("2026-11-28T08:30:00Z"), ZoneOffset.UTC)).build().publish(md);
        assertTrue(r.succeeded(), r.failure());
        String html = Files.readString(dir.resolve("out/raw.html"));
        Document page = Jsoup.parse(html, "", Parser.xmlParser());
        String warnings = r.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));

        Element centred = page.selectFirst("img[alt=居中的原始图]");
        assertEquals("../images/figure.png", centred.attr("src"), "relative to the page in out/, not to the Markdown");
        assertEquals("120", centred.attr("width"));
        assertEquals("https://example.invalid/raw.png", page.selectFirst("img[alt=远程的原始图]").attr("src"),
                "a remote image keeps its URL, as in Markdown");

        assertEquals(List.of("图片无法显示：不存在的原始图", "图片无法显示：越界的原始图", "图片无法显示：缺失的 Markdown 图"),
                page.select("span.image-missing").eachText());
        assertOneWarning(r, 7, "'images/missing.png' not found", warnings);
        assertOneWarning(r, 9, "'../../../etc/passwd' lies outside the document's folder", warnings);
        assertTrue(warnings.contains("raw.md:7: warning: image 'images/missing.png' not found"), warnings);
        assertFalse(html.contains("passwd"), "the refused path is not linked");

        Element mixed = page.select("p").stream().filter(p -> p.text().contains("粗体")).findFirst().orElseThrow();
        assertEquals(List.of("../images/photo.jpg"), mixed.select("img").eachAttr("src"), "one image, linked once");
        assertOneWarning(r, 13, "'images/gone.png' not found", warnings);
        assertEquals(3, r.diagnostics().size(), "nothing else, nothing twice: " + warnings);
    }

    private static void assertOneWarning(Inkstone.Result r, int line, String text, String all) {
        assertEquals(1, r.diagnostics().stream().filter(d -> d.message().contains(text)).count(), all);
        assertEquals(line, r.diagnostics().stream().filter(d -> d.message().contains(text)).findFirst().orElseThrow().line(), all);
    }
}
