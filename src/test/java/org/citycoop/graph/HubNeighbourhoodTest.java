package org.citycoop.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.IntStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.Progress;
import org.citycoop.ontology.CC;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;

/**
 * The edges of a hub are kept between requests only while the data stays at the version they were read at: a write
 * shows in the next neighbourhood.
 */
class HubNeighbourhoodTest {
    private static final Node COUNTRY = NodeFactory.createURI(CC.ID + "country/hub");
    private static final Node GRAPH = NodeFactory.createURI(CC.ID + "source/cities");

    @Test
    void aWriteShowsInTheNextNeighbourhoodOfAHub() {
        try (Store store = Store.inMemory()) {
            addCities(store, 0, 600);
            StoreNetwork network = new StoreNetwork(store);
            assertEquals(550, leftOut(network));
            assertEquals(550, leftOut(network), "read again at the same version");
            addCities(store, 600, 601);
            assertEquals(551, leftOut(network), "the city added after the hub's edges were kept");
        }
    }

    private static int leftOut(StoreNetwork network) {
        Neighbourhood around = network.neighbourhood(COUNTRY.getURI(), 1, Set.of(), null, 50).orElseThrow();
        return around.more().stream().filter(m -> m.node().equals(COUNTRY.getURI())).mapToInt(Neighbourhood.More::count)
            .sum();
    }

    private static void addCities(Store store, int from, int to) {
        store.write(Progress.NONE, () -> {
            IntStream.range(from, to).forEach(i -> store.dataset().add(GRAPH,
                NodeFactory.createURI(CC.ID + "city/c" + i), CC.within, COUNTRY));
            return null;
        });
    }
}
