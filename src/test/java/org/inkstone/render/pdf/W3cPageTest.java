package org.inkstone.render.pdf;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.math.MathRenderer;
import org.inkstone.model.Document;
import org.inkstone.render.xhtml.ImageResolver;
import org.inkstone.render.xhtml.XhtmlSettings;
import org.inkstone.render.xhtml.XhtmlWriter;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The W3C copy of a page is the one jsoup's W3CDom makes, node for node, minus its back-references. */
class W3cPageTest {

    /** Equal as DOM Level 3 defines it (names, namespaces, prefixes, values, attributes, children, the doctype), and no user data. */
    private static void assertSameAsW3cDom(org.jsoup.nodes.Document page) {
        org.w3c.dom.Document expected = new W3CDom().fromJsoup(page);
        org.w3c.dom.Document actual = W3cPage.of(page);
        assertTrue(actual.isEqualNode(expected), () -> "differs from W3CDom:\n" + W3CDom.asString(actual, null)
                + "\n----\n" + W3CDom.asString(expected, null));
        assertEquals(nodes(expected).size(), nodes(actual).size());
        for (Node n : nodes(actual)) assertNull(n.getUserData(W3CDom.SourceProperty), "no back-reference to jsoup");
        assertEquals(expected.getXmlStandalone(), actual.getXmlStandalone());
    }

    private static List<Node> nodes(Node root) {
        List<Node> out = new ArrayList<>();
        out.add(root);
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) out.addAll(nodes(children.item(i)));
        return out;
    }

    @Test
    void theFeaturesArticleWithFormulasAndCodeIsCopiedExactly() {
        Diagnostics d = new Diagnostics("features.md");
        Document doc = TestDocs.build(TestDocs.read(TestDocs.FEATURES), d);
        Element article = new XhtmlWriter(ImageResolver.AS_WRITTEN, d, XhtmlSettings.builder().math(() -> new MathRenderer(16)).build())
                .article(doc);
        org.jsoup.nodes.Document page = XhtmlWriter.page(doc.metadata(), "p { color: red }", article);
        XhtmlWriter.serialize(page); // as the renderer does: XML output syntax
        assertTrue(page.select("svg").size() > 0 && page.select("pre.code-block span").size() > 10, "formulas and highlighted code");
        assertSameAsW3cDom(page);
        org.w3c.dom.Document w3c = W3cPage.of(page);
        assertEquals(XhtmlWriter.XHTML_NS, w3c.getDocumentElement().getNamespaceURI());
        assertEquals("http://www.w3.org/XML/1998/namespace", w3c.getDocumentElement().getAttributeNodeNS(
                "http://www.w3.org/XML/1998/namespace", "lang").getNamespaceURI());
    }

    @Test
    void oddNamesPrefixesAndNodeKindsFollowW3cDom() {
        String html = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>p{}</style></head><body>"
                + "<!-- a comment --><p epub:type=\"noteref\" xml:lang=\"en\" xlink:href=\"#x\" data-x=\"1\" bad\"name=\"2\">a &amp; b</p>"
                + "<foo:bar>prefixed tag</foo:bar><svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<use xlink:href=\"#g\"></use><title>t</title></svg><div xmlns:ink=\"urn:ink\" ink:x=\"1\"><span ink:y=\"2\">z</span></div>"
                + "<p 1abc=\"x\" data-名=\"y\">digit-led and non-ASCII attribute names</p></body></html>";
        org.jsoup.nodes.Document asHtml = Jsoup.parse(html);
        assertSameAsW3cDom(asHtml); // HTML output syntax: attribute names are first tried as HTML allows them
        org.jsoup.nodes.Document asXml = Jsoup.parse(html);
        XhtmlWriter.serialize(asXml);
        assertSameAsW3cDom(asXml);
        org.jsoup.nodes.Document xml = Jsoup.parse("<?xml version=\"1.0\"?><?pi data?><root xmlns:a=\"urn:a\"><a:x a:y=\"1\">t</a:x>"
                + "<![CDATA[ <raw> ]]><b>1</b></root>", "", Parser.xmlParser());
        assertSameAsW3cDom(xml);
    }

    @Test
    void anElementTheW3cDomRefusesBecomesTextAndItsChildrenStayInItsParent() {
        org.jsoup.nodes.Document page = Jsoup.parse("<p>x</p>");
        page.body().appendChild(new Element("xml:foo")).appendElement("i").text("inside"); // reserved prefix: refused
        page.body().appendChild(new Element("a:b:c")).appendElement("b").text("made safe");
        page.body().appendElement("p").text("after");
        assertSameAsW3cDom(page);
        org.w3c.dom.Document w3c = W3cPage.of(page);
        assertEquals("<xml:foo>", w3c.getElementsByTagName("i").item(0).getPreviousSibling().getNodeValue());
    }
}
