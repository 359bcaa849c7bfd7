package org.inkstone.render;

import org.inkstone.font.FontException;
import org.inkstone.font.FontFace;
import org.inkstone.math.MathRenderer;
import org.inkstone.theme.Theme;

import java.util.function.Supplier;

/**
 * The math renderer an output uses: the process-wide one for its text size and width limit, with
 * the theme's regular body face for Chinese inside {@code \text{…}} (drawn as outlines, so no
 * output needs the font). Without the font file, formulas still render; Chinese in them falls
 * back to Java's fonts.
 */
public final class ThemeMath {
    private ThemeMath() {}

    /** The renderer, made when first asked for (so a document without math never reads the font). */
    public static Supplier<MathRenderer> renderer(Theme theme, float fontSizePx, int maxWidthPx) {
        return () -> MathRenderer.shared(fontSizePx, maxWidthPx, bodyFace(theme));
    }

    /** The bytes of the theme's first regular, upright face (the body text face), or null. */
    private static byte[] bodyFace(Theme theme) {
        for (FontFace face : theme.fonts()) {
            if (face.weight() == 400 && !face.italic()) {
                try {
                    return face.data();
                } catch (FontException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
