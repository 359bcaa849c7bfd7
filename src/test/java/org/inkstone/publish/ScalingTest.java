package org.inkstone.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shapes that used to take time growing with the square of their size (a silent hang at scale):
 * a moderate instance of each finishes within a generous time box, with complete output or the
 * documented limit. Each box is several times what the build takes now on a loaded machine and a
 * fraction of what it took before.
 */
class ScalingTest {
    @TempDir Path dir;

    private Publisher.Result build(String name, String markdown, String... formats) throws Exception {
        Path md = dir.resolve(name);
        Files.writeString(md, markdown, StandardCharsets.UTF_8);
        Publisher p = new Publisher(new Publisher.Options(List.of(formats), "default", dir.resolve("out"), false, false,
                null, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));
        return p.build(md);
    }

    private String output(String file) throws Exception {
        return Files.readString(dir.resolve("out").resolve(file));
    }

    @Test
    void fourThousandInlineFormulasInWechat() {
        // before: WechatCleanup searched every ancestor's subtree for each SVG element, 34–55 s (timed out at 20 s)
        assertTimeoutPreemptively(Duration.ofSeconds(45), () -> {
            Publisher.Result r = build("math.md", "公式 " + "$a$ ".repeat(4000) + "\n", "wechat");
            assertNull(r.failure(), r.failure());
            Document wechat = Jsoup.parse(output("math.wechat.html"));
            assertEquals(4000, wechat.select("svg").size());
            assertTrue(wechat.select("svg path").size() >= 4000, "every formula keeps its outline");
        });
    }
}
