package org.inkstone.math;

import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.util.List;

/**
 * Writes the final SVG: one {@code <path>} per outline, coordinates on a 0.01 px grid in relative
 * commands, ink in {@code currentColor} set once on the root, the TeX source as accessible name
 * ({@code role="img"}, {@code aria-label}, {@code <title>}). No ids, no {@code <defs>}, no styles,
 * no external references; the same input gives the same bytes.
 */
final class SvgWriter {
    private SvgWriter() {}

    /**
     * @param inks      the outlines, in pixels
     * @param placement moves and scales the outlines into the {@code width × height} viewport
     * @param label     the accessible name (the TeX source)
     */
    static String write(List<FilledOutlines.Ink> inks, AffineTransform placement, int width, int height, String label) {
        StringBuilder out = new StringBuilder(256 + inks.size() * 400);
        String escaped = escape(label);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escaped)
                .append("\" fill=\"currentColor\"><title>").append(escaped).append("</title>");
        for (FilledOutlines.Ink ink : inks) {
            out.append("<path d=\"");
            appendPathData(out, ink.outline().getPathIterator(placement));
            out.append('"');
            if (ink.paint() != null) out.append(" fill=\"").append(escape(ink.paint())).append('"');
            if (ink.evenOdd()) out.append(" fill-rule=\"evenodd\"");
            if (ink.opacity() != null) out.append(" fill-opacity=\"").append(escape(ink.opacity())).append('"');
            out.append("/>");
        }
        return out.append("</svg>").toString();
    }

    /**
     * Path data in relative commands. Coordinates are rounded to hundredths of a pixel first and
     * the differences taken between rounded values, so rounding never accumulates. A repeated
     * command letter is left out, as SVG allows.
     */
    static void appendPathData(StringBuilder out, PathIterator it) {
        double[] c = new double[6];
        long x = 0, y = 0, startX = 0, startY = 0;
        char last = 0;
        while (!it.isDone()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    long nx = grid(c[0]), ny = grid(c[1]);
                    out.append('m');
                    numbers(out, nx - x, ny - y);
                    x = startX = nx;
                    y = startY = ny;
                    last = 'l'; // number pairs after a moveto are linetos
                }
                case PathIterator.SEG_LINETO -> {
                    long nx = grid(c[0]), ny = grid(c[1]);
                    if (nx != x || ny != y) {
                        last = command(out, 'l', last);
                        numbers(out, nx - x, ny - y);
                        x = nx;
                        y = ny;
                    }
                }
                case PathIterator.SEG_QUADTO -> {
                    long x1 = grid(c[0]), y1 = grid(c[1]), nx = grid(c[2]), ny = grid(c[3]);
                    last = command(out, 'q', last);
                    numbers(out, x1 - x, y1 - y, nx - x, ny - y);
                    x = nx;
                    y = ny;
                }
                case PathIterator.SEG_CUBICTO -> {
                    long x1 = grid(c[0]), y1 = grid(c[1]), x2 = grid(c[2]), y2 = grid(c[3]);
                    long nx = grid(c[4]), ny = grid(c[5]);
                    last = command(out, 'c', last);
                    numbers(out, x1 - x, y1 - y, x2 - x, y2 - y, nx - x, ny - y);
                    x = nx;
                    y = ny;
                }
                default -> {
                    out.append('z');
                    last = 'z';
                    x = startX;
                    y = startY;
                }
            }
            it.next();
        }
    }

    /** Writes {@code command} unless it repeats {@code last}; returns the command now in force. */
    private static char command(StringBuilder out, char command, char last) {
        if (command != last) out.append(command);
        return command;
    }

    private static void numbers(StringBuilder out, long... hundredths) {
        for (long h : hundredths) {
            char previous = out.charAt(out.length() - 1);
            if (h >= 0 && (Character.isDigit(previous) || previous == '.')) out.append(' ');
            SvgNumbers.appendHundredths(out, h);
        }
    }

    private static long grid(double px) {
        return Math.round(px * 100);
    }

    /** Text for an XML attribute or element: markup escaped, characters XML forbids dropped, whitespace runs as one space. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                    && (!Character.isSurrogate(c) || Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))
                            || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!allowed) continue;
            if (space && out.length() > 0) out.append(' ');
            space = false;
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
