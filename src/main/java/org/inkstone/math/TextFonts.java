package org.inkstone.math;

import org.inkstone.bounded.LruCache;

import java.awt.FontFormatException;
import java.io.IOException;

/**
 * Text fonts already registered, by the version of the file they came from, so that the renderers
 * of one {@link MathCache} (one per size and width) register a face once. Bounded by count; a font
 * forgotten here stays registered with the JVM, which has no way to unregister one.
 */
final class TextFonts {
    private final LruCache<Object, TextFont> fonts;

    TextFonts(int kept) {
        this.fonts = LruCache.ofCount(kept);
    }

    /** The font of {@code trueType}, known by {@code key}; call under the renderer's lock. */
    TextFont load(Object key, byte[] trueType) throws IOException, FontFormatException {
        TextFont known = fonts.get(key);
        if (known != null) return known;
        TextFont loaded = TextFont.load(trueType);
        fonts.put(key, loaded);
        return loaded;
    }
}
