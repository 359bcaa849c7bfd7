package org.inkstone.publish;

import org.inkstone.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile and huge inputs: the build finishes with correct output or one clear error, never a crash. */
class RobustnessTest {
    @TempDir Path dir;

    private Inkstone.Result build(String name, String markdown) throws Exception {
        Path md = dir.resolve(name);
        Files.writeString(md, markdown, StandardCharsets.UTF_8);
        Inkstone p = Inkstone.builder().formats(List.of("html")).output(dir.resolve("out")).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
        return p.publish(md);
    }

    private String output(String stem) throws Exception {
        return Files.readString(dir.resolve("out").resolve(stem + ".html"));
    }

    private static int maxDepth(String xml) throws Exception {
        int[] depth = {0, 0};
        SAXParserFactory.newInstance().newSAXParser().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                new org.xml.sax.helpers.DefaultHandler() {
                    @Override public void startElement(String u, String l, String q, org.xml.sax.Attributes a) {
                        depth[0]++;
                        depth[1] = Math.max(depth[1], depth[0]);
                    }
                    @Override public void endElement(String u, String l, String q) { depth[0]--; }
                });
        return depth[1];
    }

    @Test
    void twoHundredNestedQuotesRenderAllTheWayDown() throws Exception {
        // 200 is the documented limit (NestingLimit): deeper documents stop with one error, see ScalingTest
        Inkstone.Result r = build("quotes.md", ">".repeat(200) + " 最深处的一句话。\n");
        assertNull(r.failure(), r.failure());
        String html = output("quotes");
        assertEquals(200, html.split("<blockquote>", -1).length - 1);
        assertTrue(html.contains("最深处的一句话。"));
        assertTrue(maxDepth(html) > 200, "well-formed and as deep as the source");
    }

    @Test
    void twoHundredNestedListsRenderAllTheWayDown() throws Exception {
        Inkstone.Result r = build("lists.md", "- ".repeat(200) + "最深的一项\n");
        assertNull(r.failure(), r.failure());
        String html = output("lists");
        assertEquals(200, html.split("<ul>", -1).length - 1);
        assertTrue(html.contains("最深的一项"));
        assertTrue(maxDepth(html) > 400);
    }

    @Test
    void indentedDeepListAndMixedNestingComplete() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 190; i++) sb.append("  ".repeat(i)).append("- 第").append(i).append("层\n");
        sb.append("\n").append("> - ".repeat(100)).append("混合嵌套\n");
        Inkstone.Result r = build("mixed.md", sb.toString());
        assertNull(r.failure(), r.failure());
        assertTrue(output("mixed").contains("第 189 层"), "the deepest item (Han–Latin spacing on by default)");
        assertTrue(output("mixed").contains("混合嵌套"));
    }

    @Test
    void tenMegabyteInputCompletes() throws Exception {
        StringBuilder sb = new StringBuilder("---\ntitle: 大文件\n---\n\n");
        int section = 0;
        long bytes = 0;
        while (bytes < 10L * 1024 * 1024) {
            section++;
            String chunk = "## 第" + section + "节 **标题**\n\n"
                    + "这是一段用来测试性能的中文正文，包含**粗体**、*强调*、`代码`和[链接](https://example.com/" + section
                    + ")，以及行内公式 $x_" + section + "$。\n第二行接着写。\n\n"
                    + "- 列表项一\n- 列表项二\n  - 嵌套项\n\n"
                    + "> [!tip] 提示\n> 提示内容。\n\n"
                    + "```java\nint x = " + section + ";\n```\n\n";
            sb.append(chunk);
            bytes += chunk.getBytes(StandardCharsets.UTF_8).length;
        }
        sb.append("最后一段。\n");
        assertTrue(sb.toString().getBytes(StandardCharsets.UTF_8).length >= 10 * 1024 * 1024);
        Inkstone.Result r = build("big.md", sb.toString());
        assertNull(r.failure(), r.failure());
        String html = output("big");
        assertTrue(html.contains("最后一段。"));
        assertTrue(html.contains("id=\"第" + section + "节-标题\""));
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
    }

    @Test
    void unclosedFenceAtEndOfFileKeepsTheTextAndSaysWhereItOpened() throws Exception {
        String md = "# 文章\n\n第一段。\n\n```python\nprint('还在代码里')\n\n## 这一节被吞进了代码块\n\n后面的正文。\n";
        Inkstone.Result r = build("fence.md", md);
        assertNull(r.failure());
        List<Diagnostic> warnings = r.diagnostics();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(5, warnings.get(0).line());
        assertTrue(warnings.get(0).message().startsWith("this code fence is never closed"), warnings.get(0).message());
        String html = output("fence");
        assertTrue(html.contains("后面的正文。") && html.contains("## 这一节被吞进了代码块"), "no text is lost");
    }

    @Test
    void seedStyleMalformedBoldImageLineBecomesAFigure() throws Exception {
        String md = "## **小节**\n\n**![](https://img.example.com/a.png?x-oss-process=image/quality,q_90/rotate,0)\n\n\n在这之后的正文。\n";
        Inkstone.Result r = build("seedlike.md", md);
        assertNull(r.failure());
        String html = output("seedlike");
        assertTrue(html.contains("<figure class=\"figure\"><img src=\"https://img.example.com/a.png?x-oss-process=image/quality,q_90/rotate,0\" alt=\"\" /></figure>"), html);
        assertTrue(!html.contains("**"), "the stray asterisks are not shown");
        assertEquals(3, r.diagnostics().get(0).line());
    }
}
