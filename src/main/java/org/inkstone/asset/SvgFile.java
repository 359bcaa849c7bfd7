package org.inkstone.asset;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SVG bytes with the JDK's own XML parser, locked down: no external DTD, entity or schema
 * is ever loaded (the internal subset some editors write is allowed, with the JDK's secure
 * processing limits on entity expansion). Gives the root element's size and checks that the
 * whole file is well-formed with an {@code <svg>} root, and that its {@code <use>} references end
 * ({@link SvgReferences}).
 */
final class SvgFile {
    private static final Pattern LENGTH = Pattern.compile("\\s*([+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([a-zA-Z%]*)\\s*");
    private static final SAXParserFactory FACTORY = factory();

    private SvgFile() {}

    /** Size from width/height, else from the viewBox (one of width/height plus the viewBox's ratio); empty when unstated. */
    static Optional<ImageSize> size(byte[] bytes) {
        RootHandler root = new RootHandler(true);
        try {
            parse(bytes, root);
        } catch (SAXException | IOException e) {
            // a stop after the root, or damage before it
        }
        return root.seen ? root.size : Optional.empty();
    }

    /** Parses the whole file: well-formed XML whose root element is {@code svg}. */
    static void check(byte[] bytes) throws UnusableImageException {
        RootHandler root = new RootHandler(false);
        try {
            parse(bytes, root);
        } catch (SAXParseException e) {
            throw UnusableImageException.malformedSvg(e.getMessage() + (e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : ""));
        } catch (SAXException | IOException e) {
            throw UnusableImageException.malformedSvg(String.valueOf(e.getMessage()));
        }
        if (!root.seen) throw UnusableImageException.malformedSvg("no root element");
        if (!root.isSvg) throw UnusableImageException.malformedSvg("the root element is <" + root.name + ">, not <svg>");
        String references = root.references.problem();
        if (references != null) throw UnusableImageException.undrawableSvg(references);
    }

    private static void parse(byte[] bytes, DefaultHandler handler) throws SAXException, IOException {
        SAXParser parser;
        try {
            synchronized (FACTORY) { // a factory is not promised to be thread-safe; fetches check SVGs in parallel
                parser = FACTORY.newSAXParser();
            }
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured securely", e);
        }
        parser.parse(new InputSource(new ByteArrayInputStream(bytes)), handler);
    }

    private static SAXParserFactory factory() {
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured securely", e);
        }
        return f;
    }

    /** Notes the root element; when {@code stopAtRoot}, ends the parse there. */
    private static final class RootHandler extends DefaultHandler {
        private final boolean stopAtRoot;
        boolean seen;
        boolean isSvg;
        String name;
        Optional<ImageSize> size = Optional.empty();
        final SvgReferences references = new SvgReferences();

        RootHandler(boolean stopAtRoot) {
            this.stopAtRoot = stopAtRoot;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            return new InputSource(new StringReader("")); // never fetch a DTD or an external entity
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            references.start(localName, attributes);
            if (seen) return;
            seen = true;
            name = qName;
            isSvg = "svg".equals(localName);
            if (isSvg) size = sizeOf(attributes.getValue("width"), attributes.getValue("height"), attributes.getValue("viewBox"));
            if (stopAtRoot) throw new SAXException("root read");
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            references.end();
        }
    }

    static Optional<ImageSize> sizeOf(String width, String height, String viewBox) {
        double w = pixels(width), h = pixels(height);
        double[] box = viewBox(viewBox);
        if (Double.isNaN(w) && box != null && !Double.isNaN(h)) w = h * box[0] / box[1];
        if (Double.isNaN(h) && box != null && !Double.isNaN(w)) h = w * box[1] / box[0];
        if (Double.isNaN(w) && Double.isNaN(h) && box != null) {
            w = box[0];
            h = box[1];
        }
        if (Double.isNaN(w) || Double.isNaN(h)) return Optional.empty();
        return Optional.of(new ImageSize(whole(w), whole(h)));
    }

    private static int whole(double v) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(v)));
    }

    /** A length in CSS pixels; NaN for none, zero, or a relative unit (%, em, ex) that has no meaning here. */
    static double pixels(String length) {
        if (length == null) return Double.NaN;
        Matcher m = LENGTH.matcher(length);
        if (!m.matches()) return Double.NaN;
        double v = Double.parseDouble(m.group(1));
        double factor = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "px" -> 1;
            case "pt" -> 96.0 / 72;
            case "pc" -> 16;
            case "in" -> 96;
            case "cm" -> 96 / 2.54;
            case "mm" -> 96 / 25.4;
            case "q" -> 96 / 101.6;
            default -> Double.NaN;
        };
        double px = v * factor;
        return px > 0 && !Double.isInfinite(px) ? px : Double.NaN;
    }

    /** {width, height} of a viewBox, or null when absent or unusable. */
    private static double[] viewBox(String value) {
        if (value == null) return null;
        String[] parts = value.strip().split("[\\s,]+");
        if (parts.length != 4) return null;
        try {
            double w = Double.parseDouble(parts[2]), h = Double.parseDouble(parts[3]);
            return w > 0 && h > 0 && !Double.isInfinite(w) && !Double.isInfinite(h) ? new double[] {w, h} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
