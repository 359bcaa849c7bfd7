package org.inkstone.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;

/**
 * Fuzz target over the PDF path (the shared XHTML writer, the print reshaping, OpenHTMLtoPDF, PDFBox) on a small
 * input budget: a PDF costs tens of milliseconds or more per case, so inputs are cut to 2 KB. Its committed inputs
 * are {@code src/test/resources/org/inkstone/fuzz/PdfFuzzTestInputs/} (a smaller set than the other targets').
 */
class PdfFuzzTest {
    static final int MAX_CHARS = 2 * 1024;
    static final Duration BOUND = Duration.ofMillis(Long.getLong("inkstone.fuzz.pdfBoundMs", 20_000));

    @BeforeAll
    static void warmUp() {
        FuzzPipeline.shared().warmUp("pdf");
    }

    @DictionaryFile(resourcePath = "markdown.dict")
    @FuzzTest(maxDuration = "60s")
    void pdf(byte[] data) {
        FuzzPipeline.Outcome o = FuzzPipeline.shared().run("pdf", FuzzPipeline.text(data, MAX_CHARS), BOUND);
        if (o.inputError() != null) return;
        String name = FuzzPipeline.STEM + ".pdf";
        OutputChecks.pdf(name, o.files().get(name));
    }
}
