package org.inkstone.math;

import org.inkstone.bounded.LruCache;

/**
 * The math state that outlives one build: a {@link MathRenderer} per size, width limit and text
 * font version (each keeping its formulas), and the text fonts registered for them. Bounded: at
 * most {@value #RENDERERS_KEPT} renderers of {@value MathRenderer#FORMULAS_KEPT} formulas each, and
 * {@value #TEXT_FONTS_KEPT} text fonts, least recently used first out.
 */
public final class MathCache {
    public static final int RENDERERS_KEPT = 8;
    public static final int TEXT_FONTS_KEPT = 4;

    /** What makes renderers differ; the text font by its key (its file's version), so an edited font is a new renderer. */
    private record Setup(float fontSizePx, int maxWidthPx, Object textFontKey) {}

    private final LruCache<Setup, MathRenderer> renderers;
    private final TextFonts textFonts;

    /** A cache with the default bounds. */
    public MathCache() {
        this(RENDERERS_KEPT, TEXT_FONTS_KEPT);
    }

    /** A cache with these bounds. */
    public MathCache(int renderersKept, int textFontsKept) {
        this.renderers = LruCache.ofCount(renderersKept);
        this.textFonts = new TextFonts(textFontsKept);
    }

    /**
     * The renderer for these settings, so that a formula is rendered once however many outputs and
     * builds show it.
     *
     * @param textFontKey names the content of {@code textFont} (its file's version); null with no text font
     * @param textFont    the TrueType bytes for Chinese and other scripts in formulas, or null for Java's fonts
     */
    public MathRenderer renderer(float fontSizePx, int maxWidthPx, Object textFontKey, byte[] textFont) {
        Object key = textFont == null ? null : textFontKey;
        return renderers.computeIfAbsent(new Setup(fontSizePx, maxWidthPx, key),
                setup -> new MathRenderer(fontSizePx, maxWidthPx, textFont, key, textFonts));
    }

    /** How many renderers are kept (for tests of the bound). */
    public int renderersKept() {
        return renderers.size();
    }
}
