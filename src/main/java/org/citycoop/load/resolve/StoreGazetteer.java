package org.citycoop.load.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.citycoop.load.gazetteer.Geometry;
import org.citycoop.ontology.CC;
import org.citycoop.store.Store;

/**
 * The places a store holds, as a {@link Gazetteer}. Places that sources name by one official code (linked by
 * {@code skos:exactMatch}) are one place under one IRI: a curated record's before a gazetteer's, GeoNames' before
 * the national lists', so that a name resolves to the node every other source already uses. The twinnings the
 * store holds come along.
 */
public final class StoreGazetteer {
    private static final Query PLACES = QueryFactory.create(read("gazetteer-places.rq"));
    private static final Query SAME = QueryFactory.create(read("same-places.rq"));
    private static final String TWINNED = read("twinned-places.rq");
    /** A graph no source has, for leaving none out. */
    private static final String NO_GRAPH = "urn:x-citycoop:no-graph";
    /** Gazetteers' namespaces, least preferred last: a place in none of them is a curated record's. */
    private static final List<String> GAZETTEERS = List.of(CC.ID + "geonames/", CC.ID + "iso3166/",
        CC.ID + "kemendagri/", CC.ID + "jp-lg/", CC.ID + "twin-towns/");

    private StoreGazetteer() {
    }

    /** Reads the store's places; call outside a transaction. */
    public static Gazetteer read(Store store) {
        return read(store, null);
    }

    /**
     * Reads the store's places, and the twinnings of every source but the one of graph {@code except} (null for
     * none); call outside a transaction.
     */
    public static Gazetteer read(Store store, Node except) {
        org.apache.jena.query.ParameterizedSparqlString twinned = new org.apache.jena.query.ParameterizedSparqlString(
            TWINNED);
        twinned.setIri("except", except != null ? except.getURI() : NO_GRAPH);
        Query twinnedQuery = twinned.asQuery();
        return store.read(() -> {
            Map<Node, Node> canonical = canonical(store);
            Gazetteer gazetteer = new Gazetteer();
            store.select(PLACES, row -> gazetteer.add(place(row, canonical)));
            store.select(twinnedQuery, row -> gazetteer.addTwinning(canonical(row.getResource("place").asNode(),
                canonical), canonical(row.getResource("other").asNode(), canonical)));
            return gazetteer;
        });
    }

    private static GazetteerPlace place(QuerySolution row, Map<Node, Node> canonical) {
        Node iri = row.getResource("place").asNode();
        double lat = Double.NaN;
        double lon = Double.NaN;
        double[] point = row.contains("wkt") ? Geometry.latLon(row.getLiteral("wkt").getLexicalForm()).orElse(null) : null;
        if (point != null) {
            lat = point[0];
            lon = point[1];
        }
        return new GazetteerPlace(canonical(iri, canonical), row.getLiteral("name").getLexicalForm(),
            text(row, "country"), text(row, "feature"),
            row.contains("population") ? row.getLiteral("population").getLong() : 0, lat, lon);
    }

    private static Node canonical(Node place, Map<Node, Node> canonical) {
        return canonical.getOrDefault(place, place);
    }

    private static String text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node == null ? null : node.asLiteral().getLexicalForm();
    }

    /** Each place named by several sources, to the IRI its cluster is known by. */
    private static Map<Node, Node> canonical(Store store) {
        Map<Node, List<Node>> same = new HashMap<>();
        store.select(SAME, row -> same.computeIfAbsent(row.getResource("place").asNode(), k -> new ArrayList<>())
            .add(row.getResource("same").asNode()));
        Map<Node, Node> canonical = new HashMap<>();
        same.forEach((place, others) -> {
            List<Node> cluster = new ArrayList<>(others);
            cluster.add(place);
            canonical.put(place, cluster.stream().min(Comparator.comparingInt(StoreGazetteer::preference)
                .thenComparing(Node::getURI)).orElseThrow());
        });
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

    private static String read(String resource) {
        return org.citycoop.Resources.text(StoreGazetteer.class, resource);
    }
}
