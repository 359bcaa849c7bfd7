package org.inkstone.typography;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.options.AutoSwitch;
import org.inkstone.options.RequestedOptions;
import org.inkstone.publish.Inkstone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11, item 2: the EPUB and the web page carry Han–Latin spaces as real text by default, and none with {@code --cjk-spacing off}. */
class HanLatinSpacingOutputsTest {

    private static Path build(Path out, AutoSwitch spacing) {
        AssetPolicy offline = new AssetPolicy(true, Duration.ofSeconds(2), Duration.ofSeconds(5), AssetPolicy.DEFAULT_MAX_BYTES, null);
        Inkstone.Result r = Inkstone.builder().formats(List.of("html", "epub")).theme("default").output(out)
                .home(Path.of("").toAbsolutePath()).options(RequestedOptions.builder().cjkSpacing(spacing).build())
                .assets(offline).build().publish(TypesetPdfs.STRESS);
        assertTrue(r.succeeded(), String.valueOf(r.failure()));
        return out;
    }

    /** The EPUB's chapter documents, one after the other. */
    private static String epubText(Path epub) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(epub); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".xhtml")) text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    @Test
    void spacedByDefaultAndNotWhenOff(@TempDir Path dir) throws IOException {
        Path on = build(dir.resolve("auto"), AutoSwitch.AUTO);
        Path off = build(dir.resolve("off"), AutoSwitch.OFF);
        for (String spaced : List.of("先把 Java 17 装好", "在 3 号会议室", "中文与 English 之间", "数字 100 与汉字")) {
            assertTrue(Files.readString(on.resolve("stress.html")).contains(spaced), "web page: " + spaced);
            assertTrue(epubText(on.resolve("stress.epub")).contains(spaced), "EPUB: " + spaced);
            String written = spaced.replaceAll("(?<=\\p{IsHan}) | (?=\\p{IsHan})", "");
            assertTrue(Files.readString(off.resolve("stress.html")).contains(written), "web page, off: " + written);
            assertTrue(epubText(off.resolve("stress.epub")).contains(written), "EPUB, off: " + written);
        }
        assertTrue(Files.readString(on.resolve("stress.html")).contains("<code>mvn -q package</code>"), "code is left as written");
    }
}
