package org.citycoop.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.citycoop.TestProject;
import org.citycoop.ontology.CC;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;

/**
 * The explorer's neighbourhoods read from the store node by node ({@code edges-around.rq}) are the whole network's
 * ({@code edges.rq}) seen from each node: for every node of data/, the edges around it and their far ends.
 */
class StoreNetworkTest {
    @Test
    void everyNodesEdgesAreTheWholeNetworksEdgesThatTouchIt() {
        Store store = TestProject.dataStore();
        Network whole = NetworkModel.read(store).network(NetworkKind.FULL, Set.of(), null);
        StoreNetwork network = new StoreNetwork(store);
        assertTrue(whole.nodes().size() > 50, "nodes: " + whole.nodes().size());
        for (GraphNode node : whole.nodes()) {
            Set<String> expected = new TreeSet<>();
            whole.edges().stream().filter(e -> e.source().equals(node.id()) || e.target().equals(node.id()))
                .forEach(e -> expected.add(e.id() + " " + e.label()));
            Neighbourhood around = network.neighbourhood(node.id(), 1, Set.of(), null, 500).orElseThrow();
            Set<String> found = new TreeSet<>();
            around.elements().edges().forEach(d -> found.add(d.data().id() + " " + d.data().label()));
            assertEquals(expected, found, "edges around " + node.id());
            assertEquals(node, network.node(node.id()), "the node as the whole network shows it");
        }
        assertNull(network.node(CC.ID + "city/atlantis"));
        assertTrue(network.neighbourhood(CC.ID + "city/atlantis", 2, Set.of(), null, 50).isEmpty());
    }
}
