package org.inkstone.math;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.awt.Color;

/**
 * A laid-out formula painted into Batik's SVG generator: text drawn as glyph outlines (so the SVG
 * needs no font), no embedded SVG fonts. The result is Batik's DOM, which {@link FilledOutlines}
 * reduces to plain paths. Batik's number formatting is shared process-wide: call under
 * {@link MathRenderer}'s lock.
 */
final class BatikDrawing {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final DOMImplementation DOM;
    static {
        try {
            DOM = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM implementation in this JVM", e);
        }
    }

    private BatikDrawing() {}

    /** Batik's {@code <svg>} root for {@code icon} painted at the origin in {@code ink}. */
    static Element draw(TeXIcon icon, Color ink) {
        Document document = DOM.createDocument(SVG_NS, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setEmbeddedFontsOn(false);
        context.setComment(null);
        // Batik's 12 decimals keep glyph outlines exact before FilledOutlines rounds to the final pixel grid.
        context.setPrecision(12);
        SVGGraphics2D graphics = new SVGGraphics2D(context, true);
        icon.setForeground(ink);
        icon.paintIcon(null, graphics, 0, 0);
        Element root = graphics.getRoot();
        graphics.dispose();
        return root;
    }
}
