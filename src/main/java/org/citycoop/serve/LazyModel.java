package org.citycoop.serve;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

import org.citycoop.graph.NetworkKind;
import org.citycoop.graph.NetworkModel;
import org.citycoop.store.GraphStore;

/**
 * The networks of the store, each read when first asked for and kept while the data stays at one version (a write
 * makes the next request read it again; a store that cannot tell its version keeps what it read): the cooperation
 * network alone ({@link NetworkModel#cooperation}), which takes seconds on a store of any size, and the full network
 * ({@link NetworkModel#read}), for exports and the list of relations. Neighbourhoods and search read the store.
 */
final class LazyModel implements Function<NetworkKind, NetworkModel> {
    private final GraphStore store;
    private final Map<NetworkKind, Kept> kept = new EnumMap<>(NetworkKind.class);

    /** A model and the version of the data it was read at. */
    private record Kept(OptionalLong version, NetworkModel model) {
    }

    LazyModel(GraphStore store) {
        this.store = store;
    }

    @Override
    public synchronized NetworkModel apply(NetworkKind kind) {
        OptionalLong version = store.read(store::readVersion);
        Kept current = kept.get(kind);
        if (current == null || version.isPresent() && !version.equals(current.version())) {
            NetworkModel model = kind == NetworkKind.COOPERATION ? NetworkModel.cooperation(store)
                : NetworkModel.read(store);
            current = new Kept(version, model);
            kept.put(kind, current);
        }
        return current.model();
    }
}
