package org.citycoop.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/**
 * Betweenness and closeness over arrays, on every processor, give JGraphT's figures (Brandes' algorithm and the
 * normalised harmonic centrality) on random networks of several components, some places of no link, weights ignored.
 */
class CentralityTest {
    @Test
    void theFiguresAreJGraphTsOnRandomNetworks() {
        Random random = new Random(20261207);
        for (int trial = 0; trial < 20; trial++) {
            Graph<Node, DefaultWeightedEdge> graph = randomGraph(random, 5 + random.nextInt(120),
                random.nextDouble() * 0.08);
            Centrality ours = Centrality.of(graph);
            // JGraphT would take the weights for distances; a link's weight counts sources
            Graph<Node, DefaultWeightedEdge> links = new AsUnweightedGraph<>(graph);
            Map<Node, Double> betweenness = new BetweennessCentrality<>(links, false).getScores();
            Map<Node, Double> closeness = new HarmonicCentrality<>(links, false, true).getScores();
            for (Node place : graph.vertexSet()) {
                assertEquals(betweenness.get(place), ours.betweenness(place), 1e-6, "betweenness of " + place);
                assertEquals(closeness.get(place), ours.closeness(place), 1e-9, "closeness of " + place);
            }
        }
    }

    private static Graph<Node, DefaultWeightedEdge> randomGraph(Random random, int size, double density) {
        Graph<Node, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < size; i++) {
            graph.addVertex(NodeFactory.createURI("http://example.org/" + i));
        }
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                if (random.nextDouble() < density) {
                    DefaultWeightedEdge edge = graph.addEdge(node(i), node(j));
                    graph.setEdgeWeight(edge, 1 + random.nextInt(3));
                }
            }
        }
        return graph;
    }

    private static Node node(int i) {
        return NodeFactory.createURI("http://example.org/" + i);
    }
}
