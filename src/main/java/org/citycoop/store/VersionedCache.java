package org.citycoop.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Values computed from the store's data, kept while the data stays at the version they were computed from
 * ({@link Store#readVersion()}): whatever a write commits makes a new version, and the values of the old one are
 * dropped at the first look. Bounded by the total weight of what it keeps, the least recently used going first.
 *
 * <pre>{@code
 * VersionedCache<Node, List<Quad>> labels = new VersionedCache<>(1, 100_000, List::size);
 * List<Quad> quads = labels.get(node, store.readVersion(), n -> readLabels(n));
 * }</pre>
 *
 * @param <K> what a value is computed from
 * @param <V> the value, immutable
 */
public final class VersionedCache<K, V> {
    private final long minWeight;
    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    /** Least recently used first. */
    private final Map<K, V> values = new LinkedHashMap<>(16, 0.75f, true);
    private long version = Long.MIN_VALUE;
    private long held;

    /**
     * @param minWeight how much a value weighs at least to be kept: a value cheaper to compute than to look up is not
     * @param maxWeight how much all values kept weigh at most together
     * @param weigher   a value's weight, such as the number of things it holds
     */
    public VersionedCache(long minWeight, long maxWeight, ToLongFunction<V> weigher) {
        if (minWeight < 0 || maxWeight < minWeight) {
            throw new IllegalArgumentException("weights kept: at least " + minWeight + " each, at most " + maxWeight);
        }
        this.minWeight = minWeight;
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /**
     * The value kept for the key at this version, or computed (outside the cache's lock) and offered to it. Without
     * a version (in a write transaction, whose own changes no version names) the value is computed every time.
     */
    public V get(K key, OptionalLong dataVersion, Function<K, V> compute) {
        if (dataVersion.isEmpty()) {
            return compute.apply(key);
        }
        V kept = kept(key, dataVersion.getAsLong());
        if (kept != null) {
            return kept;
        }
        V value = compute.apply(key);
        offer(key, dataVersion.getAsLong(), value);
        return value;
    }

    /** The value kept for the key at this version of the data, or null. */
    synchronized V kept(K key, long dataVersion) {
        follow(dataVersion);
        return dataVersion == version ? values.get(key) : null;
    }

    /** Keeps a value computed at this version, if it weighs enough and not too much. */
    synchronized void offer(K key, long dataVersion, V value) {
        long weight = weigher.applyAsLong(value);
        follow(dataVersion);
        if (weight < minWeight || weight > maxWeight || dataVersion != version || values.containsKey(key)) {
            return;
        }
        Iterator<V> oldest = values.values().iterator();
        while (held + weight > maxWeight) {
            held -= weigher.applyAsLong(oldest.next());
            oldest.remove();
        }
        values.put(key, value);
        held += weight;
    }

    /** The total weight of the values kept. */
    public synchronized long weight() {
        return held;
    }

    /** Drops what an older version had; a reader still on an older version is given nothing kept. */
    private void follow(long dataVersion) {
        if (dataVersion > version) {
            values.clear();
            held = 0;
            version = dataVersion;
        }
    }
}
