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
import org.citycoop.load.resolve.Gazetteer;
import org.citycoop.load.resolve.GazetteerPlace;
import org.citycoop.load.resolve.NameKeys;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.GraphStore;
import org.citycoop.store.SamePlaces;

/**
 * The places of the network (those that cooperate with another) that look like one place split in two: two of one
 * kind (two towns, two units) that bear one name as their own, in any language, within {@value #KM} km of each other,
 * neither lying in the other; two said to be one Wikidata item (Saint Petersburg the city, and the federal city
 * Natural Earth gives the item of); or one without coordinates (an item of Wikidata no gazetteer holds) named as the
 * one located place of the store that bears the name (as its own or another name), which is in the network too and
 * does not hold it. A prefecture and the city of its name are two places; so are places said to be in two countries
 * (towns facing each other across a border).
 * Each place counts by the IRI that stands for it, with the names of all its IRIs; places linked as one are one.
 *
 * <pre>{@code
 * Gazetteer gazetteer = StoreGazetteer.read(store);
 * List<SameNamedPlaces.Pair> pairs = store.read(() -> SameNamedPlaces.of(store, gazetteer));
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

    /**
     * The pairs, in the order of their first place's IRI; call inside a read transaction. The gazetteer of the store's
     * places ({@link org.citycoop.load.resolve.StoreGazetteer}) tells whether a name is borne by one place only.
     */
    public static List<Pair> of(GraphStore store, Gazetteer gazetteer) {
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
        return pairs(places, gazetteer, same);
    }

    /** What the check weighs of a place: its own names, point, enclosing places, countries, kind and items. */
    private record Place(Set<String> own, double[] point, Set<Node> areas, Set<String> countries, boolean unit,
            Set<String> items) {
        static Place read(DatasetGraph data, SamePlaces same, Set<Node> iris) {
            Set<String> own = new LinkedHashSet<>();
            Set<Node> areas = new java.util.HashSet<>();
            Set<String> countries = new java.util.HashSet<>();
            Set<String> items = new java.util.TreeSet<>();
            double[] point = null;
            boolean unit = false;
            for (Node iri : iris) {
                unit = unit || isUnit(data, iri);
                items(data, iri, items);
                keys(data, iri, Vocab.RDFS_LABEL, own);
                data.find(Node.ANY, iri, CC.locatedIn, Node.ANY).forEachRemaining(q ->
                    areas.add(same.canonical(q.getObject())));
                data.find(Node.ANY, iri, CC.countryCode, Node.ANY).forEachRemaining(q ->
                    countries.add(q.getObject().getLiteralLexicalForm()));
                point = point != null ? point : SameNamedPlaces.point(data, iri);
            }
            return new Place(own, point, areas, countries, unit, items);
        }

        /** Whether a gazetteer says the place is a unit (a state, a borough), not a town. */
        private static boolean isUnit(DatasetGraph data, Node iri) {
            var codes = data.find(Node.ANY, iri, CC.featureCode, Node.ANY);
            while (codes.hasNext()) {
                String code = codes.next().getObject().getLiteralLexicalForm();
                if (code.startsWith("ADM") || code.startsWith("PCL")) {
                    return true;
                }
            }
            return data.contains(Node.ANY, iri, Vocab.RDF_TYPE, CC.FirstLevelRegion);
        }

        /** The Wikidata items a place is said to be, by a record, a gazetteer or an import that resolved them. */
        private static void items(DatasetGraph data, Node iri, Set<String> items) {
            data.find(Node.ANY, iri, CC.wikidataId, Node.ANY).forEachRemaining(q ->
                items.add(q.getObject().getLiteralLexicalForm()));
            data.find(Node.ANY, iri, Vocab.SKOS_EXACT_MATCH, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI() && q.getObject().getURI().startsWith(Vocab.WIKIDATA_ENTITY)) {
                    items.add(q.getObject().getURI().substring(Vocab.WIKIDATA_ENTITY.length()));
                }
            });
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
     * Two located places of one kind that both bear a name as their own, within {@value #KM} km, neither lying in the
     * other; two said to be one item; a place without coordinates whose own name is borne (as its own or another name)
     * by one located place only in the whole store, a place of the network that it does not lie in. Never places
     * said to be in two countries.
     */
    private static List<Pair> pairs(Map<Node, Place> places, Gazetteer gazetteer, SamePlaces same) {
        Map<String, List<Node>> owning = index(places);
        Map<List<Node>, Pair> pairs = new java.util.LinkedHashMap<>();
        owning.forEach((key, named) -> {
            List<Node> located = named.stream().filter(place -> places.get(place).point() != null).toList();
            for (int i = 0; i < located.size(); i++) {
                for (int j = i + 1; j < located.size(); j++) {
                    Node a = located.get(i);
                    Node b = located.get(j);
                    double km = kilometres(places.get(a).point(), places.get(b).point());
                    if (km <= KM && places.get(a).unit() == places.get(b).unit() && apart(places, a, b)) {
                        pairs.putIfAbsent(ordered(a, b), new Pair(a, b, key, km));
                    }
                }
            }
            named.stream().filter(place -> places.get(place).point() == null).forEach(unlocated -> {
                Node only = onlyLocated(gazetteer, same, key);
                if (only != null && !only.equals(unlocated) && places.containsKey(only)
                        && apart(places, unlocated, only)) {
                    pairs.putIfAbsent(ordered(unlocated, only), new Pair(unlocated, only, key, Double.NaN));
                }
            });
        });
        sameItem(places).forEach(pair -> pairs.putIfAbsent(ordered(pair.place(), pair.other()), pair));
        List<Pair> sorted = new ArrayList<>(pairs.values());
        sorted.sort(java.util.Comparator.comparing((Pair p) -> p.place().getURI()).thenComparing(p -> p.other().getURI()));
        return sorted;
    }

    /** Two places of the network said to be one Wikidata item (a city and the state of its name, as Berlin). */
    private static List<Pair> sameItem(Map<Node, Place> places) {
        Map<String, List<Node>> byItem = new TreeMap<>();
        places.forEach((place, facts) -> facts.items().forEach(item ->
            byItem.computeIfAbsent(item, k -> new ArrayList<>(2)).add(place)));
        List<Pair> pairs = new ArrayList<>();
        byItem.forEach((item, said) -> {
            for (int i = 1; i < said.size(); i++) {
                // a unit a gazetteer gives the item of its city (Natural Earth's Osh Region) holds the city: two places
                if (apart(places, said.get(0), said.get(i))) {
                    pairs.add(new Pair(said.get(0), said.get(i), item, point(places, said.get(0), said.get(i))));
                }
            }
        });
        return pairs;
    }

    private static double point(Map<Node, Place> places, Node a, Node b) {
        double[] one = places.get(a).point();
        double[] other = places.get(b).point();
        return one == null || other == null ? Double.NaN : kilometres(one, other);
    }

    /** The one located place of the store that bears a name of the key, by the IRI that stands for it, or null. */
    private static Node onlyLocated(Gazetteer gazetteer, SamePlaces same, String key) {
        List<Node> located = gazetteer.bearing(key).stream().filter(GazetteerPlace::located)
            .map(place -> same.canonical(place.iri())).distinct().toList();
        return located.size() == 1 ? located.get(0) : null;
    }

    /** The places of each key of their own names. */
    private static Map<String, List<Node>> index(Map<Node, Place> places) {
        Map<String, List<Node>> index = new TreeMap<>();
        places.forEach((place, facts) -> facts.own().forEach(key ->
            index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(place)));
        return index;
    }

    /** Whether the two may be one place: neither lies in the other, and they are not in two countries. */
    private static boolean apart(Map<Node, Place> places, Node a, Node b) {
        return !places.get(a).areas().contains(b) && !places.get(b).areas().contains(a) && !inTwoCountries(places, a, b);
    }

    /** Whether the two are said to be in two countries (Nogales, Sonora and Nogales, Arizona face each other). */
    private static boolean inTwoCountries(Map<Node, Place> places, Node a, Node b) {
        Place one = places.get(a);
        Place other = places.get(b);
        return !one.countries().isEmpty() && !other.countries().isEmpty()
            && java.util.Collections.disjoint(one.countries(), other.countries());
    }

    private static List<Node> ordered(Node a, Node b) {
        return a.getURI().compareTo(b.getURI()) < 0 ? List.of(a, b) : List.of(b, a);
    }

    private static double kilometres(double[] a, double[] b) {
        return Geometry.kilometres(a[0], a[1], b[0], b[1]);
    }
}
