package org.citycoop.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.Progress;
import org.citycoop.ontology.CC;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;

/**
 * The edges of hubs are kept between requests only while the data stays at the version they were read at: a write
 * shows in the next neighbourhood, and what is kept stays within its bound.
 */
class HubEdgesTest {
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

    @Test
    void aVersionSeesOnlyWhatWasReadAtIt() {
        HubEdges hubs = new HubEdges(2, 10);
        hubs.offer("a", 1, edges("a", 3));
        assertEquals(3, hubs.get("a", 1).orElseThrow().size());
        assertTrue(hubs.get("a", 0).isEmpty(), "a reader of an older version");
        hubs.offer("b", 2, edges("b", 4));
        assertTrue(hubs.get("a", 2).isEmpty(), "kept at version 1, dropped at 2");
        assertEquals(4, hubs.held());
        hubs.offer("c", 2, edges("c", 1));
        assertTrue(hubs.get("c", 2).isEmpty(), "too few edges to be kept");
    }

    @Test
    void theLeastRecentlyUsedGoFirstPastTheBound() {
        HubEdges hubs = new HubEdges(2, 10);
        hubs.offer("a", 1, edges("a", 4));
        hubs.offer("b", 1, edges("b", 4));
        assertFalse(hubs.get("a", 1).isEmpty());
        hubs.offer("c", 1, edges("c", 4));
        assertTrue(hubs.get("b", 1).isEmpty(), "the least recently used");
        assertEquals(List.of(4, 4), List.of(hubs.get("a", 1).orElseThrow().size(), hubs.get("c", 1).orElseThrow().size()));
        assertEquals(8, hubs.held());
        hubs.offer("d", 1, edges("d", 11));
        assertTrue(hubs.get("d", 1).isEmpty(), "more than the bound");
        assertThrows(IllegalArgumentException.class, () -> new HubEdges(5, 4));
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

    private static Set<GraphEdge> edges(String node, int count) {
        Set<GraphEdge> edges = new LinkedHashSet<>();
        IntStream.range(0, count).forEach(i -> edges.add(GraphEdge.of(CC.ID + "city/c" + i, CC.within.getURI(), node,
            "within")));
        return edges;
    }
}
