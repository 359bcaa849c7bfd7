package org.inkstone.parse;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Document;
import org.inkstone.model.ModelDump;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Table-style reader examples, CommonMark-spec style, in {@code reader-examples.md}:
 * <pre>
 * ## name of the example
 * ```````````````` example
 * Markdown
 * .
 * expected model dump (blocks and footnotes; front matter dumps as the Meta lines)
 * ````````````````
 * </pre>
 * An expected part may end with lines {@code warning: LINE: text} that must appear among the warnings.
 */
class ReaderExamplesTest {
    private static final String FENCE = "````````````````";

    record Example(String name, String markdown, String expected, int sourceLine) {}

    static List<Example> examples() {
        String text = TestDocs.read(TestDocs.RESOURCES.resolve("reader-examples.md"));
        List<Example> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String name = "";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) name = lines[i].substring(3).strip();
            if (!lines[i].equals(FENCE + " example")) continue;
            int start = i + 1;
            StringBuilder md = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            boolean inExpected = false;
            for (i = start; i < lines.length && !lines[i].equals(FENCE); i++) {
                if (!inExpected && lines[i].equals(".")) { inExpected = true; continue; }
                (inExpected ? expected : md).append(lines[i].replace("→", "\t")).append('\n');
            }
            out.add(new Example(name, md.toString(), expected.toString(), start));
        }
        return out;
    }

    @TestFactory
    List<DynamicTest> readerExamples() {
        List<Example> examples = examples();
        assertFalse(examples.size() < 40, "expected the full example table, found " + examples.size());
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.name() + " (line " + e.sourceLine() + ")", () -> {
            Diagnostics d = new Diagnostics("example.md");
            Document doc = TestDocs.parse(e.markdown(), d);
            String dump = ModelDump.of(doc);
            boolean hasMeta = e.expected().startsWith("Meta ");
            if (!hasMeta) dump = dump.lines().skip(2).map(l -> l + "\n").collect(Collectors.joining());
            List<String> expectedLines = e.expected().lines().toList();
            String expectedDump = expectedLines.stream().filter(l -> !l.startsWith("warning: "))
                    .map(l -> l + "\n").collect(Collectors.joining());
            assertEquals(expectedDump, dump, e.name());
            List<String> warnings = d.all().stream().filter(x -> x.severity() == Diagnostic.Severity.WARNING)
                    .map(x -> x.line() + ": " + x.message()).toList();
            for (String w : expectedLines.stream().filter(l -> l.startsWith("warning: ")).toList()) {
                String want = w.substring("warning: ".length());
                assertFalse(warnings.stream().noneMatch(x -> x.startsWith(want)),
                        e.name() + ": expected a warning starting '" + want + "' among " + warnings);
            }
        })).toList();
    }
}
