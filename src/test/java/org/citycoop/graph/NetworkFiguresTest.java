package org.citycoop.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures of a network small enough to compute by hand: A–B (said by two sources), B–C, B–D, C–D, and apart
 * E–F. A and B are Indonesian (Jawa Barat, Jawa Timur), C and D Japanese (both Aichi), E and F German.
 */
class NetworkFiguresTest {
    private static final Node A = place("a");
    private static final Node B = place("b");
    private static final Node C = place("c");
    private static final Node D = place("d");
    private static final Node E = place("e");
    private static final Node F = place("f");
    private static PlaceNetwork network;
    private static NetworkFigures figures;

    @BeforeAll
    static void compute() {
        network = new PlaceNetwork();
        Node jabar = place("jabar");
        Node jatim = place("jatim");
        Node aichi = place("aichi");
        network.place(new PlaceNetwork.PlaceInfo(A, "A", "ID", jabar, "Jawa Barat"))
            .place(new PlaceNetwork.PlaceInfo(B, "B", "ID", jatim, "Jawa Timur"))
            .place(new PlaceNetwork.PlaceInfo(C, "C", "JP", aichi, "Aichi"))
            .place(new PlaceNetwork.PlaceInfo(D, "D", "JP", aichi, "Aichi"))
            .place(new PlaceNetwork.PlaceInfo(E, "E", "DE", null, null))
            .place(new PlaceNetwork.PlaceInfo(F, "F", "DE", null, null));
        network.link(A, B).link(B, A).link(B, C).link(B, D).link(C, D).link(E, F);
        figures = NetworkFigures.of(network);
    }

    @Test
    void degreeCountsPartnersAndWeightedDegreeTheirSources() {
        assertEquals(Map.of(A, 1, B, 3, C, 2, D, 2, E, 1, F, 1), figure(f -> (double) f.degree(), true));
        assertEquals(Map.of(A, 2, B, 4, C, 2, D, 2, E, 1, F, 1), figure(f -> (double) f.weightedDegree(), true));
    }

    @Test
    void betweennessCountsTheShortestPathsThroughAPlace() {
        // A–C and A–D each have one shortest path, through B; every other pair is joined directly
        assertEquals(Map.of(A, 0.0, B, 2.0, C, 0.0, D, 0.0, E, 0.0, F, 0.0), figure(f -> f.betweenness(), false));
    }

    @Test
    void closenessIsTheMeanOfInverseDistancesToTheFiveOthers() {
        // A: 1/1 (B) + 1/2 (C) + 1/2 (D) = 2, over 5; B: 3/5; C and D: (1 + 1 + 1/2)/5; E and F: 1/5
        Map<Node, Double> expected = Map.of(A, 0.4, B, 0.6, C, 0.5, D, 0.5, E, 0.2, F, 0.2);
        expected.forEach((place, value) -> assertEquals(value, figures.of(place).closeness(), 1e-9, place.getURI()));
    }

    @Test
    void componentsAndCommunitiesAreNumberedFromTheBiggest() {
        assertEquals(Map.of(A, 1, B, 1, C, 1, D, 1, E, 2, F, 2), figure(f -> (double) f.component(), true));
        // {A, B, C, D} and {A, B}, {C, D} have the same modularity, 5/18 (by hand: the weight inside each community
        // over the whole, 6, less its degree over 12, squared); either way A goes with B, C with D, E with F
        Map<Node, Object> community = figure(f -> (double) f.community(), true);
        assertEquals(community.get(A), community.get(B));
        assertEquals(community.get(C), community.get(D));
        assertEquals(community.get(E), community.get(F));
        assertNotEquals(community.get(A), community.get(E));
        assertEquals(5.0 / 18, figures.modularity(), 1e-9);
        assertEquals(2, figures.components());
    }

    @Test
    void placesOfACountryAreRankedByDegreeWithTiesSharingARank() {
        assertEquals(Map.of(A, 2, B, 1, C, 1, D, 1, E, 1, F, 1), figure(f -> (double) f.rankInCountry(), true));
    }

    @Test
    void theShortestPathAndThePairsOfCountriesAndRegions() {
        assertEquals(List.of(A, B, D), network.path(A, D));
        assertEquals(List.of(), network.path(A, F));
        List<PairCounts.Pair> countries = PairCounts.byCountry(network);
        assertEquals(new PairCounts.Pair("ID", "ID", "JP", "JP", 2, 2), countries.get(0));
        assertEquals(4, countries.size());
        List<PairCounts.Pair> regions = PairCounts.byRegion(network).stream().filter(p -> p.between("ID", "JP")).toList();
        assertEquals(List.of(new PairCounts.Pair("Aichi (JP)", "JP", "Jawa Timur (ID)", "ID", 2, 2)), regions);
    }

    private static Map<Node, Object> figure(java.util.function.Function<NetworkFigures.PlaceFigures, Double> value,
            boolean whole) {
        Map<Node, Object> found = new java.util.HashMap<>();
        for (Node place : List.of(A, B, C, D, E, F)) {
            double v = value.apply(figures.of(place));
            found.put(place, whole ? (Object) (int) v : (Object) v);
        }
        return found;
    }

    private static Node place(String name) {
        return NodeFactory.createURI("http://example.org/" + name);
    }
}
