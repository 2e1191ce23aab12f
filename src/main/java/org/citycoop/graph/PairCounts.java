package org.citycoop.graph;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The links of a {@link PlaceNetwork} counted by the countries, or the provinces and prefectures, of their two ends:
 * how many pairs of places cooperate across each pair of countries, and the sources that say so (the edges'
 * weights summed). Links with an end of no known country or region are left out.
 */
public final class PairCounts {
    /** One pair of countries or regions (with their countries), in order of their names, and what links them. */
    public record Pair(String first, String firstCountry, String second, String secondCountry, int links,
            long sources) {

        /** Whether the pair joins these two countries, in either order. */
        public boolean between(String country, String other) {
            return country.equals(firstCountry) && other.equals(secondCountry)
                || other.equals(firstCountry) && country.equals(secondCountry);
        }
    }

    private PairCounts() {
    }

    /** The pairs of countries (ISO codes), most links first. */
    public static List<Pair> byCountry(PlaceNetwork network) {
        return count(network, PlaceNetwork.PlaceInfo::country);
    }

    /** The pairs of provinces and prefectures (with their countries), most links first. */
    public static List<Pair> byRegion(PlaceNetwork network) {
        return count(network, p -> p.region() == null ? null : p.regionName() + " (" + p.country() + ")");
    }

    private static List<Pair> count(PlaceNetwork network, Function<PlaceNetwork.PlaceInfo, String> side) {
        Graph<Node, DefaultWeightedEdge> graph = network.graph();
        Map<List<String>, long[]> counts = new HashMap<>();
        for (DefaultWeightedEdge edge : graph.edgeSet()) {
            PlaceNetwork.PlaceInfo source = network.info(graph.getEdgeSource(edge));
            PlaceNetwork.PlaceInfo target = network.info(graph.getEdgeTarget(edge));
            String a = side.apply(source);
            String b = side.apply(target);
            if (a != null && b != null) {
                List<String> key = a.compareTo(b) <= 0 ? List.of(a, String.valueOf(source.country()), b,
                    String.valueOf(target.country())) : List.of(b, String.valueOf(target.country()), a,
                    String.valueOf(source.country()));
                long[] count = counts.computeIfAbsent(key, k -> new long[2]);
                count[0]++;
                count[1] += Math.round(graph.getEdgeWeight(edge));
            }
        }
        return counts.entrySet().stream().map(e -> new Pair(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2),
            e.getKey().get(3), (int) e.getValue()[0], e.getValue()[1])).sorted(Comparator.comparingInt(Pair::links).reversed().thenComparing(Pair::first)
            .thenComparing(Pair::second)).toList();
    }
}
