package org.inkstone.render.epub;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code :::} containers and pandoc attributes in an EPUB: the elements, the navigation, EPUBCheck 0/0. */
class ContainersAndAttributesEpubTest {
    private static final String MARKDOWN = """
            # 第一章 容器

            ::: tip 提示
            这是一个**提示**。
            :::

            ::: {.note #n1 lang=zh}
            pandoc 的 fenced div，内有 [高亮]{#hl .mark} 与 ![图](missing.png){.wide}。

            :::: inner
            嵌套。
            ::::
            :::

            # 第二章 Options {.options #opts}

            回到 [第一章 容器]，或看 [本章][第二章 Options]。
            """;

    @TempDir Path dir;

    @Test
    void containersSpansAndHeadingAttributesAreWrittenAndTheBookIsClean() {
        Path epub = EpubBuilds.build(EpubBuilds.write(dir, "attrs.md", MARKDOWN), dir.resolve("out"));
        EpubFile f = EpubFile.read(epub);
        String all = String.join("\n", f.chapters().stream().map(c -> f.xml(EpubFile.ROOT + c).body().text()).toList());
        assertFalse(all.contains(":::"), all);
        assertFalse(all.contains("{"), all);
        Element div = null, span = null, h = null, back = null;
        for (String c : f.chapters()) {
            Document x = f.xml(EpubFile.ROOT + c);
            if (div == null) div = x.selectFirst("div#n1.note");
            if (span == null) span = x.selectFirst("span#hl.mark");
            if (h == null) h = x.selectFirst("h1#opts.options");
            if (back == null) back = x.selectFirst("a:contains(第一章 容器)");
        }
        assertNotNull(div);
        assertNotNull(div.selectFirst("div.inner"));
        assertNotNull(span);
        assertNotNull(h);
        assertEquals("第二章 Options", h.text());
        assertNotNull(back, "the implicit reference is a link");
        assertTrue(back.attr("href").contains("#"), back.outerHtml());
        assertEquals(java.util.List.of("第一章 容器", "第二章 Options"), f.navLinks().stream().map(Element::text).toList());
        EpubCheckResult r = EpubCheckResult.check(epub);
        assertTrue(r.clean(), r::summary);
    }
}
