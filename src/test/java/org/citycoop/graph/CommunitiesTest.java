package org.citycoop.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/** Leiden's communities: the planted groups of a network, and a modularity at least label propagation's. */
class CommunitiesTest {
    @Test
    void twoCliquesJoinedByOneLinkAreTwoCommunitiesWithTheModularityComputedByHand() {
        Graph<Node, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < 8; i++) {
            graph.addVertex(node(i));
        }
        for (int group = 0; group < 2; group++) {
            for (int i = 4 * group; i < 4 * group + 4; i++) {
                for (int j = i + 1; j < 4 * group + 4; j++) {
                    graph.addEdge(node(i), node(j));
                }
            }
        }
        graph.addEdge(node(3), node(4));
        Communities found = Communities.of(graph);
        assertEquals(List.of(Set.of(node(0), node(1), node(2), node(3)), Set.of(node(4), node(5), node(6), node(7))),
            found.sets().stream().sorted(java.util.Comparator.comparing(s -> s.contains(node(0)) ? 0 : 1)).toList());
        // 13 links: 6 inside each clique, degrees 13 each side: 2 × (6/13 − (13/26)²)
        assertEquals(2 * (6.0 / 13 - 0.25), found.modularity(), 1e-9);
    }

    @Test
    void onPlantedGroupsLeidenReachesAtLeastLabelPropagationsModularity() {
        Random random = new Random(7);
        Graph<Node, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        int size = 400;
        for (int i = 0; i < size; i++) {
            graph.addVertex(node(i));
        }
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                boolean sameGroup = i / 20 == j / 20;
                if (random.nextDouble() < (sameGroup ? 0.3 : 0.004)) {
                    graph.setEdgeWeight(graph.addEdge(node(i), node(j)), 1 + random.nextInt(2));
                }
            }
        }
        Communities found = Communities.of(graph);
        List<Set<Node>> propagated = new ArrayList<>(new LabelPropagationClustering<>(graph, 100, new Random(1))
            .getClustering().getClusters());
        double theirs = Communities.modularity(graph, propagated);
        assertTrue(found.modularity() >= theirs, found.modularity() + " < " + theirs);
        assertTrue(found.modularity() > 0.7, "modularity " + found.modularity());
        assertEquals(size, found.sets().stream().mapToInt(Set::size).sum(), "every place in one community");
    }

    @Test
    void aNetworkWithoutLinksIsOneCommunityPerPlaceAndNoneAtAll() {
        Graph<Node, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        assertEquals(List.of(), Communities.of(graph).sets());
        graph.addVertex(node(0));
        graph.addVertex(node(1));
        Communities alone = Communities.of(graph);
        assertEquals(2, alone.sets().size());
        assertEquals(0, alone.modularity(), 0);
    }

    private static Node node(int i) {
        return NodeFactory.createURI("http://example.org/" + i);
    }
}
