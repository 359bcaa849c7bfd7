package org.inkstone.transform;

import org.inkstone.TestDocs;
import org.inkstone.model.ModelDump;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HanLatinSpacingTest {

    private static String spaced(String markdown) {
        return ModelDump.of(new HanLatinSpacing().apply(TestDocs.parse(markdown)).blocks()).strip();
    }

    @Test
    void spacesBetweenHanAndLatinLettersAndDigits() {
        assertEquals("Para [Text \"用 Java 写的 2 个工具，约 35% 的人在用 iPhone。\"]", spaced("用Java写的2个工具，约35%的人在用iPhone。"));
    }

    @Test
    void leavesExistingSpacesAndFullWidthPunctuationAlone() {
        assertEquals("Para [Text \"已经有 空格 的 English 文本（GPT-4）。\"]", spaced("已经有 空格 的 English 文本（GPT-4）。"));
    }

    @Test
    void spacesAcrossFormattingCodeAndMath() {
        assertEquals("Para [Text \"中文 \", Strong [Text \"English\"], Text \" 中文\"]", spaced("中文**English**中文"));
        assertEquals("Para [Text \"使用 \", Code \"mvn\", Text \" 构建\"]", spaced("使用`mvn`构建"));
        assertEquals("Para [Text \"公式 \", Math \"x^2\", Text \" 表示平方\"]", spaced("公式$x^2$表示平方"));
        assertEquals("Para [Strong [Text \"粗体\"], Text \" A\"]", spaced("**粗体**A"));
    }

    @Test
    void aSpaceTypedBeforeAFullWidthClosingMarkIsDropped() {
        // a bare URL needs a space to end it; the reader's layout could then start a line with 、
        assertEquals("Para [Text \"裸网址 \", Link \"https://example.net/bare\" [Text \"https://example.net/bare\"], Text \"、邮件\"]",
                spaced("裸网址 https://example.net/bare 、邮件"));
        assertEquals("Para [Text \"版本 v2。下一句\"]", spaced("版本 v2 。下一句"));
        assertEquals("Para [Text \"、开头的空格不动\"]", spaced("、开头的空格不动"));
    }

    @Test
    void neverTouchesCodeMathOrUrls() {
        assertEquals("Para [Code \"中文abc\"]", spaced("`中文abc`"));
        assertEquals("Para [Math \"\\\\text{长度}x\"]", spaced("$\\text{长度}x$"));
        assertEquals("CodeBlock lang=\"\" \"代码abc\"", spaced("```\n代码abc\n```"));
        assertEquals("Para [Text \"见 \", Link \"https://example.com/a\" [Text \"https://example.com/a\"]]", spaced("见https://example.com/a"));
    }

    @Test
    void linkTextIsSpacedButTheAddressIsNot() {
        assertEquals("Para [Link \"https://x.org/中文a\" [Text \"Meta 的 AI\"]]", spaced("[Meta的AI](https://x.org/中文a)"));
    }

    @Test
    void aLinkKeepsItsAttributes() {
        var doc = new HanLatinSpacing().apply(TestDocs.parse("见[Meta的AI](https://x.org){#anchor .ext}。"));
        var link = (org.inkstone.model.Link) ((org.inkstone.model.Paragraph) doc.blocks().get(0)).content().stream()
                .filter(i -> i instanceof org.inkstone.model.Link).findFirst().orElseThrow();
        assertEquals("anchor", link.attributes().id());
        assertEquals(List.of("ext"), link.attributes().classes());
        assertEquals(List.of(new org.inkstone.model.Text("Meta 的 AI")), link.content());
    }
}
