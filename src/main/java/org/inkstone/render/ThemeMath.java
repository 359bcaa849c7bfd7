package org.inkstone.render;

import org.inkstone.cache.Caches;
import org.inkstone.font.FileVersion;
import org.inkstone.font.FontException;
import org.inkstone.font.FontFace;
import org.inkstone.math.MathRenderer;
import org.inkstone.theme.Theme;

import java.util.function.Supplier;

/**
 * The math renderer an output uses: the caches' one for its text size and width limit, with
 * the theme's regular body face for Chinese inside {@code \text{…}} (drawn as outlines, so no
 * output needs the font). Without the font file, formulas still render; Chinese in them falls
 * back to Java's fonts.
 */
public final class ThemeMath {
    private ThemeMath() {}

    /** The renderer, made when first asked for (so a document without math never reads the font). */
    public static Supplier<MathRenderer> renderer(Caches caches, Theme theme, float fontSizePx, int maxWidthPx) {
        return () -> {
            FontFace body = bodyFace(theme);
            FileVersion version = body == null ? null : FileVersion.of(body.file());
            byte[] bytes = null;
            if (version != null) {
                try {
                    bytes = caches.fonts().bytes(version);
                } catch (FontException e) {
                    bytes = null;
                }
            }
            return caches.math().renderer(fontSizePx, maxWidthPx, version, bytes);
        };
    }

    /** The theme's first regular, upright face (the body text face), or null. */
    private static FontFace bodyFace(Theme theme) {
        for (FontFace face : theme.fonts()) {
            if (face.weight() == 400 && !face.italic()) return face;
        }
        return null;
    }
}
