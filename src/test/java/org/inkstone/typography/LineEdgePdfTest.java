package org.inkstone.typography;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, item 1, read back from the PDF: no line starts with a closing or pause mark, none ends with an opening
 * mark, no {@code ——} or {@code ……} is split, in the stress paragraph, the feature corpus, the example article and a
 * seed-style article, at A4 and A5; and in {@link EdgeCases}, where each mark next to a bold, italic, code, link,
 * footnote or formula edge is pushed through every place of a line.
 */
class LineEdgePdfTest {
    @TempDir Path dir;

    static Stream<Arguments> documents() {
        return Stream.of(TypesetPdfs.STRESS, TypesetPdfs.FEATURES, TypesetPdfs.EXAMPLE, TypesetPdfs.SEED_STYLE)
                .flatMap(doc -> Stream.of("A4", "A5").map(size -> Arguments.of(doc, size)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("documents")
    void noMarkAtAForbiddenLineEdge(Path markdown, String pageSize) {
        List<String> lines = PdfLines.proseTexts(PdfLines.read(TypesetPdfs.build(markdown, dir, pageSize)));
        assertTrue(lines.size() > 10, "lines read: " + lines);
        assertEquals(List.of(), LineEdges.violations(lines), String.join("\n", lines));
    }

    @ParameterizedTest(name = "at {0}")
    @ValueSource(strings = {"A4", "A5"})
    void marksAtInlineEdgesStayWithTheirNeighbours(String pageSize) {
        List<String> lines = PdfLines.proseTexts(PdfLines.read(TypesetPdfs.build(dir, "edges", EdgeCases.markdown(40), pageSize)));
        assertEquals(List.of(), LineEdges.violations(lines), String.join("\n", lines));
        // the cases did reach the line edges: closing marks were kept at line ends, opening marks carried to line starts
        long closingAtEnd = lines.stream().filter(l -> "。，、；”）》】".indexOf(l.charAt(l.length() - 1)) >= 0).count();
        long openingAtStart = lines.stream().filter(l -> "“（《【".indexOf(l.charAt(0)) >= 0).count();
        assertTrue(closingAtEnd >= 20 && openingAtStart >= 5, closingAtEnd + " lines end with a closing mark, "
                + openingAtStart + " start with an opening one:\n" + String.join("\n", lines));
    }
}
