package org.inkstone.render.pdf;

import org.inkstone.options.PageSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One very long paragraph: OpenHTMLtoPDF's layout of it is quadratic, so it is set in pieces, every character kept. */
class LongParagraphPdfTest {
    @TempDir Path dir;

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) if (a.charAt(i) != b.charAt(i)) return i;
        return a.length() == b.length() ? -1 : n;
    }

    private static String window(String s, int at) {
        return s.substring(Math.max(0, at - 20), Math.min(s.length(), at + 40));
    }

    @Test
    void aFourHundredThousandCharacterParagraphIsSetInFull() {
        StringBuilder md = new StringBuilder();
        for (int i = 0; md.length() < 400_000; i++) md.append("第").append(i).append("句很长很长的正文，用来测试排版。");
        String paragraph = md.toString();
        PdfBuilds.Built built = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> PdfBuilds.markdown(dir, "long", "# 长段落\n\n" + paragraph + "\n", PdfBuilds.a4()));
        assertNull(built.failure(), built.failure());
        try (PdfReading pdf = new PdfReading(built.pdf(), PageSetup.of(PageSize.A4))) {
            String text = String.join("", pdf.bodyTexts()).replaceAll("\\s+", "");
            String expected = "长段落" + paragraph;
            int at = firstDifference(expected, text);
            assertEquals(-1, at, () -> "differs at " + at + ": expected …" + window(expected, at) + "… but read …" + window(text, at) + "…");
            assertTrue(pdf.pages() > 50);
        }
    }
}
