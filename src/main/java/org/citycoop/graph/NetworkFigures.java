package org.citycoop.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The figures of each place of a {@link PlaceNetwork}: degree, weighted degree, betweenness (Brandes, each pair of
 * other places counted once) and harmonic closeness (the mean of 1/distance to every other place, which a network of
 * several components needs), both from {@link Centrality} and NaN when not asked for; connected component (JGraphT)
 * and community ({@link Communities}, Leiden), both numbered from 1 for the biggest; and the rank by degree among the
 * places of the same country.
 */
public final class NetworkFigures {
    private final Map<Node, PlaceFigures> figures;
    private final double modularity;

    /** One place's figures. */
    public record PlaceFigures(PlaceNetwork.PlaceInfo place, int degree, long weightedDegree, double betweenness,
            double closeness, int component, int community, int rankInCountry) {
    }

    private NetworkFigures(Map<Node, PlaceFigures> figures, double modularity) {
        this.figures = figures;
        this.modularity = modularity;
    }

    /** Computes every figure of every place. */
    public static NetworkFigures of(PlaceNetwork network) {
        return of(network, true, phase -> { });
    }

    /**
     * Computes the figures of every place, telling {@code phases} the name of each long step as it starts. Without
     * {@code centrality}, each place's closeness and betweenness are NaN.
     */
    public static NetworkFigures of(PlaceNetwork network, boolean centrality, Consumer<String> phases) {
        Graph<Node, DefaultWeightedEdge> graph = network.graph();
        phases.accept("components and communities");
        Map<Node, Integer> components = numbered(new ConnectivityInspector<>(graph).connectedSets());
        Communities found = Communities.of(graph);
        Map<Node, Integer> communities = numbered(found.sets());
        Centrality central = null;
        if (centrality) {
            phases.accept("betweenness and closeness");
            central = Centrality.of(graph);
        }
        Map<Node, Integer> ranks = ranksInCountry(network);
        Map<Node, PlaceFigures> figures = new LinkedHashMap<>();
        for (Node place : graph.vertexSet()) {
            long weighted = Math.round(graph.edgesOf(place).stream().mapToDouble(graph::getEdgeWeight).sum());
            figures.put(place, new PlaceFigures(network.info(place), graph.degreeOf(place), weighted,
                central == null ? Double.NaN : central.betweenness(place),
                central == null ? Double.NaN : central.closeness(place), components.get(place),
                communities.get(place), ranks.getOrDefault(place, 0)));
        }
        return new NetworkFigures(figures, found.modularity());
    }

    /** Numbers sets from 1 for the biggest; sets of a size are ordered by their first member's IRI. */
    private static Map<Node, Integer> numbered(List<Set<Node>> sets) {
        List<Set<Node>> ordered = new ArrayList<>(sets);
        ordered.sort(Comparator.<Set<Node>>comparingInt(Set::size).reversed()
            .thenComparing(set -> set.stream().map(Node::getURI).min(String::compareTo).orElse("")));
        Map<Node, Integer> numbers = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            for (Node member : ordered.get(i)) {
                numbers.put(member, i + 1);
            }
        }
        return numbers;
    }

    /** Competition ranking ("1224") by degree within each country; places of no known country are not ranked. */
    private static Map<Node, Integer> ranksInCountry(PlaceNetwork network) {
        Map<String, List<Node>> byCountry = new HashMap<>();
        for (PlaceNetwork.PlaceInfo place : network.places()) {
            if (place.country() != null) {
                byCountry.computeIfAbsent(place.country(), k -> new ArrayList<>()).add(place.iri());
            }
        }
        Map<Node, Integer> ranks = new HashMap<>();
        Graph<Node, DefaultWeightedEdge> graph = network.graph();
        for (List<Node> places : byCountry.values()) {
            places.sort(Comparator.comparingInt(graph::degreeOf).reversed());
            for (int i = 0; i < places.size(); i++) {
                boolean tied = i > 0 && graph.degreeOf(places.get(i)) == graph.degreeOf(places.get(i - 1));
                ranks.put(places.get(i), tied ? ranks.get(places.get(i - 1)) : i + 1);
            }
        }
        return ranks;
    }

    /** The figures of one place, or null if it is not in the network. */
    public PlaceFigures of(Node place) {
        return figures.get(place);
    }

    /** Every place's figures, most connected first (degree, then weighted degree, then betweenness, then name). */
    public List<PlaceFigures> ranked() {
        return figures.values().stream().sorted(Comparator.comparingInt(PlaceFigures::degree).reversed()
            .thenComparing(Comparator.comparingLong(PlaceFigures::weightedDegree).reversed())
            .thenComparing(Comparator.comparingDouble(PlaceFigures::betweenness).reversed())
            .thenComparing(f -> f.place().name())).toList();
    }

    /** How many places, and how many connected components. */
    public int size() {
        return figures.size();
    }

    /** The modularity of the communities, over the links weighted by their sources. */
    public double modularity() {
        return modularity;
    }

    /** How many communities. */
    public long communities() {
        return figures.values().stream().map(PlaceFigures::community).distinct().count();
    }

    public long components() {
        return figures.values().stream().map(PlaceFigures::component).filter(Objects::nonNull).distinct().count();
    }
}
