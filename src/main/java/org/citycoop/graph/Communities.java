package org.citycoop.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Communities of the cooperation network found by the Leiden algorithm (Traag, Waltman and van Eck, 2019), with its
 * reference implementation ({@code nl.cwts:networkanalysis}), optimising modularity over the links weighted by their
 * sources: the best of several seeded starts, so that the same network gives the same communities.
 *
 * <pre>{@code
 * Communities found = Communities.of(network.graph());
 * double q = found.modularity();
 * }</pre>
 */
public final class Communities {
    /** The seed of the first start: fixed, so that one network always gives the same communities. */
    private static final long SEED = 190;
    private static final int STARTS = 10;
    private static final int ITERATIONS = 10;
    private final List<Set<Node>> sets;
    private final double modularity;

    private Communities(List<Set<Node>> sets, double modularity) {
        this.sets = sets;
        this.modularity = modularity;
    }

    /** Finds the communities of a network; each place of no link is a community of its own. */
    public static Communities of(Graph<Node, DefaultWeightedEdge> graph) {
        if (graph.edgeSet().isEmpty()) {
            // no link to weigh: the algorithm has nothing to optimise (and a resolution of 1/0)
            return new Communities(graph.vertexSet().stream().map(Set::of).toList(), 0);
        }
        List<Node> nodes = new ArrayList<>(graph.vertexSet());
        Map<Node, Integer> index = new HashMap<>();
        nodes.forEach(node -> index.put(node, index.size()));
        List<DefaultWeightedEdge> edges = List.copyOf(graph.edgeSet());
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        double[] weights = new double[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            from[i] = index.get(graph.getEdgeSource(edges.get(i)));
            to[i] = index.get(graph.getEdgeTarget(edges.get(i)));
            weights[i] = graph.getEdgeWeight(edges.get(i));
        }
        // node weights are the nodes' total link weights: the constant Potts model then optimises modularity
        Network network = new Network(nodes.size(), true, new LargeIntArray[] {new LargeIntArray(from),
            new LargeIntArray(to)}, new LargeDoubleArray(weights), false, true);
        Clustering best = best(network);
        List<Set<Node>> sets = new ArrayList<>();
        for (int[] members : best.getNodesPerCluster()) {
            Set<Node> set = new HashSet<>();
            for (int member : members) {
                set.add(nodes.get(member));
            }
            sets.add(set);
        }
        return new Communities(sets, modularity(graph, sets));
    }

    private static Clustering best(Network network) {
        double resolution = 1.0 / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
        Random random = new Random(SEED);
        LeidenAlgorithm leiden = new LeidenAlgorithm(resolution, ITERATIONS, LeidenAlgorithm.DEFAULT_RANDOMNESS, random);
        Clustering best = null;
        double bestQuality = Double.NEGATIVE_INFINITY;
        for (int start = 0; start < STARTS; start++) {
            Clustering clustering = new Clustering(network.getNNodes());
            leiden.improveClustering(network, clustering);
            double quality = leiden.calcQuality(network, clustering);
            if (quality > bestQuality) {
                best = clustering;
                bestQuality = quality;
            }
        }
        best.orderClustersByNNodes();
        return best;
    }

    /**
     * Newman's modularity of a partition of a weighted network: for each community, the share of the links' weight
     * inside it less the share expected at random, (its total degree / twice the total weight) squared.
     */
    public static double modularity(Graph<Node, DefaultWeightedEdge> graph, List<Set<Node>> sets) {
        double total = graph.edgeSet().stream().mapToDouble(graph::getEdgeWeight).sum();
        if (total == 0) {
            return 0;
        }
        Map<Node, Integer> community = new HashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            for (Node member : sets.get(i)) {
                community.put(member, i);
            }
        }
        double[] inside = new double[sets.size()];
        double[] degree = new double[sets.size()];
        for (DefaultWeightedEdge edge : graph.edgeSet()) {
            int a = community.get(graph.getEdgeSource(edge));
            int b = community.get(graph.getEdgeTarget(edge));
            double weight = graph.getEdgeWeight(edge);
            degree[a] += weight;
            degree[b] += weight;
            if (a == b) {
                inside[a] += weight;
            }
        }
        double q = 0;
        for (int i = 0; i < sets.size(); i++) {
            q += inside[i] / total - Math.pow(degree[i] / (2 * total), 2);
        }
        return q;
    }

    /** The communities, biggest first. */
    public List<Set<Node>> sets() {
        return sets;
    }

    /** The partition's modularity over the weighted links. */
    public double modularity() {
        return modularity;
    }
}
