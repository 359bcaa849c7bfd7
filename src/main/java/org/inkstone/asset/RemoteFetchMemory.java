package org.inkstone.asset;

import org.inkstone.bounded.LruCache;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * What a process remembers of remote image fetches from one build to the next (one per
 * {@link AssetPolicy}, so a {@code build} run or a {@code serve} process shares it across builds):
 * <ul>
 *   <li>failed fetches, for {@link #FAILURE_TTL_SECONDS} s (a negative cache): a dead server costs its
 *       timeout once, not on every build; at most {@value #ENTRIES} URLs;</li>
 *   <li>images fetched when there is no on-disk cache, at most {@value #ENTRIES};</li>
 *   <li>fetches started in the background (when the policy does not wait for remote images), each URL
 *       once at a time; the listeners are told when one ends, so that the preview can rebuild.</li>
 * </ul>
 */
public final class RemoteFetchMemory {
    public static final int FAILURE_TTL_SECONDS = 60;
    public static final int ENTRIES = 256;

    private record Failure(String message, long expiresAtNanos) {}

    private final LruCache<String, Failure> failures = LruCache.ofCount(ENTRIES);
    private final LruCache<String, byte[]> fetched = LruCache.ofWeight(64L * 1024 * 1024, b -> b.length);
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final LongSupplier clock;
    private final long ttlNanos;
    private volatile ExecutorService pool;

    public RemoteFetchMemory() {
        this(System::nanoTime, TimeUnit.SECONDS.toNanos(FAILURE_TTL_SECONDS));
    }

    /** With a clock of its own (nanoseconds) and expiry, for tests. */
    RemoteFetchMemory(LongSupplier clock, long ttlNanos) {
        this.clock = clock;
        this.ttlNanos = ttlNanos;
    }

    /** Told (on a fetching thread) each time a background fetch ends, whether it worked or not. */
    public void whenFetched(Runnable listener) {
        listeners.add(listener);
    }

    /** The message of a fetch of this URL that failed less than the expiry ago. */
    Optional<String> recentFailure(String url) {
        Failure f = failures.get(url);
        if (f == null || clock.getAsLong() - f.expiresAtNanos() >= 0) return Optional.empty();
        return Optional.of(f.message());
    }

    void failed(String url, String message) {
        failures.put(url, new Failure(message, clock.getAsLong() + ttlNanos));
    }

    Optional<byte[]> fetchedImage(String url) {
        return Optional.ofNullable(fetched.get(url));
    }

    void keep(String url, byte[] bytes) {
        fetched.put(url, bytes);
    }

    boolean fetching(String url) {
        return inFlight.contains(url);
    }

    /** Runs {@code fetch} on a background thread unless this URL is being fetched already. */
    void fetchInBackground(String url, Runnable fetch) {
        if (!inFlight.add(url)) return;
        pool().execute(() -> {
            try {
                fetch.run();
            } finally {
                inFlight.remove(url);
                for (Runnable l : listeners) l.run();
            }
        });
    }

    private ExecutorService pool() {
        ExecutorService p = pool;
        if (p != null) return p;
        synchronized (this) {
            if (pool == null) {
                AtomicInteger n = new AtomicInteger();
                ThreadPoolExecutor executor = new ThreadPoolExecutor(4, 4, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                    Thread t = new Thread(task, "inkstone-image-background-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
                executor.allowCoreThreadTimeOut(true);
                pool = executor;
            }
            return pool;
        }
    }
}
