package org.citycoop.load.resolve;


import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.citycoop.load.gazetteer.Geometry;
import org.citycoop.store.SamePlaces;
import org.citycoop.store.GraphStore;

/**
 * The places a store holds, as a {@link Gazetteer}. Places that sources name by one official code (linked by
 * {@code skos:exactMatch}) are one place under the IRI {@link SamePlaces} chooses, so that a name resolves to the
 * node every other source already uses. The twinnings the
 * store holds come along.
 */
public final class StoreGazetteer {
    private static final Query PLACES = QueryFactory.create(read("gazetteer-places.rq"));
    private static final String TWINNED = read("twinned-places.rq");
    /** A graph no source has, for leaving none out. */
    private static final String NO_GRAPH = "urn:x-citycoop:no-graph";

    private StoreGazetteer() {
    }

    /** Reads the store's places; call outside a transaction. */
    public static Gazetteer read(GraphStore store) {
        return read(store, null);
    }

    /**
     * Reads the store's places, and the twinnings of every source but the one of graph {@code except} (null for
     * none); call outside a transaction.
     */
    public static Gazetteer read(GraphStore store, Node except) {
        org.apache.jena.query.ParameterizedSparqlString twinned = new org.apache.jena.query.ParameterizedSparqlString(
            TWINNED);
        twinned.setIri("except", except != null ? except.getURI() : NO_GRAPH);
        Query twinnedQuery = twinned.asQuery();
        return store.read(() -> {
            SamePlaces same = store.samePlaces();
            Gazetteer gazetteer = new Gazetteer();
            store.select(PLACES, row -> gazetteer.add(place(row, same)));
            store.select(twinnedQuery, row -> gazetteer.addTwinning(same.canonical(row.getResource("place").asNode()),
                same.canonical(row.getResource("other").asNode())));
            return gazetteer;
        });
    }

    /**
     * Reads the store's places of one gazetteer (IRIs in {@code namespace}) in one country, each under its own IRI;
     * call outside a transaction.
     */
    public static Gazetteer readOf(GraphStore store, String namespace, String country) {
        return store.read(() -> {
            Gazetteer gazetteer = new Gazetteer();
            store.select(PLACES, row -> {
                if (row.getResource("place").getURI().startsWith(namespace) && country.equals(text(row, "country"))) {
                    gazetteer.add(place(row, SamePlaces.NONE));
                }
            });
            return gazetteer;
        });
    }

    private static GazetteerPlace place(QuerySolution row, SamePlaces same) {
        Node iri = row.getResource("place").asNode();
        double lat = Double.NaN;
        double lon = Double.NaN;
        double[] point = row.contains("wkt") ? Geometry.latLon(row.getLiteral("wkt").getLexicalForm()).orElse(null) : null;
        if (point != null) {
            lat = point[0];
            lon = point[1];
        }
        return new GazetteerPlace(same.canonical(iri), row.getLiteral("name").getLexicalForm(),
            text(row, "country"), text(row, "feature"),
            row.contains("population") ? row.getLiteral("population").getLong() : 0, lat, lon);
    }

    private static String text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node == null ? null : node.asLiteral().getLexicalForm();
    }

    private static String read(String resource) {
        return org.citycoop.Resources.text(StoreGazetteer.class, resource);
    }
}
