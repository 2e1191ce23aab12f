package org.citycoop.serve;

import org.citycoop.graph.CooperationMap;
import org.citycoop.graph.PlaceNetwork;
import org.citycoop.graph.chart.Charts;
import org.citycoop.store.GraphStore;
import org.citycoop.store.VersionedCache;

/**
 * The cooperation network as the map and the charts read it: each read once per version of the data, and the map
 * read once for both, since reading it takes seconds on a store of the world's twin towns.
 */
final class NetworkViews {
    private final GraphStore store;
    private final VersionedCache<String, CooperationMap> maps = new VersionedCache<>(0, 1, m -> 1L);
    private final VersionedCache<String, Charts> charts = new VersionedCache<>(0, 1, c -> 1L);

    NetworkViews(GraphStore store) {
        this.store = store;
    }

    CooperationMap map() {
        return store.read(() -> maps.get("", store.readVersion(), k -> CooperationMap.read(store)));
    }

    Charts charts() {
        return store.read(() -> charts.get("", store.readVersion(), k -> new Charts(PlaceNetwork.read(store), map())));
    }
}
