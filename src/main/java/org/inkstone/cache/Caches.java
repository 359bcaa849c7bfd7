package org.inkstone.cache;

import org.inkstone.bounded.LruCache;
import org.inkstone.font.FontCache;
import org.inkstone.highlight.CodeHighlighter;
import org.inkstone.math.MathCache;

/**
 * Everything Inkstone keeps from one build for the next, in one object the process owns (one per
 * {@code Inkstone} instance unless the caller shares one) and the build context carries; nothing is
 * kept in static fields. Every part is keyed by content (a font by its file's version, a formula or
 * a code block by its text, a cover by everything drawn on it) and bounded:
 * <ul>
 *   <li>{@link #fonts()}: file bytes, parsed faces and subsets (see {@link FontCache} for the bounds);</li>
 *   <li>{@link #math()}: formula renderers and their text fonts (see {@link MathCache});</li>
 *   <li>{@link #highlighter()}: tokenised code blocks, at most {@value CodeHighlighter#CACHE_ENTRIES};</li>
 *   <li>{@link #epubCovers()}: drawn EPUB covers, at most {@value #COVERS_KEPT}.</li>
 * </ul>
 * Safe to share between threads and between builds run one after another or at once.
 */
public final class Caches {
    public static final int COVERS_KEPT = 8;

    private final FontCache fonts;
    private final MathCache math;
    private final CodeHighlighter highlighter;
    private final LruCache<String, byte[]> epubCovers = LruCache.ofCount(COVERS_KEPT);

    /** Empty caches with the default bounds. */
    public Caches() {
        this(new FontCache(), new MathCache(), new CodeHighlighter());
    }

    /** Caches made of these parts (tests give parts with small bounds). */
    public Caches(FontCache fonts, MathCache math, CodeHighlighter highlighter) {
        this.fonts = fonts;
        this.math = math;
        this.highlighter = highlighter;
    }

    public FontCache fonts() {
        return fonts;
    }

    public MathCache math() {
        return math;
    }

    public CodeHighlighter highlighter() {
        return highlighter;
    }

    /** Drawn EPUB covers (PNG) by everything drawn on them, fonts by their files' versions. */
    public LruCache<String, byte[]> epubCovers() {
        return epubCovers;
    }
}
