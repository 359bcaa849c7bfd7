package org.inkstone.math;

/** Formats numbers for SVG and CSS: at most two decimals, no exponent, no locale. */
final class SvgNumbers {
    private SvgNumbers() {}

    /** {@code value} rounded to hundredths, without trailing zeros: 1.5, -0.25, 12. */
    static String format(double value) {
        StringBuilder out = new StringBuilder(8);
        appendHundredths(out, Math.round(value * 100));
        return out.toString();
    }

    /** Appends {@code hundredths / 100} without trailing zeros; {@code -0} is written as {@code 0}. */
    static void appendHundredths(StringBuilder out, long hundredths) {
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        int fraction = (int) (hundredths % 100);
        if (fraction != 0) {
            out.append('.');
            out.append((char) ('0' + fraction / 10));
            if (fraction % 10 != 0) out.append((char) ('0' + fraction % 10));
        }
    }
}
