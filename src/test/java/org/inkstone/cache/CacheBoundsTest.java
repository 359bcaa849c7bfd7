package org.inkstone.cache;

import org.inkstone.bounded.LruCache;
import org.inkstone.font.FontCache;
import org.inkstone.math.MathCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The caches keep no more than their bounds, forget the least recently used first, and key files by version. */
class CacheBoundsTest {

    @Test
    void aCacheBoundedByCountForgetsTheLeastRecentlyUsed() {
        LruCache<String, String> cache = LruCache.ofCount(2);
        cache.put("a", "1");
        cache.put("b", "2");
        cache.get("a");
        cache.put("c", "3");
        assertEquals(2, cache.size());
        assertNull(cache.get("b"), "b was the least recently used");
        assertNotNull(cache.get("a"));
        assertNotNull(cache.get("c"));
    }

    @Test
    void aCacheBoundedByWeightKeepsTheLatestEntryEvenWhenItAloneIsHeavier() {
        LruCache<String, byte[]> cache = LruCache.ofWeight(10, b -> b.length);
        cache.put("a", new byte[4]);
        cache.put("b", new byte[4]);
        assertEquals(8, cache.weight());
        cache.put("c", new byte[4]);
        assertEquals(8, cache.weight());
        assertNull(cache.get("a"));
        cache.put("big", new byte[50]);
        assertEquals(1, cache.size());
        assertEquals(50, cache.weight());
    }

    @Test
    void fontFileBytesStayWithinTheirBound(@TempDir Path dir) throws IOException {
        FontCache fonts = new FontCache(1000, 2, 2);
        for (int i = 0; i < 5; i++) {
            Path f = dir.resolve(i + ".ttf");
            Files.write(f, new byte[400]);
            fonts.bytes(f);
            assertTrue(fonts.fileBytesKept() <= 1000, "kept " + fonts.fileBytesKept());
        }
        assertEquals(800, fonts.fileBytesKept());
    }

    @Test
    void anEditedFontFileIsReadAgain(@TempDir Path dir) throws IOException {
        FontCache fonts = new FontCache();
        Path f = dir.resolve("a.ttf");
        Files.write(f, new byte[] {1, 2, 3});
        byte[] first = fonts.bytes(f);
        assertSame(first, fonts.bytes(f), "an unchanged file is read once");
        Files.write(f, new byte[] {4, 5, 6});
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 2000));
        assertArrayEquals(new byte[] {4, 5, 6}, fonts.bytes(f));
    }

    @Test
    void mathRenderersStayWithinTheirBound() {
        MathCache math = new MathCache(3, 1);
        for (int size = 10; size < 20; size++) math.renderer(size, 0, null, null);
        assertEquals(3, math.renderersKept());
        assertSame(math.renderer(19, 0, null, null), math.renderer(19, 0, null, null));
    }
}
