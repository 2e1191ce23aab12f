package org.citycoop.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.jena.graph.Node;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Betweenness (Brandes, each pair of other places counted once) and harmonic closeness (the mean of 1/distance to
 * every other place) of every place, paths counting links (a link's weight counts its sources; it is no distance).
 * One breadth-first search from each place gives both; the searches run on every processor, over arrays rather
 * than maps, so that the world network (about 20,000 places) takes seconds. The figures equal JGraphT's
 * {@code BetweennessCentrality} and {@code HarmonicCentrality} (normalised), which a test checks.
 *
 * <pre>{@code
 * Centrality centrality = Centrality.of(network.graph());
 * double b = centrality.betweenness(place);
 * }</pre>
 */
public final class Centrality {
    private final Map<Node, Integer> index;
    private final double[] betweenness;
    private final double[] closeness;

    private Centrality(Map<Node, Integer> index, double[] betweenness, double[] closeness) {
        this.index = index;
        this.betweenness = betweenness;
        this.closeness = closeness;
    }

    /** Computes both figures for every place of the graph. */
    public static <E> Centrality of(Graph<Node, E> graph) {
        List<Node> nodes = new ArrayList<>(graph.vertexSet());
        Map<Node, Integer> index = new HashMap<>();
        nodes.forEach(node -> index.put(node, index.size()));
        int[][] neighbours = new int[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            neighbours[i] = Graphs.neighborListOf(graph, nodes.get(i)).stream().distinct().mapToInt(index::get)
                .toArray();
        }
        int n = nodes.size();
        int parts = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors() * 4));
        List<double[][]> sums = IntStream.range(0, parts).parallel()
            .mapToObj(part -> new Searches(neighbours).from(part, parts)).toList();
        double[] betweenness = new double[n];
        double[] closeness = new double[n];
        for (double[][] sum : sums) {
            for (int v = 0; v < n; v++) {
                // each pair was counted from both of its ends
                betweenness[v] += sum[0][v] / 2;
                closeness[v] += n > 1 ? sum[1][v] / (n - 1) : 0;
            }
        }
        return new Centrality(index, betweenness, closeness);
    }

    public double betweenness(Node place) {
        return betweenness[index.get(place)];
    }

    public double closeness(Node place) {
        return closeness[index.get(place)];
    }

    /** The searches of one share of the sources, with arrays of their own. */
    private static final class Searches {
        private final int[][] neighbours;
        private final int[] distance;
        private final double[] paths;
        private final double[] dependency;
        private final int[] order;
        private final double[] betweenness;
        private final double[] closeness;

        Searches(int[][] neighbours) {
            int n = neighbours.length;
            this.neighbours = neighbours;
            distance = new int[n];
            paths = new double[n];
            dependency = new double[n];
            order = new int[n];
            betweenness = new double[n];
            closeness = new double[n];
        }

        /** Searches from every {@code parts}-th place from {@code first}; gives betweenness and closeness sums. */
        double[][] from(int first, int parts) {
            java.util.Arrays.fill(distance, -1);
            for (int source = first; source < neighbours.length; source += parts) {
                int reached = search(source);
                accumulate(source, reached);
                for (int i = 0; i < reached; i++) {
                    distance[order[i]] = -1;
                }
            }
            return new double[][] {betweenness, closeness};
        }

        /** Breadth-first from the source: distances, shortest-path counts and the order reached; returns how many. */
        private int search(int source) {
            distance[source] = 0;
            paths[source] = 1;
            order[0] = source;
            int head = 0;
            int tail = 1;
            while (head < tail) {
                int v = order[head++];
                for (int w : neighbours[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        paths[w] = 0;
                        order[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            return tail;
        }

        /** Brandes' accumulation of dependencies, farthest first, and the source's sum of 1/distance. */
        private void accumulate(int source, int reached) {
            for (int i = 0; i < reached; i++) {
                dependency[order[i]] = 0;
            }
            for (int i = reached - 1; i > 0; i--) {
                int w = order[i];
                closeness[source] += 1.0 / distance[w];
                for (int v : neighbours[w]) {
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                betweenness[w] += dependency[w];
            }
        }
    }
}
