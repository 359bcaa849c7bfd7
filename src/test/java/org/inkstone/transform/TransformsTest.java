package org.inkstone.transform;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Document;
import org.inkstone.model.ModelDump;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransformsTest {

    private static String dump(String markdown, boolean notes) {
        Document doc = Transforms.run(TestDocs.parse(markdown), Transforms.standard(notes));
        return ModelDump.of(doc.blocks());
    }

    @Test
    void softBreakBetweenHanCharactersDisappears() {
        assertEquals("Para [Text \"第一行第二行\"]\n", dump("第一行\n第二行\n", false));
        assertEquals("Para [Text \"句号。下一句\"]\n", dump("句号。\n下一句\n", false));
        assertEquals("Para [Strong [Text \"粗体\"], Text \"接着\"]\n", dump("**粗体**\n接着\n", false));
    }

    @Test
    void softBreakNextToFullWidthPunctuationDisappears() {
        assertEquals("Para [Text \"水、H2O\"]\n", dump("水、\nH2O\n", false));
        assertEquals("Para [Text \"OpenAI（美国）\"]\n", dump("OpenAI\n（美国）\n", false));
        assertEquals("Para [Text \"“AI”\", SoftBreak, Text \"model\"]\n", dump("“AI”\nmodel\n", false),
                "curly quotes are shared with Latin text: the space stays");
    }

    @Test
    void softBreakNextToLatinStays() {
        assertEquals("Para [Text \"English\", SoftBreak, Text \"words\"]\n", dump("English\nwords\n", false));
        assertEquals("Para [Text \"中文\", SoftBreak, Text \"English\"]\n", dump("中文\nEnglish\n", false));
        assertEquals("Para [Text \"한국어\", SoftBreak, Text \"문장\"]\n", dump("한국어\n문장\n", false), "Korean uses spaces");
    }

    @Test
    void headingIdsAreSlugsUniqueAndExplicitIdsWin() {
        String d = dump("# 第一章 开始\n\n## 小结\n\n## 小结\n\n## Hello, World!\n\n## 自定义 {#mine}\n\n## mine\n\n## ！？\n", false);
        assertEquals("""
                Heading 1 #第一章-开始 [Text "第一章 开始"]
                Heading 2 #小结 [Text "小结"]
                Heading 2 #小结-1 [Text "小结"]
                Heading 2 #hello-world [Text "Hello, World!"]
                Heading 2 #mine [Text "自定义"]
                Heading 2 #mine-1 [Text "mine"]
                Heading 2 #section [Text "！？"]
                """, d);
    }

    @Test
    void headingIdsAreStableAcrossRuns() {
        String md = "# 甲\n\n# 甲\n\n## 乙 **丙**\n";
        assertEquals(dump(md, false), dump(md, false));
    }

    @Test
    void editorNotesAreRemovedUnlessAskedFor() {
        String md = "前文<!-- 行内批注 -->后文。\n\n<!-- 评注建议：整段 -->\n\n- 项目\n    <!-- 列表中的批注 -->\n  续行。\n";
        String removed = dump(md, false);
        assertFalse(removed.contains("EditorNote"), removed);
        assertTrue(removed.startsWith("Para [Text \"前文后文。\"]\n"), removed);
        String kept = dump(md, true);
        assertTrue(kept.contains("EditorNote \"行内批注\"") && kept.contains("EditorNote \"评注建议：整段\"")
                && kept.contains("EditorNote \"列表中的批注\""), kept);
    }

    @Test
    void transformsDoNotTouchCode() {
        assertEquals("CodeBlock lang=\"\" \"第一行\\n第二行\"\n", dump("```\n第一行\n第二行\n```\n", false));
        Diagnostics d = new Diagnostics("x");
        assertTrue(TestDocs.build("`a`\n`b`\n", d).blocks().size() == 1);
    }
}
