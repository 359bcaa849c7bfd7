package org.inkstone.asset;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the asset resolver may reach remote images.
 *
 * @param offline        no network at all: remote images come only from the cache, else a placeholder
 * @param connectTimeout time to open a connection to a server
 * @param totalTimeout   time for one image from request to last byte (a stalling server is cut off)
 * @param maxBytes       largest image accepted; a larger body is abandoned
 * @param cacheFolder    on-disk cache of fetched images, keyed by URL; null for none
 */
public record AssetPolicy(boolean offline, Duration connectTimeout, Duration totalTimeout, long maxBytes, Path cacheFolder) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** Online, 5 s to connect, 20 s per image, 20 MB cap, cache under the user's cache folder. */
    public static AssetPolicy defaults() {
        return new AssetPolicy(false, Duration.ofSeconds(5), Duration.ofSeconds(20), DEFAULT_MAX_BYTES, userCacheFolder());
    }

    public AssetPolicy withOffline(boolean value) {
        return new AssetPolicy(value, connectTimeout, totalTimeout, maxBytes, cacheFolder);
    }

    /** {@code $XDG_CACHE_HOME/inkstone/images}, else {@code ~/.cache/inkstone/images}. */
    public static Path userCacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("inkstone").resolve("images");
    }
}
