package org.inkstone.render.pdf;

import org.inkstone.options.PageSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inline code that starts with a hyphen ({@code -EXTENSION}, {@code --cjk-spacing}) is never cut right after it at a line end. */
class CodeHyphenPdfTest {
    private static final Pattern LONE_HYPHENS_AT_END = Pattern.compile("(^|[\\s\\p{IsHan}\\p{P}&&[^-]])-+$");
    private static final int PARAGRAPHS = 45;

    @TempDir Path dir;

    @Test
    void aLeadingHyphenStaysWithItsWordWhereverTheLineEnds() {
        // the same sentence after 0 to 44 characters of filler: the code falls at every place of a line, also at its end
        StringBuilder md = new StringBuilder("# 连字符\n\n");
        String filler = "这是一段用于测试排版的中文正文内容，我们需要足够多的字符".repeat(2);
        for (int i = 0; i < PARAGRAPHS; i++) {
            md.append(filler, 0, i).append("使用 `-EXTENSION` 参数、`--cjk-spacing` 选项和 `-Xss16m` 设置，`a-very-long-identifier` 也可。\n\n");
            md.append(filler, 0, i).append("使用`-EXTENSION`参数、`--cjk-spacing`选项和`-Xss16m`设置，`a-very-long-identifier`也可。\n\n");
        }
        PdfBuilds.Built built = PdfBuilds.markdown(dir, "hyphens", md.toString(), PdfBuilds.a4());
        assertNull(built.failure(), built.failure());
        try (PdfReading pdf = new PdfReading(built.pdf(), PageSetup.of(PageSize.A4))) {
            List<String> lines = pdf.bodyTexts().stream().flatMap(page -> Arrays.stream(page.split("\\R"))).map(String::strip).toList();
            List<String> cut = lines.stream().filter(line -> LONE_HYPHENS_AT_END.matcher(line).find()).toList();
            assertEquals(List.of(), cut, "lines that end with a word-initial hyphen");
            // the test reaches line ends: some code moved to the next line whole
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("-EXTENSION") || line.startsWith("--cjk") || line.startsWith("-Xss16m")), String.join("\n", lines));

            String text = PdfReading.squash(String.join("", pdf.bodyTexts()));
            assertEquals(2 * PARAGRAPHS, count(text, "使用-EXTENSION参数、--cjk-spacing选项和-Xss16m设置，a-very-long-identifier也可。"), text);
            assertFalse(text.contains("\u2060"), "no word joiner in the text");
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }
}
