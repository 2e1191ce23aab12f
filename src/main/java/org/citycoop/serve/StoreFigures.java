package org.citycoop.serve;

import org.citycoop.store.GraphStore;
import org.citycoop.store.Statistics;
import org.citycoop.store.VersionedCache;

/**
 * What the store holds, counted once per version of the data and shared by the pages that show it (the home page and
 * the dataset's description): counting reads every graph.
 */
final class StoreFigures {
    private final GraphStore store;
    private final VersionedCache<String, Statistics> counted = new VersionedCache<>(0, 1, s -> 1L);

    StoreFigures(GraphStore store) {
        this.store = store;
    }

    /** The counts of the data as it is now. */
    Statistics now() {
        return store.read(() -> counted.get("", store.readVersion(), k -> Statistics.of(store)));
    }
}
