package org.inkstone.render.xhtml;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Document;
import org.inkstone.model.ModelDump;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** features.md end to end: model golden, XHTML golden, and what a reader must (not) see. */
class FeaturesGoldenTest {

    private static String featuresSource() {
        return TestDocs.read(TestDocs.FEATURES);
    }

    @Test
    void modelDumpMatchesGolden() {
        Document doc = TestDocs.parse(featuresSource(), new Diagnostics("features.md"));
        TestDocs.assertGolden("features.model.txt", ModelDump.of(doc));
    }

    static String xhtml() {
        Diagnostics d = new Diagnostics("features.md");
        Document doc = TestDocs.build(featuresSource(), d);
        Element article = new XhtmlWriter(ImageResolver.AS_WRITTEN, d).article(doc);
        return XhtmlWriter.serialize(XhtmlWriter.page(doc.metadata(), "", article));
    }

    @Test
    void xhtmlMatchesGoldenAndIsWellFormedXml() throws Exception {
        String xhtml = xhtml();
        TestDocs.assertGolden("features.xhtml", xhtml);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", dom.getDocumentElement().getLocalName());
        assertEquals(XhtmlWriter.XHTML_NS, dom.getDocumentElement().getNamespaceURI());
    }

    @Test
    void noRawSyntaxReachesTheReader() {
        String xhtml = xhtml();
        String text = Jsoup.parse(xhtml, "", Parser.xmlParser()).text();
        for (String syntax : List.of("[!NOTE]", "[!TIP]", "[!warning]", "```ad-", "!!!", "$$", "==", "[[", "<!--", "评注建议",
                "行内的批注", "***", "[TOC]", "{#")) {
            assertFalse(text.contains(syntax), "raw syntax '" + syntax + "' is visible in the output");
        }
        assertFalse(xhtml.contains("<!--"), "an HTML comment survived");
        assertFalse(xhtml.contains("<script"), "a script survived");
        assertFalse(xhtml.contains("onclick"), "an event handler survived");
    }

    @Test
    void semanticStructure() {
        org.jsoup.nodes.Document page = Jsoup.parse(xhtml());
        assertEquals(List.of("note", "tip", "warning", "tip", "warning", "quote", "note", "tip", "note"),
                page.select("aside.callout").eachAttr("data-kind"));
        assertEquals("开源模型 vs. 封闭模型", page.select("aside.callout-tip p.callout-title").get(1).text());
        assertEquals("引用", page.select("aside.callout-quote p.callout-title").text(), "an untitled callout shows its kind");
        assertEquals(9, page.select("figure.figure").size());
        assertEquals("图 1：本地图片的标题", page.select("figure figcaption").first().text());
        assertEquals("https://example.com/gallery", page.select("figure > a").attr("href"));
        assertEquals(2, page.select("section.footnotes li").size());
        assertEquals(List.of("fnref-1-1", "fnref-2-1", "fnref-1-2"), page.select("sup.footnote-ref a").eachAttr("id"));
        assertEquals(2, page.select("#fn-1 a.footnote-back").size(), "a note cited twice links back twice");
        assertEquals(List.of("left", "center", "right", "left", "right"), page.select("thead th[style]").eachAttr("style").stream()
                .map(s -> s.replace("text-align: ", "")).toList());
        assertEquals("第二章-边界情况", page.select("h1").get(2).id());
        assertEquals(1, page.select("p > a[href=\"#第二章-边界情况\"]").size());
        assertEquals(1, page.select("nav.toc").size());
        assertEquals(2, page.select("nav.toc > ol > li").size(), "the TOC lists both chapters at its top level");
        assertEquals("E = mc^2", page.select("span.math-inline").first().text());
        assertEquals("\\int_0^1 x^2 \\, dx = \\frac{1}{3}", page.select("div.math-display").first().text());
        assertEquals(1, page.select("ul.task-list input[checked]").size());
        assertEquals(3, page.select("ul.task-list input[type=checkbox]").size());
        assertEquals("高亮文字", page.select("mark").text());
        assertEquals("2", page.select("sub").text());
        assertEquals("粗斜体", page.select("em > strong, strong > em").text());
        assertTrue(page.select("div.raw-html b").size() == 1, "safe raw HTML survives");
        assertEquals("color:red", page.select("div.raw-html div").attr("style"), "inline styles survive");
    }

    @Test
    void cjkLineBreaksJoinWithoutSpaceButLatinKeepsOne() {
        org.jsoup.nodes.Document page = Jsoup.parse(xhtml());
        String p = page.select("h1[id] + p").first().wholeText();
        assertTrue(p.contains("在两个汉字之间换行渲染后不应多出空格"), p);
        assertTrue(p.contains("English words\nacross"), p);
    }

    @Test
    void titleBlockComesFromFrontMatter() {
        org.jsoup.nodes.Document page = Jsoup.parse(xhtml());
        assertEquals("功能样张：一份覆盖全部语法的测试文稿", page.select("header.title-block h1.title").text());
        assertEquals("林清远、Mei Chen", page.select("header.title-block p.authors").text());
        assertEquals("zh-Hans", page.select("html").attr("lang"));
    }
}
