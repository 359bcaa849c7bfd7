package org.inkstone.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fuzz targets over the whole pipeline from Markdown text: reader → model → transforms → the shared XHTML writer
 * alone ({@code article}, the fast one), then the web page, the WeChat fragment, or the EPUB. See {@link FuzzPipeline} for how a case runs and
 * {@link OutputChecks} for what its output must satisfy.
 *
 * <p>A plain {@code mvn test} runs each target once on every committed input (regression mode), from
 * {@code src/test/resources/org/inkstone/fuzz/MarkdownFuzzTestInputs/}: the files there are shared by the three
 * targets (construct seeds, the test documents, the reader examples in groups); {@code xhtmlPage/} adds the reader
 * examples one by one, and each {@code <target>/} folder holds what fuzzing found for that target.
 * {@code bench/fuzz.sh} fuzzes the targets ({@code JAZZER_FUZZ=1}).
 */
class MarkdownFuzzTest {
    /** Inputs are cut to this many characters: enough for every construct, small enough for many executions. */
    static final int MAX_CHARS = 16 * 1024;
    /** A case over this is a finding: generous for a loaded CI machine; bench/fuzz.sh hunts with a tighter -Dinkstone.fuzz.boundMs. */
    static final Duration BOUND = Duration.ofMillis(Long.getLong("inkstone.fuzz.boundMs", 10_000));

    @BeforeAll
    static void warmUp() {
        FuzzPipeline p = FuzzPipeline.shared();
        for (String format : new String[] {"html", "wechat", "epub"}) p.warmUp(format);
    }

    /** The shared writer alone (no theme, no images, no math drawing): the fast target, for many executions. */
    @DictionaryFile(resourcePath = "markdown.dict")
    @FuzzTest(maxDuration = "60s")
    void article(byte[] data) {
        String page = FuzzPipeline.shared().article(FuzzPipeline.text(data, MAX_CHARS), BOUND);
        if (page != null) OutputChecks.xhtmlPage(FuzzPipeline.STEM + ".article.html", page.getBytes(StandardCharsets.UTF_8));
    }

    @DictionaryFile(resourcePath = "markdown.dict")
    @FuzzTest(maxDuration = "60s")
    void xhtmlPage(byte[] data) {
        Map<String, byte[]> files = build("html", data);
        if (files == null) return;
        assertEquals(1, files.size(), files.keySet().toString());
        OutputChecks.xhtmlPage(FuzzPipeline.STEM + ".html", files.get(FuzzPipeline.STEM + ".html"));
    }

    @DictionaryFile(resourcePath = "markdown.dict")
    @FuzzTest(maxDuration = "60s")
    void wechat(byte[] data) {
        Map<String, byte[]> files = build("wechat", data);
        if (files == null) return;
        String name = FuzzPipeline.STEM + ".wechat.html";
        OutputChecks.wechatFragment(name, files.get(name));
    }

    @DictionaryFile(resourcePath = "markdown.dict")
    @FuzzTest(maxDuration = "60s")
    void epub(byte[] data) {
        Map<String, byte[]> files = build("epub", data);
        if (files == null) return;
        String name = FuzzPipeline.STEM + ".epub";
        OutputChecks.epub(name, files.get(name));
    }

    /** The files of one case, or null when the build ended in an ordinary input error (not a finding). */
    private static Map<String, byte[]> build(String format, byte[] data) {
        FuzzPipeline.Outcome o = FuzzPipeline.shared().run(format, FuzzPipeline.text(data, MAX_CHARS), BOUND);
        return o.inputError() == null ? o.files() : null;
    }
}
