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
 * @param awaitRemote    true: a build waits for its remote images; false (the live preview): an image not
 *                       at hand is fetched in the background and shown as a placeholder until then
 * @param memory         failed fetches (for a short while) and background fetches, shared by the builds
 *                       that use this policy
 */
public record AssetPolicy(boolean offline, Duration connectTimeout, Duration totalTimeout, long maxBytes, Path cacheFolder,
                          boolean awaitRemote, RemoteFetchMemory memory) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** A policy that waits for remote images, with a memory of its own. */
    public AssetPolicy(boolean offline, Duration connectTimeout, Duration totalTimeout, long maxBytes, Path cacheFolder) {
        this(offline, connectTimeout, totalTimeout, maxBytes, cacheFolder, true, new RemoteFetchMemory());
    }

    /** Online, 5 s to connect, 20 s per image, 20 MB cap, cache under the user's cache folder. */
    public static AssetPolicy defaults() {
        return new AssetPolicy(false, Duration.ofSeconds(5), Duration.ofSeconds(20), DEFAULT_MAX_BYTES, userCacheFolder());
    }

    public AssetPolicy withOffline(boolean value) {
        return new AssetPolicy(value, connectTimeout, totalTimeout, maxBytes, cacheFolder, awaitRemote, memory);
    }

    /** Builds do not wait for remote images: they are fetched in the background (see {@link RemoteFetchMemory#whenFetched}). */
    public AssetPolicy withoutWaitingForRemote() {
        return new AssetPolicy(offline, connectTimeout, totalTimeout, maxBytes, cacheFolder, false, memory);
    }

    /** {@code $XDG_CACHE_HOME/inkstone/images}, else {@code ~/.cache/inkstone/images}. */
    public static Path userCacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("inkstone").resolve("images");
    }
}
