package org.inkstone.fuzz;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The properties every fuzz case's output must have. Each check throws an {@link AssertionError} naming the file
 * and what is wrong.
 */
public final class OutputChecks {
    /** Attributes that a browser or reader follows or loads. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "xlink:href", "action", "formaction",
            "poster", "cite", "background", "data", "srcset", "longdesc", "manifest", "codebase", "dynsrc", "lowsrc");
    /** Tags the WeChat editor drops or that would carry behaviour or styles other than inline ones. */
    private static final Set<String> WECHAT_FORBIDDEN_TAGS = Set.of("style", "script", "link", "iframe", "object",
            "embed", "form", "input", "button", "textarea", "select", "meta", "base", "frame", "frameset", "applet");

    private static final SAXParserFactory XML = xmlFactory();

    private OutputChecks() {}

    /** The page parses as XML, and no URL in it is executable. */
    static void xhtmlPage(String name, byte[] content) {
        String xml = new String(content, StandardCharsets.UTF_8);
        wellFormed(name, xml);
        noExecutableUrls(name, Jsoup.parse(xml, "", Parser.xmlParser()));
    }

    /**
     * The WeChat fragment keeps its promises: one root {@code <section>} and nothing beside it; no class or id
     * attribute, no {@code <style>} or {@code <script>} (styles are only inline), no event attribute, no
     * executable URL.
     */
    public static void wechatFragment(String name, byte[] content) {
        String html = new String(content, StandardCharsets.UTF_8);
        Element body = Jsoup.parseBodyFragment(html).body();
        if (body.childrenSize() != 1 || !body.child(0).tagName().equals("section")) {
            throw new AssertionError(name + ": the fragment must have one root <section>, has "
                    + body.children().stream().map(Element::tagName).toList() + "\n" + html);
        }
        for (Node n : body.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                throw new AssertionError(name + ": text outside the root <section>: '" + t.text() + "'\n" + html);
            }
        }
        for (Element e : body.child(0).getAllElements()) {
            if (WECHAT_FORBIDDEN_TAGS.contains(e.normalName())) {
                throw new AssertionError(name + ": <" + e.normalName() + "> in the fragment: " + e.outerHtml());
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.equals("class") || key.equals("id")) {
                    throw new AssertionError(name + ": " + key + " attribute in the fragment: " + shortTag(e));
                }
                if (key.startsWith("on")) {
                    throw new AssertionError(name + ": event attribute " + key + " in the fragment: " + shortTag(e));
                }
            }
        }
        noExecutableUrls(name, body);
    }

    /** Every XML file of the book parses, and no XHTML page in it carries an executable URL. */
    static void epub(String name, byte[] content) {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) entries.put(e.getName(), zip.readAllBytes());
        } catch (IOException e) {
            throw new AssertionError(name + ": not a readable zip: " + e, e);
        }
        if (!entries.containsKey("mimetype")) throw new AssertionError(name + ": no mimetype entry, has " + entries.keySet());
        entries.forEach((entry, bytes) -> {
            String where = name + "!" + entry;
            if (entry.endsWith(".xhtml")) {
                xhtmlPage(where, bytes);
            } else if (entry.endsWith(".opf") || entry.endsWith(".ncx") || entry.endsWith(".xml") || entry.endsWith(".svg")) {
                wellFormed(where, new String(bytes, StandardCharsets.UTF_8));
            }
        });
    }

    /** The PDF loads, and none of its links runs script or points at an executable URL. */
    static void pdf(String name, byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.getNumberOfPages() < 1) throw new AssertionError(name + ": no page");
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link)) continue;
                    PDAction action = link.getAction();
                    if (action instanceof PDActionJavaScript) throw new AssertionError(name + ": a link runs JavaScript");
                    if (action instanceof PDActionURI uri && executable(uri.getURI())) {
                        throw new AssertionError(name + ": link to an executable URL: " + uri.getURI());
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError(name + ": PDFBox cannot read it: " + e, e);
        }
    }

    static void wellFormed(String name, String xml) {
        try {
            SAXParser parser = XML.newSAXParser();
            parser.parse(new InputSource(new StringReader(xml)), new DefaultHandler());
        } catch (SAXParseException e) {
            throw new AssertionError(name + ": not well-formed XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage() + "\n" + excerpt(xml, e.getLineNumber()), e);
        } catch (Exception e) {
            throw new AssertionError(name + ": XML parser failed: " + e, e);
        }
    }

    static void noExecutableUrls(String name, Element root) {
        for (Element e : root.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (URL_ATTRIBUTES.contains(key) || key.endsWith(":href")) {
                    if (executable(a.getValue())) {
                        throw new AssertionError(name + ": executable URL in " + key + ": " + shortTag(e));
                    }
                } else if (key.equals("style")) {
                    String style = squeeze(a.getValue());
                    if (style.contains("javascript:") || style.contains("vbscript:") || style.contains("expression(")) {
                        throw new AssertionError(name + ": script in a style attribute: " + shortTag(e));
                    }
                }
            }
        }
    }

    /** {@code javascript:}, {@code vbscript:} or {@code data:text/html}, however spaced, cased or split by controls. */
    static boolean executable(String url) {
        String u = squeeze(url);
        return u.startsWith("javascript:") || u.startsWith("vbscript:") || u.startsWith("data:text/html");
    }

    /** Lower case, without the spaces and control characters a browser ignores inside a scheme. */
    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c != 0x7f) b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static String shortTag(Element e) {
        String html = e.outerHtml();
        return html.length() > 300 ? html.substring(0, 300) + "…" : html;
    }

    private static String excerpt(String xml, int line) {
        String[] lines = xml.split("\n", -1);
        if (line < 1 || line > lines.length) return "";
        String l = lines[line - 1];
        return l.length() > 400 ? l.substring(0, 400) + "…" : l;
    }

    private static SAXParserFactory xmlFactory() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return f;
    }
}
