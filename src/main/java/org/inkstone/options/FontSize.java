package org.inkstone.options;

import java.util.Optional;

/**
 * The WeChat article's body text size: {@code 14px} to {@code 18px} in half pixels, the range WeChat
 * readers read well ({@code --font-size}, {@code font-size:}, the theme's {@code wechat-font-size=}).
 *
 * @param css the size as CSS writes it, e.g. {@code 16px}
 */
public record FontSize(String css) {
    /** WeChat's own body size, used when neither the user nor the theme names one. */
    public static final FontSize DEFAULT = new FontSize("16px");

    public FontSize {
        if (!valid(css)) throw new IllegalArgumentException(problem(css));
    }

    /** The size {@code value} names, or empty when it is not one of the allowed sizes. */
    public static Optional<FontSize> parse(String value) {
        String v = value == null ? "" : value.strip();
        return valid(v) ? Optional.of(new FontSize(v)) : Optional.empty();
    }

    /** Why {@code value} is not a usable size, in words for the user. */
    public static String problem(String value) {
        return "font size '" + value + "' must be between 14px and 18px (WeChat readers read 15–17px best)";
    }

    /** The size in CSS pixels. */
    public float px() {
        return Float.parseFloat(css.substring(0, css.length() - 2));
    }

    private static boolean valid(String v) {
        return v != null && v.matches("1[4-8](\\.5)?px") && !v.equals("18.5px");
    }
}
