package org.inkstone.render.pdf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InlineBoundaryGlueTest {
    /** Runs the step on {@code html} inside an article; returns the article, after checking that its text is unchanged. */
    private static Element glued(String html, int spans) {
        Element article = Jsoup.parseBodyFragment("<article>" + html + "</article>").selectFirst("article");
        String text = article.wholeText();
        assertEquals(spans, InlineBoundaryGlue.apply(article), article.html());
        assertEquals(text, article.wholeText(), "the text is unchanged");
        return article;
    }

    private static List<String> glue(Element article) {
        return article.select("span.ink-glue").eachText();
    }

    @Test
    void aMarkAfterBoldTextKeepsItsLastCharacter() {
        Element a = glued("<p>他说：<strong>“今天先做完。”</strong>。然后离开</p>", 1);
        assertEquals(List.of("完。”。"), glue(a));
        Element span = a.selectFirst("span.ink-glue");
        assertEquals("display: inline-block; white-space: nowrap; text-indent: 0", span.attr("style"));
        assertEquals("<strong style=\"padding-left: 0; margin-left: 0; border-left: 0\">完。”</strong>。", span.html());
        assertEquals("“今天先做", a.selectFirst("strong").text(), "the bold text before the glue is the same element, split");
        assertTrue(a.selectFirst("p").hasClass("inline-blocks"), "print.css indents the paragraph by a box");
    }

    @Test
    void anOpeningMarkBeforeBoldTextKeepsItsFirstCharacter() {
        // a line may end after 问：, so the quote only needs the character after it
        assertEquals(List.of("“粗"), glue(glued("<p>她问：“<strong>粗体</strong>的引语”</p>", 1)));
    }

    @Test
    void linksCodeAndEmphasisAreSplitAtTheirEdge() {
        Element a = glued("<p>请看<a href=\"x\" id=\"l\">这个链接</a>，以及<code>mvn -q package</code>。还有<em>强调</em>、</p>", 3);
        assertEquals(List.of("接，", "package。", "调、"), glue(a));
        assertEquals(2, a.select("a[href=x]").size());
        assertEquals(1, a.select("[id=l]").size(), "the id stays on one part");
        assertEquals("mvn -q ", a.select("code").first().wholeText());
        assertTrue(a.select("code").first().attr("style").contains("padding-right: 0"), "no padding at the seam");
    }

    @Test
    void aFootnoteCallKeepsToTheWordBeforeAndTheMarkAfter() {
        Element a = glued("<p>版心<sup class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup>、眉批</p>", 1);
        assertEquals(List.of("心1、"), glue(a));
        // as PageFootnotes leaves it: the note's div inside the paragraph (which an HTML parser would not build)
        Element b = Jsoup.parseBodyFragment("<article><p>文字</p></article>").selectFirst("article");
        Element note = new Element("div").addClass("footnote").attr("data-n", "1").appendChild(new Element("p").text("注。"));
        b.selectFirst("p").appendChild(note).appendText("。后");
        assertEquals(1, InlineBoundaryGlue.apply(b));
        assertEquals(1, b.select("span.ink-glue > div.footnote").size(), b.html());
        assertEquals("字注。。", b.selectFirst("span.ink-glue").wholeText());
    }

    @Test
    void aFormulaKeepsTheMarkAfterIt() {
        Element a = glued("<p>公式<span class=\"math math-inline\"><svg></svg></span>，价格</p>", 1);
        assertEquals(1, a.select("span.ink-glue > span.math-inline").size());
    }

    @Test
    void dashesSplitBetweenElementsAreJoined() {
        assertEquals(List.of("前——"), glue(glued("<p>面前—<strong>—她翻</strong></p>", 1)));
    }

    @Test
    void nothingChangesWhereNoMarkMeetsAnEdge() {
        String html = "<p>甲<strong>乙</strong>丙，<em>丁</em> 。<code>x</code>, y</p><pre><code>a</code>。</pre>";
        String before = Jsoup.parseBodyFragment("<article>" + html + "</article>").selectFirst("article").html();
        assertEquals(before, glued(html, 0).html());
    }

    @Test
    void gluesThatMeetMerge() {
        assertEquals(List.of("《红", "梦》"), glue(glued("<p>书名《<strong>红楼梦</strong>》与</p>", 2)));
        assertEquals(List.of("《红楼》"), glue(glued("<p>书名《<strong>红楼</strong>》与</p>", 1)), "touching glues are one");
    }

    @Test
    void onlyTheArticlesOwnParagraphsAreMarkedAndNothingInPreOrSvgIsGlued() {
        Element a = glued("<ul><li><p>见<strong>粗</strong>。</p></li></ul><p>甲<em>乙</em>，丙</p><p>无<em>标</em>点</p>"
                + "<div><p>丙<em>丁</em>。</p></div><svg><foreignObject><p>庚<em>辛</em>。</p></foreignObject></svg>"
                + "<pre><div><p>戊<em>己</em>。</p></div></pre>", 3);
        assertEquals(List.of("粗。", "乙，", "丁。"), glue(a));
        assertEquals(List.of("甲乙，丙"), a.select("p.inline-blocks").eachText(), "the article's own paragraph with a glue span");
        assertEquals(0, a.select("svg span.ink-glue, pre span.ink-glue").size());
    }
}
