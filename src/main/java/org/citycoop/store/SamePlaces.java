package org.citycoop.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.citycoop.ontology.CC;

/**
 * One IRI for every place several sources name. Places that sources name by one official code are linked by
 * {@code skos:exactMatch} (a derived fact); of such a group, one IRI stands for the place in search, pages, the
 * explorer and the resolution of new names: a curated record's before a gazetteer's, GeoNames' before the national
 * lists', the first by IRI among equals. The others stay, with their own facts, linked to it.
 *
 * <pre>{@code
 * SamePlaces same = store.read(() -> SamePlaces.of(store));
 * Node bandung = same.canonical(geonames1650357);   // id/city/bandung
 * }</pre>
 */
public final class SamePlaces {
    private static final Query SAME = QueryFactory.create(org.citycoop.Resources.text(SamePlaces.class, "same-places.rq"));
    /** Gazetteers' namespaces, least preferred last: a place in none of them is a curated record's. */
    private static final List<String> GAZETTEERS = List.of(CC.ID + "geonames/", CC.ID + "iso3166/",
        CC.ID + "kemendagri/", CC.ID + "jp-lg/", CC.ID + "twin-towns/");
    private final Map<Node, Node> canonical;

    private SamePlaces(Map<Node, Node> canonical) {
        this.canonical = canonical;
    }

    /** Reads the groups of places from the store's curated view; call inside a transaction. */
    public static SamePlaces of(Store store) {
        Map<Node, List<Node>> same = new HashMap<>();
        store.select(SAME, row -> same.computeIfAbsent(row.getResource("place").asNode(), k -> new ArrayList<>())
            .add(row.getResource("same").asNode()));
        Map<Node, Node> canonical = new HashMap<>();
        same.forEach((place, others) -> {
            List<Node> group = new ArrayList<>(others);
            group.add(place);
            Node chosen = group.stream().min(Comparator.comparingInt(SamePlaces::preference)
                .thenComparing(Node::getURI)).orElseThrow();
            if (!chosen.equals(place)) {
                canonical.put(place, chosen);
            }
        });
        return new SamePlaces(Map.copyOf(canonical));
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

    private static int preference(Node place) {
        for (int i = 0; i < GAZETTEERS.size(); i++) {
            if (place.getURI().startsWith(GAZETTEERS.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
