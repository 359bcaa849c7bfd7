package org.inkstone.render.xhtml;

import org.inkstone.diagnostic.Diagnostics;

import java.util.Locale;
import java.util.Map;

/**
 * How emphasis ({@code *强调*}) is shown on Chinese text: the theme's {@code cjk-emphasis=} in
 * {@code theme.properties}. Italics are foreign to Han type (clreq): a Chinese face has no italic, so
 * a slant is synthetic. The writer marks the Chinese runs of an {@code <em>} with the choice's class and
 * the theme's CSS styles that class; Latin emphasis stays italic whatever the choice.
 */
public enum CjkEmphasis {
    /** 着重号: a dot under each character ({@code text-emphasis}; the PDF renderer draws them). The default. */
    DOTS("emphasis-dots"),
    /** The real bold face. */
    BOLD("emphasis-bold"),
    /** A slant, as Markdown's {@code <em>} is shown in Latin text: the writer marks nothing. */
    ITALIC("");

    /** The key in {@code theme.properties}. */
    public static final String PROPERTY = "cjk-emphasis";

    private final String cssClass;

    CjkEmphasis(String cssClass) {
        this.cssClass = cssClass;
    }

    /** The class the writer puts on emphasised Chinese text; "" for {@link #ITALIC}, which marks nothing. */
    public String cssClass() {
        return cssClass;
    }

    /**
     * The theme's choice: {@code dots}, {@code bold} or {@code italic}; {@link #DOTS} when the theme does not
     * say, and (with a warning) when it says something else.
     */
    public static CjkEmphasis of(Map<String, String> themeProperties, Diagnostics diagnostics) {
        String value = themeProperties.getOrDefault(PROPERTY, "").strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) return DOTS;
        for (CjkEmphasis choice : values()) {
            if (choice.name().toLowerCase(Locale.ROOT).equals(value)) return choice;
        }
        diagnostics.warn(0, "theme.properties: " + PROPERTY + " is '" + value + "'; it takes dots, bold or italic (using dots)");
        return DOTS;
    }

    /**
     * Whether a character is Chinese (or Japanese) text for emphasis: a Han ideograph, kana or bopomofo, or a
     * CJK or full-width mark or form (。，、（《). The general punctuation Chinese shares with Latin text
     * (“ ” ‘ ’ — …), digits and spaces are neither Chinese nor Latin: they go with their neighbours.
     */
    public static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY;
    }

    /**
     * Whether a character of dotted text takes a dot, as CSS {@code text-emphasis} draws them: every character
     * but spaces, punctuation and control or format characters.
     */
    public static boolean takesDot(int c) {
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
                 Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> false;
            default -> true;
        };
    }
}
