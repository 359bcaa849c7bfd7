package org.inkstone.render.epub;

import org.inkstone.render.xhtml.XhtmlWriter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;

import java.nio.charset.StandardCharsets;

/** An XHTML content document of the book: the page around a piece of content, linked to the book's style sheet. */
final class ContentPage {
    static final String EPUB_NS = "http://www.idpf.org/2007/ops";
    static final String STYLESHEET = "styles/book.css";

    private ContentPage() {}

    /** A page titled {@code title} whose {@code <body class="ink …">} holds {@code content}. */
    static Document of(String title, String language, String bodyClass, Element content) {
        Document page = new Document("");
        XmlDeclaration decl = new XmlDeclaration("xml", false);
        decl.attr("version", "1.0").attr("encoding", "UTF-8");
        page.appendChild(decl);
        page.appendChild(new TextNode("\n"));
        page.appendChild(new DocumentType("html", "", ""));
        page.appendChild(new TextNode("\n"));
        Element html = page.appendElement("html").attr("xmlns", XhtmlWriter.XHTML_NS).attr("xmlns:epub", EPUB_NS)
                .attr("lang", language).attr("xml:lang", language);
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(title);
        head.appendElement("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", STYLESHEET);
        Element body = html.appendElement("body").addClass("ink");
        for (String c : bodyClass.split(" ")) if (!c.isBlank()) body.addClass(c);
        body.appendChild(content);
        return page;
    }

    /** Well-formed XHTML in UTF-8, without characters XML cannot hold. */
    static byte[] bytes(Document page) {
        return XmlText.clean(XhtmlWriter.serialize(page)).getBytes(StandardCharsets.UTF_8);
    }
}
