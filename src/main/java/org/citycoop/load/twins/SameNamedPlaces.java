package org.citycoop.load.twins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citycoop.load.gazetteer.Geometry;
import org.citycoop.load.resolve.NameKeys;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.GraphStore;
import org.citycoop.store.SamePlaces;

/**
 * The places of the network (those that cooperate with another) that look like one place split in two: two of them
 * that bear one name as their own, in any language, within {@value #KM} km of each other; or one without
 * coordinates (an item of Wikidata no gazetteer holds) named as the one place of the network that bears the name (as
 * its own or another name). A place and one it lies in are two places (a province and the town it is named after),
 * and so are places said to be in two countries (towns facing each other across a border).
 * Each place counts by the IRI that stands for it, with the names of all its IRIs; places linked as one are one.
 *
 * <pre>{@code
 * List<SameNamedPlaces.Pair> pairs = store.read(() -> SameNamedPlaces.of(store));
 * }</pre>
 */
public final class SameNamedPlaces {
    /** How far apart two gazetteers, or a gazetteer and a table, put one town. */
    static final double KM = 10;

    /** Two places that look like one: the name they share and how far apart they lie (NaN when one has no point). */
    public record Pair(Node place, Node other, String name, double kilometres) {
    }

    private SameNamedPlaces() {
    }

    /** The pairs, in the order of their first place's IRI; call inside a read transaction. */
    public static List<Pair> of(GraphStore store) {
        DatasetGraph data = store.curated();
        SamePlaces same = store.samePlaces();
        Map<Node, Set<Node>> iris = new HashMap<>();
        data.find(Node.ANY, Node.ANY, CC.cooperatesWith, Node.ANY).forEachRemaining(q -> {
            Node place = same.canonical(q.getSubject());
            iris.computeIfAbsent(place, k -> new LinkedHashSet<>()).add(place);
        });
        data.find(CC.INFERRED_GRAPH, Node.ANY, CC.canonical, Node.ANY).forEachRemaining(q -> {
            Set<Node> all = iris.get(q.getObject());
            if (all != null) {
                all.add(q.getSubject());
            }
        });
        Map<Node, Place> places = new HashMap<>();
        iris.forEach((place, all) -> places.put(place, Place.read(data, same, all)));
        return pairs(places);
    }

    /** What the check weighs of a place: its own names, its other names, its point and the places it lies in. */
    private record Place(Set<String> own, Set<String> other, double[] point, Set<Node> areas, Set<String> countries) {
        static Place read(DatasetGraph data, SamePlaces same, Set<Node> iris) {
            Set<String> own = new LinkedHashSet<>();
            Set<String> other = new LinkedHashSet<>();
            Set<Node> areas = new java.util.HashSet<>();
            Set<String> countries = new java.util.HashSet<>();
            double[] point = null;
            for (Node iri : iris) {
                keys(data, iri, Vocab.RDFS_LABEL, own);
                keys(data, iri, Vocab.SKOS_ALT_LABEL, other);
                data.find(Node.ANY, iri, CC.locatedIn, Node.ANY).forEachRemaining(q ->
                    areas.add(same.canonical(q.getObject())));
                data.find(Node.ANY, iri, CC.countryCode, Node.ANY).forEachRemaining(q ->
                    countries.add(q.getObject().getLiteralLexicalForm()));
                point = point != null ? point : SameNamedPlaces.point(data, iri);
            }
            other.addAll(own);
            return new Place(own, other, point, areas, countries);
        }
    }

    /** Adds the strict keys of a place's names of one property. */
    private static void keys(DatasetGraph data, Node iri, Node property, Set<String> keys) {
        data.find(Node.ANY, iri, property, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                String key = NameKeys.fold(q.getObject().getLiteralLexicalForm());
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
        });
    }

    private static double[] point(DatasetGraph data, Node iri) {
        var geometries = data.find(Node.ANY, iri, Vocab.GEO_HAS_GEOMETRY, Node.ANY);
        while (geometries.hasNext()) {
            var wkt = data.find(Node.ANY, geometries.next().getObject(), Vocab.GEO_AS_WKT, Node.ANY);
            if (wkt.hasNext()) {
                return Geometry.latLon(wkt.next().getObject().getLiteralLexicalForm()).orElse(null);
            }
        }
        return null;
    }

    /**
     * Two located places that both bear a name as their own, within {@value #KM} km; a place without coordinates
     * whose own name the one located place of the network bearing it (as its own or another name) bears, none other
     * without coordinates bearing it too. Never a place and one it lies in (a province and the town it is named
     * after).
     */
    private static List<Pair> pairs(Map<Node, Place> places) {
        Map<String, List<Node>> owning = index(places, true);
        Map<String, List<Node>> bearing = index(places, false);
        Map<List<Node>, Pair> pairs = new java.util.LinkedHashMap<>();
        owning.forEach((key, named) -> {
            List<Node> located = named.stream().filter(place -> places.get(place).point() != null).toList();
            for (int i = 0; i < located.size(); i++) {
                for (int j = i + 1; j < located.size(); j++) {
                    Node a = located.get(i);
                    Node b = located.get(j);
                    double km = kilometres(places.get(a).point(), places.get(b).point());
                    if (km <= KM && apart(places, a, b)) {
                        pairs.putIfAbsent(ordered(a, b), new Pair(a, b, key, km));
                    }
                }
            }
            List<Node> unlocated = named.stream().filter(place -> places.get(place).point() == null).toList();
            List<Node> all = bearing.getOrDefault(key, List.of());
            List<Node> locatedBearing = all.stream().filter(place -> places.get(place).point() != null).toList();
            if (unlocated.size() == 1 && locatedBearing.size() == 1 && all.size() == 2
                    && apart(places, unlocated.get(0), locatedBearing.get(0))) {
                pairs.putIfAbsent(ordered(unlocated.get(0), locatedBearing.get(0)), new Pair(unlocated.get(0),
                    locatedBearing.get(0), key, Double.NaN));
            }
        });
        List<Pair> sorted = new ArrayList<>(pairs.values());
        sorted.sort(java.util.Comparator.comparing((Pair p) -> p.place().getURI()).thenComparing(p -> p.other().getURI()));
        return sorted;
    }

    /** The places of each key, of their own names only or of all their names. */
    private static Map<String, List<Node>> index(Map<Node, Place> places, boolean ownOnly) {
        Map<String, List<Node>> index = new TreeMap<>();
        places.forEach((place, facts) -> (ownOnly ? facts.own() : facts.other()).forEach(key ->
            index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(place)));
        return index;
    }

    /**
     * Whether the two may be one place: neither lies in the other, and they are not said to be in two countries
     * (Nogales, Sonora and Nogales, Arizona face each other across a border).
     */
    private static boolean apart(Map<Node, Place> places, Node a, Node b) {
        Place one = places.get(a);
        Place other = places.get(b);
        boolean twoCountries = !one.countries().isEmpty() && !other.countries().isEmpty()
            && java.util.Collections.disjoint(one.countries(), other.countries());
        return !one.areas().contains(b) && !other.areas().contains(a) && !twoCountries;
    }

    private static List<Node> ordered(Node a, Node b) {
        return a.getURI().compareTo(b.getURI()) < 0 ? List.of(a, b) : List.of(b, a);
    }

    private static double kilometres(double[] a, double[] b) {
        return Geometry.kilometres(a[0], a[1], b[0], b[1]);
    }
}
