package org.inkstone.render.wechat;

import org.inkstone.TestDocs;
import org.inkstone.cli.Main;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.publish.Inkstone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An {@code <img>} written as raw HTML reaches the WeChat fragment as a Markdown image does: a local
 * one embedded as a data URI (or pointed under {@code --image-base}), a remote one as written, one
 * that cannot be had as a placeholder with a warning naming its line.
 */
class WechatRawImagesTest {
    @TempDir Path dir;

    private static Element root(Path fragment) throws Exception {
        return Jsoup.parseBodyFragment(Files.readString(fragment)).body().child(0);
    }

    private static Element mixedParagraph(Element root) {
        return root.select("p").stream().filter(p -> p.text().contains("粗体")).findFirst().orElseThrow();
    }

    @Test
    void localRawImagesAreEmbeddedAndBadOnesWarnWithTheirLine() throws Exception {
        Path md = TestDocs.rawHtmlImages(dir);
        Inkstone.Result r = Inkstone.builder().formats(List.of("wechat")).output(dir.resolve("out")).home(Path.of("")).clock(Clock.fixed(Instant.parse("2026-11-28T08:30:00Z"), ZoneOffset.UTC)).build().publish(md);
        assertTrue(r.succeeded(), r.failure());
        String raw = Files.readString(dir.resolve("out/raw.wechat.html"));
        Element root = root(dir.resolve("out/raw.wechat.html"));
        String warnings = r.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));

        String src = root.selectFirst("img[alt=居中的原始图]").attr("src");
        assertTrue(src.startsWith("data:image/png;base64,"), src.substring(0, Math.min(60, src.length())));
        assertArrayEquals(Files.readAllBytes(dir.resolve("images/figure.png")),
                Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), "the file itself");
        assertEquals("https://example.invalid/raw.png", root.selectFirst("img[alt=远程的原始图]").attr("src"));

        for (String alt : List.of("不存在的原始图", "越界的原始图", "缺失的 Markdown 图")) {
            assertTrue(root.text().contains("图片无法显示：" + alt), root.text());
        }
        assertFalse(raw.contains("passwd"));
        assertEquals(List.of(7), lines(r, "'images/missing.png' not found"), warnings);
        assertEquals(List.of(9), lines(r, "'../../../etc/passwd' lies outside the document's folder"), warnings);

        Element mixed = mixedParagraph(root);
        assertEquals(1, mixed.select("img").size(), mixed.outerHtml());
        assertTrue(mixed.selectFirst("img").attr("src").startsWith("data:image/jpeg;base64,"), "embedded once, not re-read");
        assertEquals(List.of(13), lines(r, "'images/gone.png' not found"), warnings);
        assertEquals(1, r.diagnostics().stream().filter(d -> d.message().contains("data URIs")).count(), warnings);
    }

    @Test
    void withAnImageBaseRawImagesPointWhereTheyWereUploaded() throws Exception {
        Path md = TestDocs.rawHtmlImages(dir);
        assertEquals(0, Main.run("build", md.toString(), "--to", "wechat", "--out", dir.resolve("out").toString(),
                "--image-base", "https://cdn.example.com/post/"));
        Element root = root(dir.resolve("out/raw.wechat.html"));
        assertEquals("https://cdn.example.com/post/images/figure.png", root.selectFirst("img[alt=居中的原始图]").attr("src"));
        assertEquals(List.of("https://cdn.example.com/post/images/photo.jpg"), mixedParagraph(root).select("img").eachAttr("src"));
        assertTrue(root.select("img[src^=data:]").isEmpty());
        assertTrue(root.text().contains("图片无法显示：不存在的原始图"), "a missing file is not pointed at the upload folder");
    }

    private static List<Integer> lines(Inkstone.Result r, String text) {
        return r.diagnostics().stream().filter(d -> d.message().contains(text)).map(Diagnostic::line).toList();
    }
}
