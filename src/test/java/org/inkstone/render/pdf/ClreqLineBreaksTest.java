package org.inkstone.render.pdf;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClreqLineBreaksTest {
    private static List<Integer> breaks(String text) {
        ClreqLineBreaks breaker = new ClreqLineBreaks();
        breaker.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int at = breaker.next(); at != BreakIterator.DONE; at = breaker.next()) out.add(at);
        return out;
    }

    @Test
    void anEllipsisKeepsToTheCharacterBeforeIt() {
        // the JDK allows 没说话|……; clreq does not
        assertEquals(List.of(1, 2, 5, 6), breaks("没说话……好"));
    }

    @Test
    void closingAndPauseMarksKeepToTheCharacterBefore() {
        for (String mark : List.of("，", "。", "、", "：", "；", "！", "？", "”", "’", "）", "》", "」", "』", "】", "〉")) {
            String text = "甲乙" + mark + "丙";
            assertFalse(breaks(text).contains(2), "a break before " + mark + ": " + breaks(text));
            assertTrue(breaks(text).contains(1), "甲|乙 still breaks");
        }
    }

    @Test
    void openingMarksKeepToTheCharacterAfter() {
        for (String mark : List.of("“", "‘", "（", "《", "「", "『", "【", "〈")) {
            String text = "甲乙" + mark + "丙丁";
            assertFalse(breaks(text).contains(3), "a break after " + mark + ": " + breaks(text));
        }
    }

    @Test
    void dashesAndEllipsesStayWhole() {
        assertFalse(breaks("面前——她").contains(3));
        assertFalse(breaks("好……好").contains(2));
    }

    @Test
    void aDecimalNumberStaysWhole() {
        assertFalse(breaks("v2.0的").contains(3), breaks("v2.0的").toString());
        assertEquals(List.of(4, 7), breaks("v2. and"), "a full stop after a number still ends a sentence");
    }

    @Test
    void theLeadingHyphenRuleStillHolds() {
        assertEquals(List.of(4, 14), breaks("use -EXTENSION"));
    }
}
