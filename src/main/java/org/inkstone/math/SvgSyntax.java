package org.inkstone.math;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

/**
 * Reads the two micro-syntaxes of Batik's output that carry geometry: {@code transform} lists and
 * path data. Both are read in full SVG 1.1 syntax except elliptical arcs, which Batik does not
 * write for jlatexmath's drawings.
 */
final class SvgSyntax {
    private final String text;
    private int at;

    private SvgSyntax(String text) {
        this.text = text;
    }

    /** The transform of a {@code transform} attribute value; identity for an empty one. */
    static AffineTransform transform(String value) {
        AffineTransform result = new AffineTransform();
        SvgSyntax in = new SvgSyntax(value);
        while (true) {
            in.skipSeparators();
            if (in.at >= in.text.length()) return result;
            int nameStart = in.at;
            while (in.at < in.text.length() && Character.isLetter(in.text.charAt(in.at))) in.at++;
            String name = in.text.substring(nameStart, in.at);
            in.skipSeparators();
            in.expect('(');
            double[] a = new double[6];
            int n = 0;
            while (true) {
                in.skipSeparators();
                if (in.peek() == ')') break;
                if (n == 6) throw new DrawingException("too many numbers in transform " + value);
                a[n++] = in.number();
            }
            in.at++;
            AffineTransform t = switch (name) {
                case "matrix" -> n == 6 ? new AffineTransform(a) : null;
                case "translate" -> n == 1 || n == 2 ? AffineTransform.getTranslateInstance(a[0], n == 2 ? a[1] : 0) : null;
                case "scale" -> n == 1 || n == 2 ? AffineTransform.getScaleInstance(a[0], n == 2 ? a[1] : a[0]) : null;
                case "rotate" -> n == 1 ? AffineTransform.getRotateInstance(Math.toRadians(a[0]))
                        : n == 3 ? AffineTransform.getRotateInstance(Math.toRadians(a[0]), a[1], a[2]) : null;
                case "skewX" -> n == 1 ? AffineTransform.getShearInstance(Math.tan(Math.toRadians(a[0])), 0) : null;
                case "skewY" -> n == 1 ? AffineTransform.getShearInstance(0, Math.tan(Math.toRadians(a[0]))) : null;
                default -> null;
            };
            if (t == null) throw new DrawingException("unreadable transform " + value);
            result.concatenate(t);
        }
    }

    /** The path of a {@code d} attribute value. */
    static Path2D.Double path(String d) {
        Path2D.Double path = new Path2D.Double();
        SvgSyntax in = new SvgSyntax(d);
        char command = 0;
        double x = 0, y = 0, startX = 0, startY = 0;
        while (true) {
            in.skipSeparators();
            if (in.at >= d.length()) return path;
            char c = d.charAt(in.at);
            if (Character.isLetter(c)) {
                command = c;
                in.at++;
            } else if (command == 0) {
                throw new DrawingException("path data does not start with a command");
            } else if (command == 'M') {
                command = 'L';
            } else if (command == 'm') {
                command = 'l';
            } else if (command == 'Z' || command == 'z') {
                throw new DrawingException("numbers after a closepath");
            }
            boolean relative = Character.isLowerCase(command);
            double dx = relative ? x : 0, dy = relative ? y : 0;
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    x = in.number() + dx; y = in.number() + dy;
                    path.moveTo(x, y);
                    startX = x; startY = y;
                }
                case 'L' -> { x = in.number() + dx; y = in.number() + dy; path.lineTo(x, y); }
                case 'H' -> { x = in.number() + dx; path.lineTo(x, y); }
                case 'V' -> { y = in.number() + dy; path.lineTo(x, y); }
                case 'Q' -> {
                    double x1 = in.number() + dx, y1 = in.number() + dy;
                    x = in.number() + dx; y = in.number() + dy;
                    path.quadTo(x1, y1, x, y);
                }
                case 'C' -> {
                    double x1 = in.number() + dx, y1 = in.number() + dy;
                    double x2 = in.number() + dx, y2 = in.number() + dy;
                    x = in.number() + dx; y = in.number() + dy;
                    path.curveTo(x1, y1, x2, y2, x, y);
                }
                case 'Z' -> { path.closePath(); x = startX; y = startY; }
                default -> throw new DrawingException("path command " + command + " is not supported");
            }
        }
    }

    private void skipSeparators() {
        while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) at++;
    }

    private char peek() {
        if (at >= text.length()) throw new DrawingException("unexpected end of " + text);
        return text.charAt(at);
    }

    private void expect(char c) {
        if (peek() != c) throw new DrawingException("expected '" + c + "' in " + text);
        at++;
    }

    private double number() {
        skipSeparators();
        int start = at;
        int n = text.length();
        if (at < n && (text.charAt(at) == '-' || text.charAt(at) == '+')) at++;
        while (at < n && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) at++;
        if (at < n && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            if (at < n && (text.charAt(at) == '-' || text.charAt(at) == '+')) at++;
            while (at < n && Character.isDigit(text.charAt(at))) at++;
        }
        try {
            return Double.parseDouble(text.substring(start, at));
        } catch (NumberFormatException e) {
            throw new DrawingException("expected a number at " + start + " in " + text);
        }
    }
}
