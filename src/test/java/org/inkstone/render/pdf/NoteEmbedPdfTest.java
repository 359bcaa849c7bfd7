package org.inkstone.render.pdf;

import org.inkstone.options.PageSize;
import org.inkstone.publish.NoteEmbedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.inkstone.publish.NoteEmbedFolder.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Obsidian note embeds in the PDF, read back: the embedded text once, no block-id marker, the fallbacks shown. */
class NoteEmbedPdfTest {
    @TempDir Path dir;

    @Test
    void embeddedNotesArePrintedOnceAndUnresolvedOnesByName() {
        PdfBuilds.Built built = PdfBuilds.build(NoteEmbedFolder.write(dir.resolve("库")), dir.resolve("out"), PdfBuilds.a4());
        assertNotNull(built.pdf(), built.failure());
        try (PdfReading pdf = new PdfReading(built.pdf(), PageSetup.of(PageSize.A4))) {
            String text = PdfReading.squash(String.join("\n", pdf.bodyTexts()));
            for (String t : NoteEmbedFolder.EMBEDDED) assertEquals(1, count(text, t), t + " in " + text);
            for (String t : NoteEmbedFolder.LEFT_OUT) assertEquals(0, count(text, t), t + " in " + text);
            assertTrue(text.contains("不存在的笔记") && text.contains(PdfReading.squash("写作方法 › 没有的标题")), text);
            assertEquals(2, count(text, "循环甲"), "循环甲的正文 and the loop's fallback: " + text);
        }
        assertEquals(4, built.diagnostics().size(), built.warnings());
    }
}
