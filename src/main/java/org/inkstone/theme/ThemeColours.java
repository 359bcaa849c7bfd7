package org.inkstone.theme;

import org.inkstone.diagnostic.Diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colours one build takes from its theme, the same for every output.
 *
 * <p>The accent is the user's choice ({@code --accent}, else the front matter's {@code accent:}, judged
 * once where the options are resolved), else the theme's {@code accent=}. {@link #css(String)} puts the chosen accent into a theme style sheet wherever the theme spells
 * its own: as the literal colour ({@code #b5452a}, any case, or its three-digit form), as
 * {@code var(--accent)} (resolved here, since OpenHTMLtoPDF and EPUB readers may not support
 * {@code var()}), and in the lighter and darker versions the theme lists in {@code accent-tints=},
 * which become the same mix of the chosen accent with white or black.
 *
 * <p>{@code print-text-colour=} is the PDF's body text colour (print.css), which formulas are drawn in.
 */
public final class ThemeColours {
    /** The accent when a theme names none. */
    public static final String DEFAULT_ACCENT = "#b5452a";
    /** The PDF's text colour when a theme names none (the default theme's print.css). */
    public static final String DEFAULT_PRINT_TEXT = "#1f1d1b";

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![0-9a-zA-Z_-])");
    private static final Pattern DECLARED_ACCENT = Pattern.compile("--accent\\s*:\\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})(?![0-9a-zA-Z_-])");
    private static final Pattern ACCENT_VARIABLE = Pattern.compile("var\\(\\s*--accent\\s*(?:,[^()]*(?:\\([^()]*\\)[^()]*)*)?\\)");

    private final String accent;
    private final String printText;
    /** Theme colour (lower-case {@code #rrggbb}) → the colour that replaces it; empty when the accent is the theme's. */
    private final Map<String, String> replacements;

    private ThemeColours(String accent, String printText, Map<String, String> replacements) {
        this.accent = accent;
        this.printText = printText;
        this.replacements = Map.copyOf(replacements);
    }

    /**
     * The colours of one build: the theme's, with {@code chosenAccent} (null: the theme's own) in place
     * of its accent. A theme property that is not a colour is a warning.
     */
    public static ThemeColours of(Theme theme, Colour chosenAccent, Diagnostics diagnostics) {
        Map<String, String> props = theme.properties();
        String themeAccent = themeColour(props, "accent", declaredAccent(theme), diagnostics);
        String accent = chosenAccent == null ? themeAccent : chosenAccent.hex();
        Map<String, String> replacements = new LinkedHashMap<>();
        if (!accent.equals(themeAccent)) {
            replacements.put(themeAccent, accent);
            for (String tint : tints(props, diagnostics)) {
                replacements.putIfAbsent(tint, mixLike(tint, themeAccent, accent));
            }
        }
        String printText = themeColour(props, "print-text-colour", DEFAULT_PRINT_TEXT, diagnostics);
        return new ThemeColours(accent, printText, replacements);
    }

    /** The chosen accent, {@code #rrggbb}. */
    public String accent() {
        return accent;
    }

    /** The chosen accent as {@code 0xRRGGBB}. */
    public int accentRgb() {
        return Integer.parseInt(accent.substring(1), 16);
    }

    /** The PDF's body text colour, {@code #rrggbb}. */
    public String printText() {
        return printText;
    }

    /** {@code themeCss} with the chosen accent (and its tints) wherever the theme spells its own, and {@code var(--accent)} resolved. */
    public String css(String themeCss) {
        String css = ACCENT_VARIABLE.matcher(themeCss).replaceAll(accent);
        if (replacements.isEmpty()) return css;
        Matcher m = HEX.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (m.find()) {
            String replacement = replacements.get(normal(m.group()));
            m.appendReplacement(out, replacement == null ? Matcher.quoteReplacement(m.group()) : replacement);
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The accent a theme without {@code accent=} uses: its own {@code --accent:} custom property in
     * base.css when it sets one to a colour, else {@link #DEFAULT_ACCENT}.
     */
    private static String declaredAccent(Theme theme) {
        return declaredAccent(theme.baseCss()).orElse(DEFAULT_ACCENT);
    }

    /** The colour a style sheet gives its {@code --accent:} custom property, normalised; empty when it sets none. */
    static java.util.Optional<String> declaredAccent(String css) {
        Matcher m = DECLARED_ACCENT.matcher(css == null ? "" : css);
        return m.find() ? java.util.Optional.of(normal(m.group(1))) : java.util.Optional.empty();
    }

    /** {@code #RGB} or {@code #RRGGBB} as lower-case {@code #rrggbb}. */
    static String normal(String hex) {
        return new Colour(hex).hex();
    }

    /**
     * The colour that stands to {@code accent} as {@code tint} stands to {@code themeAccent}: the
     * theme's accent mixed with white (a lighter tint) or black (a darker one) in the proportion that
     * comes closest to {@code tint}, the same mix applied to {@code accent}.
     */
    static String mixLike(String tint, String themeAccent, String accent) {
        int[] t = channels(tint);
        int[] a = channels(themeAccent);
        int[] n = channels(accent);
        boolean lighter = t[0] + t[1] + t[2] >= a[0] + a[1] + a[2];
        int target = lighter ? 255 : 0;
        double num = 0;
        double den = 0;
        for (int i = 0; i < 3; i++) {
            num += (target - a[i]) * (double) (t[i] - a[i]);
            den += (target - a[i]) * (double) (target - a[i]);
        }
        double share = den == 0 ? 0 : Math.max(0, Math.min(1, num / den));
        StringBuilder out = new StringBuilder("#");
        for (int i = 0; i < 3; i++) out.append(String.format(Locale.ROOT, "%02x", (int) Math.round(n[i] + (target - n[i]) * share)));
        return out.toString();
    }

    private static int[] channels(String hex) {
        return new Colour(hex).channels();
    }

    /** A colour property of the theme, normalised; a value that is not a colour is a warning and gives {@code fallback}. */
    private static String themeColour(Map<String, String> props, String key, String fallback, Diagnostics diagnostics) {
        String value = props.getOrDefault(key, "").strip();
        if (value.isEmpty()) return fallback;
        if (isColour(value)) return normal(value);
        diagnostics.warn(0, "theme.properties: " + key + " is '" + value + "'; it takes a colour #RRGGBB"
                + (fallback.isEmpty() ? " (ignored)" : " (using " + fallback + ")"));
        return fallback;
    }

    /** {@code accent-tints=}: colours of the theme's CSS that are lighter or darker versions of its accent. */
    private static List<String> tints(Map<String, String> props, Diagnostics diagnostics) {
        List<String> tints = new ArrayList<>();
        for (String entry : props.getOrDefault("accent-tints", "").split(",")) {
            String value = entry.strip();
            if (value.isEmpty()) continue;
            if (isColour(value)) tints.add(normal(value));
            else diagnostics.warn(0, "theme.properties: accent-tints entry '" + value + "' is not a colour #RRGGBB (ignored)");
        }
        return tints;
    }

    private static boolean isColour(String value) {
        return Colour.parse(value).isPresent();
    }
}
