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

    private Inkstone.Result build(String name, String markdown, String... formats) throws Exception {
        Path md = dir.resolve(name);
        Files.writeString(md, markdown, StandardCharsets.UTF_8);
        Inkstone p = Inkstone.builder().formats(List.of(formats)).output(dir.resolve("out")).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
        return p.publish(md);
    }

    private String output(String file) throws Exception {
        return Files.readString(dir.resolve("out").resolve(file));
    }

    @Test
    void fourThousandInlineFormulasInWechat() {
        // before: WechatCleanup searched every ancestor's subtree for each SVG element, 34–55 s (timed out at 20 s)
        assertTimeoutPreemptively(Duration.ofSeconds(45), () -> {
            Inkstone.Result r = build("math.md", "公式 " + "$a$ ".repeat(4000) + "\n", "wechat");
            assertNull(r.failure(), r.failure());
            Document wechat = Jsoup.parse(output("math.wechat.html"));
            assertEquals(4000, wechat.select("svg").size());
            assertTrue(wechat.select("svg path").size() >= 4000, "every formula keeps its outline");
        });
    }

    private void assertNestingLimit(String markdown, int line) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Inkstone.Result r = build("deep.md", "# 深\n\n" + markdown, "html", "wechat", "epub", "pdf");
            assertEquals(dir.resolve("deep.md") + ":" + line + ": error: quotes, lists and emphasis nested deeper than 200"
                    + " levels; Inkstone supports up to 200 nested levels: flatten the nesting", r.failure());
            assertTrue(r.written().isEmpty());
            assertTrue(!Files.exists(dir.resolve("out")) || Files.list(dir.resolve("out")).findAny().isEmpty(), "nothing written");
        });
    }

    @Test
    void fiftyThousandNestedQuotesStopAtTheLimit() {
        assertNestingLimit(">".repeat(50_000) + " 最深处\n", 3); // before: minutes (HTML 28 s at 25,000)
    }

    @Test
    void quoteListNestingStopsAtTheLimit() {
        assertNestingLimit("正文。\n\n" + "> - ".repeat(2_500) + "混合\n", 5); // before: WeChat 13 s at 1,250
    }

    @Test
    void fiftyThousandNestedEmphasisStopsAtTheLimit() {
        assertNestingLimit("*".repeat(50_000) + "文字" + "*".repeat(50_000) + "\n", 3);
    }

    @Test
    void nestingJustUnderTheLimitBuildsEveryOutput() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Inkstone.Result r = build("deep.md", ">".repeat(100) + " " + "- ".repeat(99) + "最深处\n",
                    "html", "wechat", "epub", "pdf");
            assertNull(r.failure(), r.failure());
            assertTrue(output("deep.html").contains("最深处"));
            assertTrue(output("deep.wechat.html").contains("最深处"));
        });
    }

    @Test
    void twentyFiveThousandInlineHtmlTagsInOneParagraph() {
        // before: flexmark copied the rest of the paragraph for every tag, 33 s for the parse alone
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Inkstone.Result r = build("tags.md", "开头" + "<b>粗</b>".repeat(12_500) + "结尾\n", "html");
            assertNull(r.failure(), r.failure());
            Document html = Jsoup.parse(output("tags.html"));
            assertEquals(12_500, html.select("p > b").size());
            assertTrue(html.select("p").text().startsWith("开头粗粗") && html.select("p").text().endsWith("粗结尾"));
        });
    }

    @Test
    void twentyThousandFootnotesInEpub() {
        // before: each note was looked up in every chapter with getElementById (minutes at 100,000 notes)
        StringBuilder md = new StringBuilder("# 一\n\n");
        for (int i = 1; i <= 20_000; i++) md.append("正文").append(i).append("[^").append(i).append("]。\n");
        md.append("\n# 二\n\n第二章。\n\n");
        for (int i = 1; i <= 20_000; i++) md.append("[^").append(i).append("]: 注释").append(i).append("。\n");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Inkstone.Result r = build("notes.md", md.toString(), "epub");
            assertNull(r.failure(), r.failure());
            assertTrue(Files.size(dir.resolve("out").resolve("notes.epub")) > 100_000);
        });
    }
}
