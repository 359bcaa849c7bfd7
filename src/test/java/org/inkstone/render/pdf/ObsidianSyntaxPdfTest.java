package org.inkstone.render.pdf;

import org.inkstone.ObsidianDoc;
import org.inkstone.options.PageSize;
import org.inkstone.publish.Inkstone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF of {@link ObsidianDoc}, read back: no {@code %%} comment on paper (marked reviewer notes
 * with {@code --notes}), the cells of its one-dash tables and the wiki link's alias.
 */
class ObsidianSyntaxPdfTest {
    @TempDir Path dir;

    private String text(boolean notes) throws Exception {
        Path md = ObsidianDoc.write(dir);
        Path out = dir.resolve(notes ? "notes" : "out");
        Inkstone.Result r = Inkstone.builder().formats(List.of("pdf")).output(out).editorNotes(notes)
                .home(Path.of("").toAbsolutePath()).clock(Clock.fixed(PdfBuilds.WHEN, ZoneOffset.UTC))
                .options(PdfBuilds.a4()).assets(PdfBuilds.offline()).build().publish(md);
        assertTrue(r.succeeded(), r.failure());
        byte[] pdf = Files.readAllBytes(out.resolve("obsidian.pdf"));
        assertNotNull(pdf);
        try (PdfReading reading = new PdfReading(pdf, PageSetup.of(PageSize.parse("A4").orElseThrow()))) {
            return PdfReading.squash(String.join("", reading.bodyTexts()));
        }
    }

    @Test
    void commentsAreNotOnPaperAndTablesAre() throws Exception {
        String all = text(false);
        for (String secret : ObsidianDoc.SECRETS) assertFalse(all.contains(secret), secret);
        for (String cell : List.of("短甲", "短丁", "横甲", "横丁", "对齐右", "右值", "Markdown语法", "结尾段落。")) {
            assertTrue(all.contains(PdfReading.squash(cell)), cell + " in " + all);
        }
        assertFalse(all.contains("|"), "no paragraph full of pipes: " + all);
        assertFalse(all.contains("基本格式语法"), "the alias is shown, not the page name");
    }

    @Test
    void notesFlagPrintsTheCommentsMarked() throws Exception {
        String all = text(true);
        for (String secret : ObsidianDoc.SECRETS) assertTrue(all.contains(secret), secret + " in " + all);
        assertTrue(all.contains("审阅批注"), all);
    }
}
