package org.inkstone.typography;

import java.util.List;

/**
 * Markdown that puts every kind of mark-at-an-inline-edge at every place of a line: each case sentence is set after
 * 0, 1, 2 … characters of filler, so that somewhere its mark falls at the end or the start of a line.
 */
public final class EdgeCases {
    /** Marks next to bold, italic, code, link, footnote-reference, formula and quote edges; dashes and ellipses. */
    public static final List<String> CASES = List.of(
            "他说：**“今天先把事情做完。”**。然后离开",
            "她问：“**粗体开头**的引语”，接着说",
            "请看[这个链接](https://example.org)，再看[另一个](https://example.org/b)。",
            "这里有脚注[^n]。那里也有[^n]，还有[^n]、",
            "*强调的文字*，以及`inline_code()`。还有`mvn -q package`；",
            "书名《**红楼梦**》与（*注释*）都在，“[引号里的链接](https://example.org)”也是",
            "推到她面前——**她翻了翻**——没说话**……**好",
            "数字**100**，英文**English**。版本v2.0发布",
            "（**括号开头**）紧跟“*引号*”再跟【**方括号**】");
    /** Filler characters set before each case: enough that its marks pass through a whole A5 or A4 line. */
    public static final String FILLER = "这是一段用于测试排版的中文正文内容我们需要足够多的字符来推动句子在行中的位置".repeat(2);

    private EdgeCases() {}

    /** A document of {@code shifts} paragraphs per case, each shifted by one more filler character, with its footnote. */
    public static String markdown(int shifts) {
        StringBuilder md = new StringBuilder("# 行首行尾\n\n");
        for (String c : CASES) {
            for (int i = 0; i < shifts; i++) md.append(FILLER, 0, i).append(c).append("\n\n");
        }
        md.append("[^n]: 脚注的内容。\n");
        return md.toString();
    }
}
