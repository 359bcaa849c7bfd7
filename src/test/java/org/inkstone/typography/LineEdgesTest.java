package org.inkstone.typography;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineEdgesTest {
    @Test
    void aClosingOrPauseMarkMayNotStartALine() {
        assertEquals(List.of("start #1: ”。下午两点半", "start #2: ，紧跟逗号", "start #3: ……没说话"),
                LineEdges.violations(List.of("他说：“今天先装好", "”。下午两点半", "，紧跟逗号", "……没说话")));
    }

    @Test
    void anOpeningMarkMayNotEndALine() {
        assertEquals(List.of("end #0: 她说：“", "end #1: 见《"), LineEdges.violations(List.of("她说：“", "见《", "书名》")));
    }

    @Test
    void aDashOrEllipsisIsNotSplitAcrossLines() {
        assertEquals(List.of("split #0: 推到她面前— / —她翻了翻"), LineEdges.violations(List.of("推到她面前—", "—她翻了翻")));
        assertEquals(List.of(), LineEdges.violations(List.of("推到她面前——", "她翻了翻")));
    }

    @Test
    void latinMarksAndSpacesAtTheEdgesAreNotCounted() {
        assertEquals(List.of(), LineEdges.violations(List.of("  他说：“今天", ".gitignore 文件", "::before (", "  ", "")));
        assertEquals(List.of("start #0: 。句号"), LineEdges.violations(List.of("  。句号  ")));
    }

    @Test
    void countsByKind() {
        assertEquals("start 1, end 1, split 0", LineEdges.counts(LineEdges.find(List.of("“", "。"))));
    }
}
