package org.inkstone.render.pdf;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LeadingHyphenBreaksTest {
    private static List<Integer> breaks(String text) {
        LeadingHyphenBreaks breaker = new LeadingHyphenBreaks();
        breaker.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int at = breaker.next(); at != BreakIterator.DONE; at = breaker.next()) out.add(at);
        return out;
    }

    @Test
    void noBreakAfterAWordInitialHyphen() {
        assertEquals(List.of(10), breaks("-EXTENSION"));
        assertEquals(List.of(7), breaks("-Xss16m"));
        assertEquals(List.of(6, 13), breaks("--cjk-spacing"), "after --cjk- only");
        assertEquals(List.of(4, 14), breaks("use -EXTENSION"));
        assertEquals(List.of(12), breaks("(-EXTENSION)"));
    }

    @Test
    void interiorHyphensStillBreak() {
        assertEquals(List.of(2, 7, 12, 22), breaks("a-very-long-identifier"));
    }
}
