package org.inkstone.render.pdf;

import org.inkstone.options.AutoSwitch;
import org.inkstone.options.PageSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code :::} containers and pandoc attributes in the PDF: the content shows, the fences and braces
 * do not, and the heading's attributes stay out of the contents page and the bookmarks.
 */
class ContainersAndAttributesPdfTest {
    @TempDir Path dir;

    @Test
    void contentShowsWithoutFencesOrBraces() throws Exception {
        PdfBuilds.Built built = PdfBuilds.markdown(dir, "attrs", """
                # 容器与属性

                ## Options {.options #opts}

                见 [Options] 与 [高亮的文字]{#hl .mark}。

                ::: tip 提示
                这是一个提示。
                :::

                ::: {.note #n1}
                pandoc 的容器内容。
                :::

                ## 其他
                """, PdfBuilds.options("A4", AutoSwitch.ON, false, false));
        assertNotNull(built.pdf(), built.failure());
        try (PdfReading pdf = new PdfReading(built.pdf(), PageSetup.of(PageSize.A4))) {
            String text = PdfReading.squash(String.join("", pdf.bodyTexts()));
            for (String s : List.of("这是一个提示。", "pandoc的容器内容。", "高亮的文字", "见Options与")) {
                assertTrue(text.contains(PdfReading.squash(s)), s + " in " + text);
            }
            assertFalse(text.contains(":::"), text);
            assertFalse(text.contains("{"), text);
            assertFalse(text.contains("[Options]"), text);
            List<String> titles = pdf.outline().stream().map(PdfReading.Entry::title).toList();
            assertEquals(List.of("容器与属性", "Options", "其他"), titles);
        }
    }
}
