package org.inkstone.render.pdf;

import org.inkstone.options.AutoSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The emphasis dots are images with a soft edge: tagged (PDF/UA) and archival (PDF/A-2u) output stays conformant with them. */
class EmphasisDotsConformanceTest {
    @TempDir
    Path dir;

    @Test
    void taggedArchivalOutputWithDotsPassesVeraPdf() {
        PdfBuilds.Built built = PdfBuilds.build(Path.of("src/test/resources/typography/stress.md").toAbsolutePath(), dir,
                PdfBuilds.options("A5", AutoSwitch.AUTO, true, true));
        assertNotNull(built.pdf(), built.failure());
        try (PdfReading pdf = new PdfReading(built.pdf(), PageSetup.of(org.inkstone.options.PageSize.A5))) {
            assertTrue(pdf.doc.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "the dots are drawn");
        }
        VeraPdf.assertCompliant(built.pdf(), "ua1");
        VeraPdf.assertCompliant(built.pdf(), "2u");
    }
}
