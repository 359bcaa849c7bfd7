package org.inkstone.render.pdf;

import org.jsoup.internal.NamespaceBindings;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document.OutputSettings.Syntax;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.ProcessingInstruction;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page as the W3C DOM that OpenHTMLtoPDF lays out: node for node, name for name and namespace for namespace what
 * jsoup's {@code W3CDom.fromJsoup} builds (namespace-aware, its rules for unsafe names and prefixed attributes kept),
 * without the back-reference to its jsoup node that {@code W3CDom} records on every node. Each of those is a user-data
 * entry (a map of its own per node) in the W3C document, and together they kept the whole jsoup tree reachable: a
 * 570-page book has about 200,000 nodes, so some 80 MB stayed live through layout and drawing for nothing
 * OpenHTMLtoPDF reads.
 */
final class W3cPage {
    private W3cPage() {}

    /** The W3C document of a jsoup page (its doctype, comments and root element, in order). */
    static Document of(org.jsoup.nodes.Document page) {
        Document out;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance(); // not thread-safe: one per page
            factory.setNamespaceAware(true);
            out = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        out.setXmlStandalone(true);
        if (!StringUtil.isBlank(page.location())) out.setDocumentURI(page.location());
        Builder builder = new Builder(out, page.outputSettings().syntax());
        org.jsoup.nodes.Element root = page.firstElementChild();
        for (org.jsoup.nodes.Node child : page.childNodes()) {
            if (child == root || child instanceof DocumentType || child instanceof Comment
                    || child instanceof ProcessingInstruction || child instanceof XmlDeclaration) {
                NodeTraversor.traverse(builder, child);
            }
        }
        return out;
    }

    /** One traversal of the jsoup tree, appending the W3C node of each node to the element being filled. */
    private static final class Builder implements NodeVisitor {
        private static final Pattern Q_NAME = Pattern.compile("^([^:]+):(.+)$");
        private static final String UNDEFINED_NS = "undefined";

        private final Document doc;
        private final Syntax syntax;
        private final NamespaceBindings sourceNamespaces = new NamespaceBindings();
        private final NamespaceBindings outputNamespaces = new NamespaceBindings();
        /** For each open jsoup element: whether it became a W3C element that the nodes below it go into. */
        private final Deque<Boolean> descended = new ArrayDeque<>();
        private Node dest;

        Builder(Document doc, Syntax syntax) {
            this.doc = doc;
            this.syntax = syntax;
            this.dest = doc;
            sourceNamespaces.put("xml", Parser.NamespaceXml);
            outputNamespaces.put("xml", Parser.NamespaceXml);
        }

        @Override
        public void head(org.jsoup.nodes.Node source, int depth) {
            if (source instanceof org.jsoup.nodes.Element e) appendElement(e);
            else if (source instanceof DocumentType t) appendDocumentType(t);
            else if (source instanceof CDataNode c) appendCdata(c);
            else if (source instanceof TextNode t) dest.appendChild(doc.createTextNode(t.getWholeText()));
            else if (source instanceof Comment c) dest.appendChild(doc.createComment(c.getData()));
            else if (source instanceof DataNode d) dest.appendChild(doc.createTextNode(d.getWholeData()));
            else if (source instanceof ProcessingInstruction p) appendProcessingInstruction(p);
            else if (source instanceof XmlDeclaration x) appendProcessingInstruction(x);
        }

        @Override
        public void tail(org.jsoup.nodes.Node source, int depth) {
            if (!(source instanceof org.jsoup.nodes.Element)) return;
            if (descended.pop() && dest.getParentNode() != null) dest = dest.getParentNode();
            sourceNamespaces.popScope();
            outputNamespaces.popScope();
        }

        /** (W3CDom also reads the declarations of a root element's ancestors: a page's root has none.) */
        private void appendElement(org.jsoup.nodes.Element source) {
            sourceNamespaces.pushScope();
            outputNamespaces.pushScope();
            sourceNamespaces.applyDeclarations(source.attributes());
            String namespace = namespace(source);
            String tagName = safeName(source.tagName(), Syntax.xml);
            Element el;
            try {
                // an empty namespace if there is none but the tag name has a prefix
                el = doc.createElementNS(namespace == null && tagName.contains(":") ? "" : namespace, tagName);
            } catch (DOMException unsafe) {
                // a name that cannot be made safe is kept as text
                dest.appendChild(doc.createTextNode("<" + tagName + ">"));
                descended.push(false);
                return;
            }
            copyAttributes(source, el);
            dest.appendChild(el);
            dest = el;
            descended.push(true);
        }

        private void appendDocumentType(DocumentType source) {
            try {
                dest.appendChild(doc.getImplementation().createDocumentType(source.name(), source.publicId(), source.systemId()));
            } catch (DOMException invalid) {
                // an invalid doctype is left out
            }
        }

        private void appendCdata(CDataNode source) {
            try {
                dest.appendChild(doc.createCDATASection(source.getWholeText()));
            } catch (DOMException invalid) {
                dest.appendChild(doc.createTextNode(source.getWholeText()));
            }
        }

        private void appendProcessingInstruction(ProcessingInstruction source) {
            try {
                dest.appendChild(doc.createProcessingInstruction(source.target(), source.data()));
            } catch (DOMException invalid) {
                // left out
            }
        }

        private void appendProcessingInstruction(XmlDeclaration source) {
            if (!source.outerHtml().startsWith("<?") || source.name().equalsIgnoreCase("xml")) return;
            try {
                dest.appendChild(doc.createProcessingInstruction(source.name(), source.getWholeDeclaration()));
            } catch (DOMException invalid) {
                // left out
            }
        }

        /** The element's namespace; plain XML elements have none in the W3C DOM. */
        private static String namespace(org.jsoup.nodes.Element source) {
            String namespace = source.tag().namespace();
            if (Parser.NamespaceXml.equals(namespace) && source.tag().prefix().isEmpty()) return null;
            return namespace;
        }

        /** Namespace declarations first, then the other attributes. */
        private void copyAttributes(org.jsoup.nodes.Element source, Element el) {
            for (Attribute a : source.attributes()) if (NamespaceBindings.isDeclaration(a.getKey())) copyAttribute(el, a);
            for (Attribute a : source.attributes()) if (!NamespaceBindings.isDeclaration(a.getKey())) copyAttribute(el, a);
        }

        private void copyAttribute(Element el, Attribute a) {
            if (!trySetAttribute(el, a, syntax) && syntax != Syntax.xml) trySetAttribute(el, a, Syntax.xml);
        }

        private boolean trySetAttribute(Element el, Attribute a, Syntax as) {
            try {
                setAttribute(el, a, as);
                return true;
            } catch (DOMException unsafe) {
                return false;
            }
        }

        private void setAttribute(Element el, Attribute a, Syntax as) {
            String key = safeName(a.getKey(), as);
            String declared = NamespaceBindings.declarationPrefix(key);
            if (declared != null) {
                el.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, key, a.getValue());
                outputNamespaces.put(declared, a.getValue());
                return;
            }
            int colon = key.indexOf(':');
            if (colon == -1) { // default namespaces do not apply to unprefixed attributes
                el.setAttribute(key, a.getValue());
                return;
            }
            String prefix = key.substring(0, colon);
            String namespace = !a.namespace().isEmpty() ? a.namespace() : sourceNamespaces.get(a.prefix());
            if (namespace == null || namespace.isEmpty()) namespace = UNDEFINED_NS;
            el.setAttributeNS(namespace, key, a.getValue());
            if (!namespace.equals(outputNamespaces.get(prefix))) {
                el.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + prefix, namespace);
                outputNamespaces.put(prefix, namespace);
            }
        }

        private String safeName(String name, Syntax as) {
            String normalized = Attribute.getValidKey(name, as);
            if (normalized.indexOf(':') == -1) return normalized;
            Matcher parts = Q_NAME.matcher(normalized);
            if (!parts.matches()) return safeNcName(normalized.replace(':', '_'));
            return safeNcName(parts.group(1)) + ':' + safeNcName(parts.group(2));
        }

        private String safeNcName(String name) {
            if (validNcName(name)) return name;
            String safeStart = StringUtil.concat('_', name);
            if (validNcName(safeStart)) return safeStart;
            return Attribute.getValidKey(name.replace(':', '_'), Syntax.xml);
        }

        /** Checked as a local name, so that reserved words such as xmlns count as ordinary names. */
        private boolean validNcName(String name) {
            try {
                doc.createAttributeNS(UNDEFINED_NS, "p:" + name);
                return true;
            } catch (DOMException invalid) {
                return false;
            }
        }
    }
}
