package org.inkstone.diagnostic;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceTextTest {
    private static final SourceText TEXT = new SourceText("""
            ---
            title: 标题
            lang: en
            ---
            lang: 正文
            一行有😀😀，
            [链接](#不存在)

            😀 在第九行
            """);

    @Test
    void linesOfACharacterAreEachLineOnceInOrder() {
        assertEquals(List.of(6, 9), TEXT.linesOf(0x1F600, 5));
        assertEquals(List.of(6), TEXT.linesOf(0x1F600, 1));
        assertEquals(List.of(), TEXT.linesOf(0x1F389, 5));
        assertEquals(List.of(2), TEXT.linesOf('标', 5));
    }

    @Test
    void firstLineOfAString() {
        assertEquals(7, TEXT.lineOf("](#不存在"));
        assertEquals(0, TEXT.lineOf("#nowhere"));
        assertEquals(0, TEXT.lineOf(""));
    }


    @Test
    void lastLineWithoutNewline() {
        assertEquals(List.of(1, 3), new SourceText("😀\n\n😀").linesOf(0x1F600, 5));
    }

    @Test
    void linkTargetsMatchWholeTargetsOnly() {
        SourceText t = new SourceText("""
                标题
                见 [后文](#intro-2) 和 <span style="color:#c00">红</span>。
                [前言](#intro)
                <a href="#c">丙</a> [带标题](#t "标题") [尖括号](<#b>)
                """);
        assertEquals(3, t.linkLineOf("#intro"), "not the #intro-2 on line 2");
        assertEquals(2, t.linkLineOf("#intro-2"));
        assertEquals(4, t.linkLineOf("#c"), "the raw href, not the colour #c00");
        assertEquals(4, t.linkLineOf("#t"));
        assertEquals(4, t.linkLineOf("#b"));
        assertEquals(0, t.linkLineOf("#nowhere"));
    }

}
