package org.inkstone.typography;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The line reader itself: lines in reading order, a footnote reference on its line, code blocks told apart, a table row one line. */
class PdfLinesTest {
    @TempDir Path dir;

    @Test
    void readsLinesInOrderWithFootnoteReferencesInPlace() {
        String md = """
                # 行

                第一段只有一行[^n]。

                第二段也只有一行。

                ```
                code line
                ```

                | 左边的格子 | 右边的格子 |
                | --- | --- |
                | 甲 | 乙 |

                [^n]: 注释。
                """;
        List<PdfLines.Line> lines = PdfLines.read(TypesetPdfs.build(dir, "lines", md, "A5"));
        List<String> texts = lines.stream().map(PdfLines.Line::stripped).toList();
        int first = texts.indexOf("第一段只有一行1。");
        assertTrue(first >= 0, String.join("\n", texts));
        assertEquals("第二段也只有一行。", texts.get(first + 1));
        PdfLines.Line code = lines.stream().filter(l -> l.stripped().equals("code line")).findFirst().orElseThrow();
        assertTrue(code.code());
        assertFalse(lines.get(texts.indexOf("第二段也只有一行。")).code());
        assertTrue(texts.contains("左边的格子 右边的格子") && texts.contains("甲 乙"), "cells of a row on one line: " + String.join("\n", texts));
        assertFalse(PdfLines.proseTexts(lines).contains("code line"));
        PdfLines.Line line = lines.get(first);
        assertTrue(line.x0() < line.x1() && line.page() == 1 && line.size() > 8, line.toString());
    }
}
