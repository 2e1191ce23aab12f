package org.citycoop.graph.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.citycoop.graph.CooperationMap;
import org.citycoop.graph.MapFilter;
import org.citycoop.graph.PairCounts;
import org.citycoop.graph.PlaceNetwork;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The charts of the cooperation network where a picture says more than a table: how many partners places have,
 * the partner countries of a country, the country pairs with most links, and twinnings by the decade they began.
 *
 * <pre>{@code
 * Charts charts = new Charts(PlaceNetwork.read(store), CooperationMap.read(store));
 * Files.writeString(Path.of("decades.svg"), charts.twinningsByDecade().svg());
 * }</pre>
 */
public final class Charts {
    /** The kinds of chart, by the names the command line and the page use. */
    public static final List<String> NAMES = List.of("degrees", "partners", "pairs", "decades");
    /** Upper bounds of the degree classes: 1, 2, 3, 4, 5, 6–10, 11–20, 21–50, 51–100, more. */
    private static final long[] DEGREE_CLASSES = {1, 2, 3, 4, 5, 10, 20, 50, 100, Long.MAX_VALUE};
    private final PlaceNetwork network;
    private final CooperationMap map;

    public Charts(PlaceNetwork network, CooperationMap map) {
        this.network = network;
        this.map = map;
    }

    /** The chart of that name; {@code country} for the partner countries, {@code top} bars at most. */
    public BarChart named(String name, String country, int top) {
        return switch (name) {
            case "degrees" -> degreeDistribution();
            case "partners" -> partnerCountries(country, top);
            case "pairs" -> countryPairs(top);
            case "decades" -> twinningsByDecade();
            default -> throw new IllegalArgumentException("no chart " + name);
        };
    }

    /** How many places have 1, 2, 3... partners. */
    public BarChart degreeDistribution() {
        Graph<org.apache.jena.graph.Node, DefaultWeightedEdge> graph = network.graph();
        long[] counts = new long[DEGREE_CLASSES.length];
        for (org.apache.jena.graph.Node place : graph.vertexSet()) {
            int degree = graph.degreeOf(place);
            int i = 0;
            while (degree > DEGREE_CLASSES[i]) {
                i++;
            }
            counts[i]++;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            long low = i == 0 ? 1 : DEGREE_CLASSES[i - 1] + 1;
            String label = DEGREE_CLASSES[i] == Long.MAX_VALUE ? "more than " + DEGREE_CLASSES[i - 1]
                : low == DEGREE_CLASSES[i] ? Long.toString(low) : low + "–" + DEGREE_CLASSES[i];
            bars.add(new BarChart.Bar(label + (low == 1 && DEGREE_CLASSES[i] == 1 ? " partner" : " partners"), counts[i]));
        }
        return new BarChart("Places by number of partners", "places", bars);
    }

    /** The countries whose places cooperate most with the places of a country. */
    public BarChart partnerCountries(String country, int top) {
        List<BarChart.Bar> bars = PairCounts.byCountry(network).stream()
            .filter(p -> country.equals(p.firstCountry()) != country.equals(p.secondCountry()))
            .map(p -> new BarChart.Bar(country.equals(p.firstCountry()) ? p.secondCountry() : p.firstCountry(), p.links()))
            .sorted(java.util.Comparator.comparingLong(BarChart.Bar::value).reversed()).limit(top).toList();
        return new BarChart("Partner countries of " + country, "links between places of " + country
            + " and places of the country", bars);
    }

    /** The pairs of countries with the most links between their places. */
    public BarChart countryPairs(int top) {
        List<BarChart.Bar> bars = PairCounts.byCountry(network).stream().limit(top)
            .map(p -> new BarChart.Bar(p.first() + " – " + p.second(), p.links())).toList();
        return new BarChart("Links by country pair", "links between places of the two countries", bars);
    }

    /** Twinnings by the decade they began, where a source dates them; the undated on a bar of their own. */
    public BarChart twinningsByDecade() {
        Map<String, Long> decades = new TreeMap<>();
        long undated = 0;
        for (CooperationMap.MapLink link : map.view(MapFilter.builder().kind("twinning")
                .limit(Integer.toString(MapFilter.MAX_LIMIT)).build()).links()) {
            if (link.year() == null) {
                undated++;
            } else {
                decades.merge(link.year() / 10 * 10 + "s", 1L, Long::sum);
            }
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        decades.forEach((decade, count) -> bars.add(new BarChart.Bar(decade, count)));
        bars.add(new BarChart.Bar("no date given", undated));
        return new BarChart("Twinnings by the decade they began", "twinnings between places with coordinates", bars);
    }
}
