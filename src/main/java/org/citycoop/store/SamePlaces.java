package org.citycoop.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * One IRI for every place several sources name. Places that sources name by one official code are linked by
 * {@code skos:exactMatch} (a derived fact); of such a group, one IRI stands for the place in search, pages, the
 * explorer and the resolution of new names: a curated record's before a gazetteer's, GeoNames' before the national
 * lists', the first by IRI among equals. The others stay, with their own facts, linked to it by {@code cc:canonical}
 * in the inferred graph ({@link CanonicalPlaces}), so that SPARQL sees the same choice.
 *
 * <pre>{@code
 * SamePlaces same = store.read(store::samePlaces);
 * Node bandung = same.canonical(geonames1650357);   // id/city/bandung
 * }</pre>
 */
public final class SamePlaces {
    /** Gazetteers' namespaces, least preferred last: a place in none of them is a curated record's. */
    private static final List<String> GAZETTEERS = List.of(CC.ID + "geonames/", CC.ID + "iso3166/",
        CC.ID + "naturalearth/", CC.ID + "kemendagri/", CC.ID + "jp-lg/", CC.ID + "countrystatecity/",
        CC.ID + "twin-towns/", CC.ID + "wikidata/");
    /** No place stands for another. */
    public static final SamePlaces NONE = new SamePlaces(Map.of());
    private final Map<Node, Node> canonical;

    private SamePlaces(Map<Node, Node> canonical) {
        this.canonical = canonical;
    }

    /** Reads the choice the last commit recorded ({@code cc:canonical}); call inside a transaction. */
    public static SamePlaces recorded(DatasetGraph dataset) {
        Map<Node, Node> canonical = new HashMap<>();
        dataset.find(CC.INFERRED_GRAPH, Node.ANY, CC.canonical, Node.ANY)
            .forEachRemaining(q -> canonical.put(q.getSubject(), q.getObject()));
        return new SamePlaces(Map.copyOf(canonical));
    }

    /**
     * Chooses afresh from the places linked by {@code skos:exactMatch} in a dataset, in either direction and through
     * other places (a municipality linked to GeoNames, and by its code to a curated record); call inside a
     * transaction.
     */
    static SamePlaces chosen(DatasetGraph dataset) {
        Map<Node, Set<Node>> links = new HashMap<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.SKOS_EXACT_MATCH, Node.ANY).forEachRemaining(q -> {
            if (isPlace(dataset, q.getSubject()) && isPlace(dataset, q.getObject())) {
                links.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(q.getObject());
                links.computeIfAbsent(q.getObject(), k -> new HashSet<>()).add(q.getSubject());
            }
        });
        Map<Node, Node> canonical = new HashMap<>();
        Set<Node> seen = new HashSet<>();
        for (Node start : links.keySet()) {
            if (seen.add(start)) {
                List<Node> group = group(start, links, seen);
                Node chosen = group.stream().min(Comparator.comparingInt(SamePlaces::preference)
                    .thenComparing(Node::getURI)).orElseThrow();
                group.stream().filter(place -> !place.equals(chosen)).forEach(place -> canonical.put(place, chosen));
            }
        }
        return new SamePlaces(Map.copyOf(canonical));
    }

    /** The places linked to {@code start}, directly or not, marking each seen. */
    private static List<Node> group(Node start, Map<Node, Set<Node>> links, Set<Node> seen) {
        List<Node> group = new ArrayList<>(List.of(start));
        for (int i = 0; i < group.size(); i++) {
            for (Node linked : links.get(group.get(i))) {
                if (seen.add(linked)) {
                    group.add(linked);
                }
            }
        }
        return group;
    }

    private static boolean isPlace(DatasetGraph dataset, Node node) {
        return node.isURI() && dataset.contains(Node.ANY, node, RDF.type.asNode(), CC.Place);
    }

    /** The IRI that stands for this place: itself unless another source's IRI does. */
    public Node canonical(Node place) {
        return canonical.getOrDefault(place, place);
    }

    /** Whether another IRI stands for this place. */
    public boolean isAlias(Node place) {
        return canonical.containsKey(place);
    }

    /** How many places another IRI stands for. */
    public int aliases() {
        return canonical.size();
    }

    /** Each place another IRI stands for, with that IRI. */
    Map<Node, Node> asMap() {
        return canonical;
    }

    private static int preference(Node place) {
        for (int i = 0; i < GAZETTEERS.size(); i++) {
            if (place.getURI().startsWith(GAZETTEERS.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
