package org.inkstone.render.pdf;

import org.inkstone.options.PageSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A table too wide for the page: a warning at its line, and every cell still readable in the PDF. */
class WideTablePdfTest {
    @TempDir Path dir;

    @Test
    void everyCellOfAFortyColumnTableIsInThePdf() {
        StringBuilder md = new StringBuilder("# 宽表\n\n前文。\n\n|");
        for (int c = 0; c < 40; c++) md.append(" 列名").append(c).append(" |");
        md.append("\n|").append(" --- |".repeat(40));
        for (int r = 0; r < 2; r++) {
            md.append("\n|");
            for (int c = 0; c < 40; c++) md.append(" 值").append(r).append('x').append(c).append(" |");
        }
        md.append("\n\n后文。\n");
        PdfBuilds.Built built = PdfBuilds.markdown(dir, "wide", md.toString(), PdfBuilds.a4());
        assertNull(built.failure(), built.failure());
        assertEquals(1, built.diagnostics().size(), built.warnings());
        assertEquals(5, built.diagnostics().get(0).line());
        assertTrue(built.diagnostics().get(0).message().contains("40 columns"), built.warnings());
        try (PdfReading pdf = new PdfReading(built.pdf(), PageSetup.of(PageSize.A4))) {
            String text = String.join("\n", pdf.bodyTexts()).replaceAll("\\s+", "");
            for (int c = 0; c < 40; c++) {
                assertTrue(text.contains("列名" + c + "：值0x" + c), "row 1, column " + c + " in: " + text);
                assertTrue(text.contains("列名" + c + "：值1x" + c), "row 2, column " + c);
            }
            assertTrue(text.contains("前文。") && text.contains("后文。"));
        }
    }

    @Test
    void aTwelveColumnTableStaysATable() {
        StringBuilder md = new StringBuilder("|");
        for (int c = 0; c < 12; c++) md.append(" 列").append(c).append(" |");
        md.append("\n|").append(" --- |".repeat(12)).append("\n|").append(" 值 |".repeat(12)).append('\n');
        PdfBuilds.Built built = PdfBuilds.markdown(dir, "narrow", md.toString(), PdfBuilds.a4());
        assertNull(built.failure(), built.failure());
        assertTrue(built.diagnostics().isEmpty(), built.warnings());
    }
}
