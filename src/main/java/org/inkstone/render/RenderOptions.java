package org.inkstone.render;

import org.inkstone.model.Metadata;

import java.util.Locale;

/**
 * Presentation choices a user can make on the command line or in the front matter (the command
 * line wins). Empty strings mean "the theme's default".
 *
 * @param accent     theme colour, {@code #RRGGBB}
 * @param fontSize   body text size for WeChat, {@code 14px}…{@code 18px}
 * @param imageBase  URL where the user uploaded the local images (WeChat cannot paste local files)
 * @param cjkSpacing whether to put spaces between Han and Latin characters (盘古之白)
 */
public record RenderOptions(String accent, String fontSize, String imageBase, CjkSpacing cjkSpacing) {

    /** {@code auto}: on for outputs whose readers expect it (WeChat), off for the others. */
    public enum CjkSpacing { AUTO, ON, OFF }

    public static RenderOptions defaults() {
        return new RenderOptions("", "", "", CjkSpacing.AUTO);
    }

    /** These options, with blanks filled from the front matter keys {@code accent}, {@code font-size}, {@code image-base}, {@code cjk-spacing}. */
    public RenderOptions withFrontMatter(Metadata meta) {
        return new RenderOptions(
                accent.isEmpty() ? string(meta, "accent") : accent,
                fontSize.isEmpty() ? string(meta, "font-size") : fontSize,
                imageBase.isEmpty() ? string(meta, "image-base") : imageBase,
                cjkSpacing == CjkSpacing.AUTO && !string(meta, "cjk-spacing").isEmpty()
                        ? parseSpacing(string(meta, "cjk-spacing")) : cjkSpacing);
    }

    private static String string(Metadata meta, String key) {
        Object v = meta.extra().get(key);
        return v == null ? "" : String.valueOf(v).strip();
    }

    /** Null when {@code accent} is a usable colour ({@code #RRGGBB} or {@code #RGB}), else what is wrong. */
    public static String accentProblem(String accent) {
        if (accent.isEmpty() || accent.matches("#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}")) return null;
        return "accent colour '" + accent + "' is not of the form #RRGGBB (for example #b5452a)";
    }

    /** Null when {@code size} is {@code 14px} … {@code 18px}, else what is wrong. */
    public static String fontSizeProblem(String size) {
        if (size.isEmpty()) return null;
        if (size.matches("1[4-8](\\.5)?px") && !size.equals("18.5px")) return null;
        return "font size '" + size + "' must be between 14px and 18px (WeChat readers read 15–17px best)";
    }

    /** Parses auto/on/off (also true/false, yes/no); unknown words mean auto. */
    public static CjkSpacing parseSpacing(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> CjkSpacing.ON;
            case "off", "false", "no" -> CjkSpacing.OFF;
            default -> CjkSpacing.AUTO;
        };
    }
}
