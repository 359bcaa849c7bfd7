package org.inkstone.transform;

import org.inkstone.TestDocs;
import org.inkstone.model.Document;
import org.inkstone.model.ModelDump;
import org.inkstone.options.Numbering;
import org.inkstone.options.Numbering.HeadingStyle;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class DocumentNumbersTest {

    private static String numbered(String markdown, HeadingStyle headings, boolean figures) {
        Document doc = Transforms.run(TestDocs.parse(markdown), Transforms.standard(false));
        return ModelDump.of(DocumentNumbers.article(doc, new Numbering(headings, figures)).blocks());
    }

    @Test
    void anArticlesSingleTitleIsNotNumberedAndItsSectionsCountFromOne() {
        assertEquals("""
                Heading 1 #题目 [Text "题目"]
                Heading 2 #甲 [Span {.heading-number} [Text "1"], Text " 甲"]
                Heading 3 #乙 [Span {.heading-number} [Text "1.1"], Text " 乙"]
                Heading 3 #丙 [Span {.heading-number} [Text "1.2"], Text " 丙"]
                Heading 4 #丁 [Span {.heading-number} [Text "1.2.1"], Text " 丁"]
                Heading 5 #戊 [Text "戊"]
                Heading 2 #己 [Span {.heading-number} [Text "2"], Text " 己"]
                Heading 4 #庚 [Span {.heading-number} [Text "2.0.1"], Text " 庚"]
                """, numbered("# 题目\n\n## 甲\n\n### 乙\n\n### 丙\n\n#### 丁\n\n##### 戊\n\n## 己\n\n#### 庚\n", HeadingStyle.DECIMAL, false));
    }

    @Test
    void severalTopHeadingsAreAllNumbered() {
        assertEquals("""
                Heading 1 #甲 [Span {.heading-number} [Text "1"], Text " 甲"]
                Heading 2 #乙 [Span {.heading-number} [Text "1.1"], Text " 乙"]
                Heading 1 #丙 [Span {.heading-number} [Text "2"], Text " 丙"]
                """, numbered("# 甲\n\n## 乙\n\n# 丙\n", HeadingStyle.DECIMAL, false));
        assertEquals("""
                Heading 2 #甲 [Span {.heading-number} [Text "1"], Text " 甲"]
                Heading 2 #乙 [Span {.heading-number} [Text "2"], Text " 乙"]
                """, numbered("## 甲\n\n## 乙\n", HeadingStyle.DECIMAL, false), "an article without a title heading numbers from its top level");
        assertEquals("""
                Heading 2 #甲 [Span {.heading-number} [Text "1"], Text " 甲"]
                Heading 3 #乙 [Span {.heading-number} [Text "1.1"], Text " 乙"]
                """, numbered("## 甲\n\n### 乙\n", HeadingStyle.DECIMAL, false), "a lone first H2 is a section, not a title");
    }

    @Test
    void chineseStyleUsesYiDunhaoThenBracketsThenArabic() {
        StringBuilder md = new StringBuilder("# 题目\n\n");
        for (int i = 1; i <= 12; i++) md.append("## 节").append(i).append("\n\n");
        md.append("### 小节\n\n#### 条\n\n#### 条二\n");
        String dump = numbered(md.toString(), HeadingStyle.CHINESE, false);
        assertEquals(true, dump.contains("Heading 2 #节1 [Span {.heading-number} [Text \"一、\"], Text \"节1\"]"), dump);
        assertEquals(true, dump.contains("[Text \"十、\"]"), dump);
        assertEquals(true, dump.contains("[Text \"十二、\"]"), dump);
        assertEquals(true, dump.contains("Heading 3 #小节 [Span {.heading-number} [Text \"（一）\"], Text \"小节\"]"), dump);
        assertEquals(true, dump.contains("Heading 4 #条二 [Span {.heading-number} [Text \"2.\"], Text \" 条二\"]"), dump);
        assertEquals("二十一", HeadingNumbers.chinese(21));
        assertEquals("十", HeadingNumbers.chinese(10));
    }

    @Test
    void anUnnumberedHeadingNeitherGetsNorTakesANumber() {
        assertEquals("""
                Heading 2 #甲 [Span {.heading-number} [Text "1"], Text " 甲"]
                Heading 2 #参考文献 {.unnumbered} [Text "参考文献"]
                Heading 2 #乙 [Span {.heading-number} [Text "2"], Text " 乙"]
                """, numbered("## 甲\n\n## 参考文献 {.unnumbered}\n\n## 乙\n", HeadingStyle.DECIMAL, false));
    }

    @Test
    void figuresAndCaptionedTablesAreNumberedInReadingOrder() {
        String dump = numbered("""
                ![猫](a.png)

                | a | b |
                |---|---|
                | 1 | 2 |

                Table: 第一张表

                > ![](b.png)

                表：第二张表

                | c |
                |---|
                | 3 |

                | d |
                |---|
                | 4 |
                """, HeadingStyle.OFF, true);
        assertEquals("""
                Figure Image "a.png" alt="猫" caption=[Span {.figure-number} [Text "图 1"], Text "　猫"]
                Container {.table-caption}
                  Para [Span {.table-number} [Text "表 1"], Text "　第一张表"]
                Table align=none,none
                  Head [Text "a"] | [Text "b"]
                  Row [Text "1"] | [Text "2"]
                BlockQuote
                  Figure Image "b.png" alt="" caption=[]
                Container {.table-caption}
                  Para [Span {.table-number} [Text "表 2"], Text "　第二张表"]
                Table align=none
                  Head [Text "c"]
                  Row [Text "3"]
                Table align=none
                  Head [Text "d"]
                  Row [Text "4"]
                """, dump, "a caption after its table moves above it; a figure or a table without one is not numbered");
    }

    @Test
    void headingsAndCaptionsNumberedByHandAreLeftAsWritten() {
        assertEquals("""
                Heading 1 #第一章-总论 [Text "第一章 总论"]
                Heading 2 #11-范围 [Text "1.1 范围"]
                Heading 2 #背景 [Text "背景"]
                Figure Image "a.png" alt="图 3：流程" caption=[Text "图 3：流程"]
                Figure Image "b.png" alt="架构" caption=[Span {.figure-number} [Text "图 4"], Text "　架构"]
                """, numbered("# 第一章 总论\n\n## 1.1 范围\n\n## 背景\n\n![图 3：流程](a.png)\n\n![架构](b.png)\n",
                HeadingStyle.DECIMAL, true));
        assertEquals(true, numbered("# 题目\n\n## 一、缘起\n\n## 二、经过\n", HeadingStyle.CHINESE, false).contains("[Text \"一、缘起\"]"));
        assertEquals(true, numbered("# 题目\n\n## 2025 年回顾\n\n## 展望\n\n## 致谢\n", HeadingStyle.DECIMAL, false)
                .contains("[Span {.heading-number} [Text \"1\"], Text \" 2025 年回顾\"]"), "one heading starting with a year is not hand numbering");
    }

    @Test
    void englishCaptionsSayFigureAndTable() {
        String dump = numbered("---\nlang: en\n---\n![A cat](a.png)\n", HeadingStyle.OFF, true);
        assertEquals(true, dump.contains("[Span {.figure-number} [Text \"Figure 1.\"], Text \" A cat\"]"), dump);
    }

    @Test
    void nothingToNumberGivesTheSameDocument() {
        Document doc = Transforms.run(TestDocs.parse("## 甲\n\n![猫](a.png)\n"), Transforms.standard(false));
        assertSame(doc, DocumentNumbers.article(doc, Numbering.OFF));
    }
}
