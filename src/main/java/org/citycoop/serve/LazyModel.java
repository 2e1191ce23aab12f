package org.citycoop.serve;

import java.util.function.Supplier;

import org.citycoop.graph.NetworkModel;
import org.citycoop.store.GraphStore;

/**
 * The whole network of the store, read when first asked for and kept, for exports and the list of relations:
 * they show the store as it was then (a restart shows later writes). Neighbourhoods and search read the store.
 */
final class LazyModel implements Supplier<NetworkModel> {
    private final GraphStore store;
    private volatile NetworkModel model;

    LazyModel(GraphStore store) {
        this.store = store;
    }

    @Override
    public NetworkModel get() {
        NetworkModel current = model;
        if (current == null) {
            synchronized (this) {
                if (model == null) {
                    model = NetworkModel.read(store);
                }
                current = model;
            }
        }
        return current;
    }
}
