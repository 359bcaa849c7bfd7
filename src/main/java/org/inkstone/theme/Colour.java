package org.inkstone.theme;

import java.util.Locale;
import java.util.Optional;

/**
 * A colour as themes and users write it, {@code #RRGGBB} or {@code #RGB}, kept in its normal form
 * {@code #rrggbb}: the accent a user chooses ({@code --accent}, {@code accent:}) and the colours a
 * theme names in {@code theme.properties}.
 */
public record Colour(String hex) {
    public Colour {
        if (!isColour(hex)) throw new IllegalArgumentException("not a colour #RRGGBB: " + hex);
        hex = normal(hex);
    }

    /** The colour {@code value} names (surrounding spaces ignored), or empty when it is not {@code #RRGGBB} or {@code #RGB}. */
    public static Optional<Colour> parse(String value) {
        String v = value == null ? "" : value.strip();
        return isColour(v) ? Optional.of(new Colour(v)) : Optional.empty();
    }

    /** Why {@code value} cannot be an accent colour, in words for the user. */
    public static String accentProblem(String value) {
        return "accent colour '" + value + "' is not of the form #RRGGBB (for example #b5452a)";
    }

    /** The colour as {@code 0xRRGGBB}. */
    public int rgb() {
        return Integer.parseInt(hex.substring(1), 16);
    }

    int[] channels() {
        int rgb = rgb();
        return new int[] {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
    }

    @Override
    public String toString() {
        return hex;
    }

    private static boolean isColour(String value) {
        return value != null && value.matches("#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}");
    }

    private static String normal(String hex) {
        String h = hex.strip().substring(1).toLowerCase(Locale.ROOT);
        if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        return "#" + h;
    }
}
