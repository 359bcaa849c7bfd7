package org.inkstone.asset;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The remote images of one build: each URL is loaded once (cache, else network unless offline),
 * checked (an image format, decodable) and remembered, whether it worked or not. Prefetched URLs
 * load on a small pool of daemon threads; a URL asked for without a prefetch loads on the caller's
 * thread. A load never takes much longer than the policy's total timeout and never throws.
 */
final class RemoteImages {
    static final int PARALLEL_FETCHES = 6;

    /** An image, or the warning that says why there is none. */
    record Outcome(ImageData image, String problem) {
        static Outcome of(ImageData image) {
            return new Outcome(image, null);
        }

        static Outcome failed(String problem) {
            return new Outcome(null, problem);
        }
    }

    private final AssetPolicy policy;
    private final ImageCache cache;
    private final Map<String, CompletableFuture<Outcome>> loads = new ConcurrentHashMap<>();
    private final Object poolLock = new Object();
    private final Object fetcherLock = new Object();
    private ExecutorService pool;
    private HttpImageFetcher fetcher;

    RemoteImages(AssetPolicy policy) {
        this.policy = policy;
        this.cache = policy.cacheFolder() == null ? null : new ImageCache(policy.cacheFolder());
    }

    /** Starts loading {@code src} in the background unless it is loading or loaded already. */
    void prefetch(String src) {
        loads.computeIfAbsent(src, s -> CompletableFuture.supplyAsync(() -> load(s), pool()));
    }

    /** The outcome for {@code src}: waits for a load under way, or loads it now on this thread. */
    Outcome get(String src) {
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        CompletableFuture<Outcome> existing = loads.putIfAbsent(src, mine);
        if (existing != null) return existing.join();
        try {
            mine.complete(load(src));
        } catch (Throwable t) {
            mine.completeExceptionally(t); // never leave other waiters on this URL blocked
            throw t;
        }
        return mine.join();
    }

    private Outcome load(String src) {
        try {
            URI uri = absolute(src);
            String key = uri.toString();
            if (cache != null) {
                byte[] cached = cache.read(key).orElse(null);
                if (cached != null) {
                    Outcome fromCache = checked(src, cached, null);
                    if (fromCache.image() != null) return fromCache;
                    cache.remove(key); // damaged on disk: fetch it again
                }
            }
            RemoteFetchMemory memory = policy.memory();
            byte[] kept = memory.fetchedImage(key).orElse(null);
            if (kept != null) return checked(src, kept, null);
            String failedBefore = memory.recentFailure(key).orElse(null);
            if (failedBefore != null) return Outcome.failed(failedBefore + " (the last attempt, less than "
                    + RemoteFetchMemory.FAILURE_TTL_SECONDS + " s ago; not tried again until then)");
            if (policy.offline()) return Outcome.failed(FetchFailure.offlineMiss(src).getMessage());
            if (!policy.awaitRemote()) {
                memory.fetchInBackground(key, () -> fetchAndRemember(src, uri, key));
                return Outcome.failed("remote image '" + src + "' is being fetched; a placeholder shows until it arrives");
            }
            return fetchAndRemember(src, uri, key);
        } catch (FetchFailure e) {
            return Outcome.failed(e.getMessage());
        } catch (RuntimeException e) {
            return Outcome.failed(FetchFailure.other(src, e.toString()).getMessage());
        }
    }

    /** Fetches and checks an image; a failure is remembered for a while, an image kept in the cache. */
    private Outcome fetchAndRemember(String src, URI uri, String key) {
        Outcome outcome;
        try {
            HttpImageFetcher.Fetched fetched = fetcher().fetch(src, uri);
            outcome = checked(src, fetched.bytes(), fetched.contentType());
            if (outcome.image() != null) {
                if (cache != null) cache.write(key, fetched.bytes());
                if (cache == null || !policy.awaitRemote()) policy.memory().keep(key, fetched.bytes());
            }
        } catch (FetchFailure e) {
            outcome = Outcome.failed(e.getMessage());
        } catch (RuntimeException e) {
            outcome = Outcome.failed(FetchFailure.other(src, e.toString()).getMessage());
        }
        if (outcome.image() == null) policy.memory().failed(key, outcome.problem());
        return outcome;
    }

    private static Outcome checked(String src, byte[] bytes, String contentType) {
        ImageFormat format = ImageFormat.sniff(bytes);
        if (format == null) return Outcome.failed(FetchFailure.notAnImage(src, contentType).getMessage());
        try {
            ImageDecoder.check(bytes, format);
        } catch (UnusableImageException e) {
            return Outcome.failed(e.describe(ImageData.naming(src)));
        }
        return Outcome.of(new ImageData(src, bytes, format));
    }

    /** {@code //host/x} is fetched as {@code https://host/x}. */
    static URI absolute(String src) throws FetchFailure {
        String s = src.strip();
        if (s.startsWith("//")) s = "https:" + s;
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) throw FetchFailure.badAddress(src);
            return uri;
        } catch (URISyntaxException e) {
            throw FetchFailure.badAddress(src);
        }
    }

    private HttpImageFetcher fetcher() {
        synchronized (fetcherLock) {
            if (fetcher == null) fetcher = new HttpImageFetcher(policy);
            return fetcher;
        }
    }

    private ExecutorService pool() {
        synchronized (poolLock) {
            if (pool != null) return pool;
            ThreadPoolExecutor executor = new ThreadPoolExecutor(PARALLEL_FETCHES, PARALLEL_FETCHES, 2, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), daemonThreads());
            executor.allowCoreThreadTimeOut(true); // idle threads end: nothing to shut down after the build
            pool = executor;
            return pool;
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "inkstone-image-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
