package org.inkstone.typography;

import org.inkstone.HeadlessChromium;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.options.AutoSwitch;
import org.inkstone.options.RequestedOptions;
import org.inkstone.publish.Inkstone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The browser outputs of the typography checks (web page, EPUB, WeChat) and PDFs in a theme of a given emphasis, built as the command line builds them
 * (offline, default theme, a fixed time), and the pages Chromium opens from them: the web page and the WeChat
 * preview get the repository's LXGW WenKai faces through {@code @font-face} (in a copy beside the original, so
 * no font is installed system-wide), the EPUB's chapters use the faces the EPUB embeds.
 */
final class TypesetPages {
    private static final Instant WHEN = Instant.parse("2026-11-28T08:30:00Z");
    private static final Path FONTS = Path.of("fonts").toAbsolutePath();
    private static final AssetPolicy OFFLINE = new AssetPolicy(true, Duration.ofSeconds(2), Duration.ofSeconds(5),
            AssetPolicy.DEFAULT_MAX_BYTES, null);

    private TypesetPages() {}

    /** The outputs of one document. */
    record Built(Path webPage, Path epubChapter, Path wechatPreview, Path wechatFragment) {}

    /**
     * Builds {@code markdown} to a web page, an EPUB (unzipped beside it) and WeChat, under {@code out}, with
     * Han–Latin spacing as given; fails the test if the build fails.
     */
    static Built build(Path markdown, Path out, AutoSwitch cjkSpacing) {
        RequestedOptions options = RequestedOptions.builder().cjkSpacing(cjkSpacing).build();
        Inkstone publisher = Inkstone.builder().formats(List.of("html", "epub", "wechat")).theme("default").output(out)
                .home(Path.of("").toAbsolutePath()).clock(Clock.fixed(WHEN, ZoneOffset.UTC)).options(options)
                .assets(OFFLINE).build();
        Inkstone.Result result = publisher.publish(markdown);
        if (!result.succeeded()) throw new AssertionError(markdown + " did not build: " + result.failure());
        String name = markdown.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        try {
            Path epub = unzip(out.resolve(stem + ".epub"), out.resolve(stem + "-epub"));
            Path chapter;
            try (Stream<Path> files = Files.list(epub.resolve("EPUB"))) {
                chapter = files.filter(p -> p.getFileName().toString().startsWith("chapter-")).sorted().findFirst()
                        .orElseThrow(() -> new AssertionError(name + "'s EPUB has no chapter file"));
            }
            return new Built(withFonts(out.resolve(stem + ".html"), "LXGW WenKai", "Noto Sans CJK SC"), chapter,
                    withFonts(out.resolve(stem + ".wechat.preview.html"), "PingFang SC"), out.resolve(stem + ".wechat.html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The PDF of {@code markdown}, built under {@code out} with the default theme's folder copied and its
     * {@code theme.properties} given {@code cjk-emphasis=} {@code choice} ({@code dots}, {@code bold}, {@code italic}).
     */
    static byte[] pdf(Path markdown, Path out, String cjkEmphasis) {
        try {
            Path theme = out.resolve("theme-" + cjkEmphasis);
            Files.createDirectories(theme);
            try (Stream<Path> files = Files.list(Path.of("themes/default"))) {
                for (Path f : files.toList()) Files.copy(f, theme.resolve(f.getFileName().toString()));
            }
            Path properties = theme.resolve("theme.properties");
            Files.writeString(properties, Files.readString(properties).replaceAll("(?m)^cjk-emphasis=.*$", "cjk-emphasis=" + cjkEmphasis));
            Inkstone publisher = Inkstone.builder().formats(List.of("pdf")).theme(theme.toString()).output(out)
                    .home(Path.of("").toAbsolutePath()).clock(Clock.fixed(WHEN, ZoneOffset.UTC))
                    .assets(OFFLINE).build();
            Inkstone.Result result = publisher.publish(markdown);
            if (!result.succeeded()) throw new AssertionError(markdown + " did not build: " + result.failure());
            String name = markdown.getFileName().toString();
            return Files.readAllBytes(out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of {@code page} (beside it, so its relative links still work) whose head declares the families named
     * (the first a page's font stack would find on a reader's machine) and its mono stack as the repository's
     * LXGW WenKai faces, regular and bold.
     */
    private static Path withFonts(Path page, String... families) throws IOException {
        String css = "<style>" + fontFaces(families) + "</style>";
        String html = Files.readString(page);
        int head = html.indexOf("<head>");
        if (head < 0) throw new AssertionError(page + " has no <head>");
        String name = page.getFileName().toString();
        Path copy = page.resolveSibling(name.replaceFirst("\\.html$", ".fonts.html"));
        Files.writeString(copy, html.substring(0, head + 6) + css + html.substring(head + 6));
        return copy;
    }

    /** {@code @font-face} rules that make each family (and the mono ones, LXGW WenKai Mono and Menlo) the repository's LXGW WenKai. */
    static String fontFaces(String... families) {
        StringBuilder css = new StringBuilder();
        for (String family : families) {
            css.append(face(family, 400, "LXGWWenKai-Regular.ttf")).append(face(family, 700, "LXGWWenKai-Bold.ttf"));
        }
        for (String mono : List.of("LXGW WenKai Mono", "Menlo")) css.append(face(mono, 400, "LXGWWenKaiMono-Regular.ttf"));
        return css.toString();
    }

    private static String face(String family, int weight, String file) {
        return "@font-face{font-family:\"" + family + "\";font-weight:" + weight + ";src:url(\""
                + FONTS.resolve(file).toUri() + "\");}";
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        HeadlessChromium.deleteTree(into);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e; (e = entries.getNextEntry()) != null; ) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) throw new AssertionError("zip entry outside the folder: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                }
            }
        }
        return into;
    }
}
