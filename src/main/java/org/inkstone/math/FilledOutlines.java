package org.inkstone.math;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Batik's SVG DOM reduced to filled outlines in pixel coordinates: group transforms multiplied
 * into the geometry, strokes turned into the outlines they paint, inherited paint resolved. What
 * is left needs no {@code <g>}, no {@code transform}, no stroke attributes and no ids.
 */
final class FilledOutlines {

    /**
     * One filled outline.
     *
     * @param outline  in pixels, the formula's top-left at the origin
     * @param paint    an SVG colour, or null for the ink colour ({@code currentColor})
     * @param evenOdd  whether the fill rule is {@code evenodd}
     * @param opacity  the fill opacity as Batik wrote it, or null for opaque
     */
    record Ink(Path2D.Double outline, String paint, boolean evenOdd, String opacity) {}

    private static final String[] INHERITED = {"fill", "fill-rule", "fill-opacity", "stroke", "stroke-opacity",
            "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
            "stroke-dashoffset"};

    private final String inkColour;
    private final List<Ink> inks = new ArrayList<>();

    private FilledOutlines(String inkColour) {
        this.inkColour = inkColour;
    }

    /**
     * The outlines painted in {@code root}, in painting order. {@code inkColour} is the colour, as
     * Batik writes it ({@code rgb(r,g,b)}), that stands for the ink: it becomes null (currentColor).
     */
    static List<Ink> of(Element root, String inkColour) {
        FilledOutlines flat = new FilledOutlines(inkColour);
        Map<String, String> style = new HashMap<>();
        style.put("fill", "black");
        style.put("stroke", "none");
        flat.walk(root, new AffineTransform(), style);
        return flat.inks;
    }

    private void walk(Element element, AffineTransform parentTransform, Map<String, String> parentStyle) {
        if (!element.getAttribute("clip-path").isEmpty() || !element.getAttribute("mask").isEmpty()
                || !element.getAttribute("filter").isEmpty()) {
            throw new DrawingException("<" + element.getTagName() + "> is clipped, masked or filtered");
        }
        Map<String, String> style = new HashMap<>(parentStyle);
        for (String name : INHERITED) {
            String value = element.getAttribute(name);
            if (!value.isEmpty()) style.put(name, value.trim());
        }
        AffineTransform transform = new AffineTransform(parentTransform);
        String own = element.getAttribute("transform");
        if (!own.isEmpty()) transform.concatenate(SvgSyntax.transform(own));
        String tag = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        switch (tag) {
            case "svg", "g" -> {
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element e) walk(e, transform, style);
                }
            }
            case "defs" -> {
                if (element.getFirstChild() != null) throw new DrawingException("Batik wrote definitions");
            }
            case "title", "desc" -> { }
            default -> paint(tag, element, transform, style);
        }
    }

    private void paint(String tag, Element element, AffineTransform transform, Map<String, String> style) {
        Shape shape = switch (tag) {
            case "path" -> SvgSyntax.path(element.getAttribute("d"));
            case "rect" -> rect(element);
            case "line" -> new Line2D.Double(number(element, "x1"), number(element, "y1"),
                    number(element, "x2"), number(element, "y2"));
            case "circle" -> {
                double r = number(element, "r");
                yield new Ellipse2D.Double(number(element, "cx") - r, number(element, "cy") - r, 2 * r, 2 * r);
            }
            case "ellipse" -> {
                double rx = number(element, "rx"), ry = number(element, "ry");
                yield new Ellipse2D.Double(number(element, "cx") - rx, number(element, "cy") - ry, 2 * rx, 2 * ry);
            }
            case "polygon", "polyline" -> polygon(element.getAttribute("points"), tag.equals("polygon"));
            default -> throw new DrawingException("Batik wrote <" + tag + ">");
        };
        String fill = style.get("fill");
        if (!fill.equals("none") && !tag.equals("line") && !tag.equals("polyline")) {
            add(shape, transform, fill, "evenodd".equals(style.get("fill-rule")), style.get("fill-opacity"));
        }
        String stroke = style.get("stroke");
        if (!stroke.equals("none")) {
            BasicStroke pen = pen(style);
            if (pen != null) add(pen.createStrokedShape(shape), transform, stroke, false, style.get("stroke-opacity"));
        }
    }

    private void add(Shape userShape, AffineTransform transform, String paint, boolean evenOdd, String opacity) {
        if (paint.startsWith("url(")) throw new DrawingException("Batik wrote a paint server " + paint);
        Path2D.Double outline = new Path2D.Double(userShape, transform);
        if (outline.getBounds2D().isEmpty()) return;
        String colour = paint.replace(" ", "").equals(inkColour) ? null : paint;
        String alpha = opacity == null || Double.parseDouble(opacity) >= 1 ? null : opacity;
        inks.add(new Ink(outline, colour, evenOdd, alpha));
    }

    /** The stroke Batik described, or null when it paints nothing. */
    private static BasicStroke pen(Map<String, String> style) {
        double width = parse(style.getOrDefault("stroke-width", "1"));
        if (width <= 0) return null;
        int cap = switch (style.getOrDefault("stroke-linecap", "butt")) {
            case "round" -> BasicStroke.CAP_ROUND;
            case "square" -> BasicStroke.CAP_SQUARE;
            default -> BasicStroke.CAP_BUTT;
        };
        int join = switch (style.getOrDefault("stroke-linejoin", "miter")) {
            case "round" -> BasicStroke.JOIN_ROUND;
            case "bevel" -> BasicStroke.JOIN_BEVEL;
            default -> BasicStroke.JOIN_MITER;
        };
        float miter = (float) Math.max(1, parse(style.getOrDefault("stroke-miterlimit", "4")));
        String dashes = style.getOrDefault("stroke-dasharray", "none");
        float[] dash = null;
        if (!dashes.equals("none")) {
            String[] parts = dashes.trim().split("[\\s,]+");
            dash = new float[parts.length];
            double total = 0;
            for (int i = 0; i < parts.length; i++) {
                dash[i] = (float) parse(parts[i]);
                total += dash[i];
            }
            if (total <= 0) dash = null;
        }
        float offset = (float) parse(style.getOrDefault("stroke-dashoffset", "0"));
        return new BasicStroke((float) width, cap, join, miter, dash, offset);
    }

    private static Shape rect(Element element) {
        double x = number(element, "x"), y = number(element, "y");
        double w = number(element, "width"), h = number(element, "height");
        String rxText = element.getAttribute("rx"), ryText = element.getAttribute("ry");
        if (rxText.isEmpty() && ryText.isEmpty()) return new Rectangle2D.Double(x, y, w, h);
        double rx = parse(rxText.isEmpty() ? ryText : rxText), ry = parse(ryText.isEmpty() ? rxText : ryText);
        return new RoundRectangle2D.Double(x, y, w, h, 2 * rx, 2 * ry);
    }

    private static Shape polygon(String points, boolean closed) {
        String[] numbers = points.trim().split("[\\s,]+");
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i + 1 < numbers.length; i += 2) {
            double x = parse(numbers[i]), y = parse(numbers[i + 1]);
            if (i == 0) path.moveTo(x, y);
            else path.lineTo(x, y);
        }
        if (closed) path.closePath();
        return path;
    }

    private static double number(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        return value.isEmpty() ? 0 : parse(value);
    }

    private static double parse(String value) {
        try {
            return Double.parseDouble(value.trim().replace("px", ""));
        } catch (NumberFormatException e) {
            throw new DrawingException("unreadable number " + value);
        }
    }
}
