package org.inkstone.bounded;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A thread-safe map that forgets its least recently used entries once their total weight passes a
 * bound: by count (each entry weighs 1) or by any measure the weigher gives (bytes). The entry just
 * added is always kept, however heavy, so that a caller can use what it put in.
 *
 * @param <K> the key: it should name the content (a file's version, a formula's text), so that a
 *            changed input is a new entry rather than a stale hit
 * @param <V> the cached value
 */
public final class LruCache<K, V> {
    private final long bound;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    private LruCache(long bound, ToLongFunction<V> weigher) {
        if (bound < 1) throw new IllegalArgumentException("bound " + bound);
        this.bound = bound;
        this.weigher = weigher;
    }

    /** At most {@code entries} entries. */
    public static <K, V> LruCache<K, V> ofCount(int entries) {
        return new LruCache<>(entries, v -> 1);
    }

    /** At most {@code bound} in total by {@code weigher} (and always the latest entry). */
    public static <K, V> LruCache<K, V> ofWeight(long bound, ToLongFunction<V> weigher) {
        return new LruCache<>(bound, weigher);
    }

    /** The value for {@code key}, or null; a hit makes the entry the most recently used. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    /** Keeps {@code value} under {@code key} and forgets the least recently used entries past the bound. */
    public synchronized void put(K key, V value) {
        V old = entries.put(key, value);
        if (old != null) weight -= weigher.applyAsLong(old);
        weight += weigher.applyAsLong(value);
        Iterator<Map.Entry<K, V>> eldest = entries.entrySet().iterator();
        while (weight > bound && entries.size() > 1) {
            Map.Entry<K, V> e = eldest.next();
            if (e.getKey().equals(key)) continue;
            weight -= weigher.applyAsLong(e.getValue());
            eldest.remove();
        }
    }

    /**
     * The value for {@code key}, made by {@code make} when missing. {@code make} runs under this cache's
     * lock, so the same key is never made twice at once; keep it quick, or cache a future of the value.
     */
    public synchronized V computeIfAbsent(K key, Function<K, V> make) {
        V known = entries.get(key);
        if (known != null) return known;
        V made = make.apply(key);
        put(key, made);
        return made;
    }

    /** How many entries are kept. */
    public synchronized int size() {
        return entries.size();
    }

    /** Their total weight (the count, for a cache bounded by count). */
    public synchronized long weight() {
        return weight;
    }

    /** The bound given. */
    public long bound() {
        return bound;
    }
}
