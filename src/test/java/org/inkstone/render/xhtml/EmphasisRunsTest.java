package org.inkstone.render.xhtml;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the writer marks emphasis on Chinese text for the theme's {@code cjk-emphasis}: per run of script. */
class EmphasisRunsTest {

    private static String paragraph(String markdown, CjkEmphasis choice) {
        Diagnostics d = new Diagnostics("t.md");
        Element article = new XhtmlWriter(ImageResolver.AS_WRITTEN, d, XhtmlSettings.builder().cjkEmphasis(choice).build())
                .article(TestDocs.build(markdown, d));
        return article.selectFirst("p").html();
    }

    private static String dots(String markdown) {
        return paragraph(markdown, CjkEmphasis.DOTS);
    }

    @Test
    void chineseEmphasisCarriesTheClassItself() {
        assertEquals("<em class=\"emphasis-dots\">强调的中文</em>和", dots("*强调的中文*和"));
        assertEquals("<em class=\"emphasis-dots\">第3章，“注”</em>", dots("*第3章，“注”*"),
                "digits and the punctuation both scripts share go with the Chinese");
    }

    @Test
    void latinEmphasisStaysAPlainEm() {
        assertEquals("<em>emphasis in English</em>", dots("*emphasis in English*"));
        assertEquals("<em>2026</em>", dots("*2026*"), "no Chinese: nothing to mark");
    }

    @Test
    void mixedEmphasisMarksEachChineseRunAndLeavesTheLatinItalic() {
        assertEquals("<em><span class=\"emphasis-dots\">学会用</span> Markdown <span class=\"emphasis-dots\">写作</span></em>",
                dots("*学会用 Markdown 写作*"), "the spaces between the scripts go with the Latin text");
        assertEquals("<em><span class=\"emphasis-dots\">“中文”与</span> Java 17</em>", dots("*“中文”与 Java 17*"));
        assertEquals("<em>Hello<span class=\"emphasis-dots\">，世界！</span></em>", dots("*Hello，世界！*"));
    }

    @Test
    void codeAndNestedElementsAreJudgedByTheirText() {
        assertEquals("<em class=\"emphasis-dots\">强调里的 <code>code</code> 和公式</em>", dots("*强调里的 `code` 和公式*"),
                "code does not count as Latin emphasis, and is left as it is");
        assertEquals("<em>English <code>代码</code> words</em>", dots("*English `代码` words*"));
        assertEquals("<em class=\"emphasis-dots\"><strong>粗斜体</strong></em>", dots("***粗斜体***"));
        assertEquals("<em><span class=\"emphasis-dots\">中文</span><strong>bold</strong></em>", dots("*中文**bold***"));
        assertEquals("<em class=\"emphasis-dots\">看<a href=\"https://example.com\">链接</a>吧</em>",
                dots("*看[链接](https://example.com)吧*"));
    }

    @Test
    void theThemesChoiceNamesTheClassAndItalicMarksNothing() {
        assertEquals("<em class=\"emphasis-bold\">强调</em>", paragraph("*强调*", CjkEmphasis.BOLD));
        assertEquals("<em>强调</em>", paragraph("*强调*", CjkEmphasis.ITALIC));
        assertEquals("<em>强调</em>", paragraph("*强调*", XhtmlSettings.defaults().cjkEmphasis()),
                "the writer's own default is the plain <em>; outputs take the theme's choice");
        assertEquals("<strong>加粗</strong>", dots("**加粗**"), "strong is never marked: it is the bold face");
    }

    @Test
    void theChoiceIsReadFromTheThemeProperties() {
        Diagnostics d = new Diagnostics("t.md");
        assertEquals(CjkEmphasis.DOTS, CjkEmphasis.of(Map.of(), d), "dots unless the theme says");
        assertEquals(CjkEmphasis.BOLD, CjkEmphasis.of(Map.of("cjk-emphasis", " Bold "), d));
        assertEquals(CjkEmphasis.ITALIC, CjkEmphasis.of(Map.of("cjk-emphasis", "italic"), d));
        assertFalse(d.hasWarnings());
        assertEquals(CjkEmphasis.DOTS, CjkEmphasis.of(Map.of("cjk-emphasis", "underline"), d));
        assertTrue(d.all().stream().map(Diagnostic::message).anyMatch(m -> m.contains("cjk-emphasis is 'underline'")
                && m.contains("dots, bold or italic")), d.all().toString());
    }

    @Test
    void aDotGoesUnderCharactersNotUnderPunctuationOrSpaces() {
        for (int c : "强调中文3aＡ々".codePoints().toArray()) assertTrue(CjkEmphasis.takesDot(c), Character.toString(c));
        for (int c : "，。、“”（）《》！？…—· \u3000".codePoints().toArray()) {
            assertFalse(CjkEmphasis.takesDot(c), Character.toString(c));
        }
    }
}
