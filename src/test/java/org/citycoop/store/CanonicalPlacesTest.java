package org.citycoop.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.citycoop.Progress;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which IRI stands for a place several sources name is a fact SPARQL sees ({@code cc:canonical}), and it follows
 * every change of the sources that name the place: a better IRI arriving, a source leaving, a code corrected.
 */
class CanonicalPlacesTest {
    private static final Node CURATED = NodeFactory.createURI(CC.GRAPH + "records");
    private static final Node GEONAMES = NodeFactory.createURI(CC.GRAPH + "geonames");
    private static final Node KEMENDAGRI = NodeFactory.createURI(CC.GRAPH + "kemendagri");
    private static final Node CITY = NodeFactory.createURI(CC.ID + "city/bandung");
    private static final Node GN = NodeFactory.createURI(CC.ID + "geonames/1650357");
    private static final Node KD = NodeFactory.createURI(CC.ID + "kemendagri/32.73");
    private Store store;

    @BeforeEach
    void open() {
        store = Store.inMemory();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theBestIriOfAGroupStandsForTheOthersAsChangesComeAndGo() {
        write(place(KEMENDAGRI, KD, CC.kemendagriCode, "32.73"));
        assertEquals(Map.of(), canonical(), "one place alone has no other IRI");
        write(place(GEONAMES, GN, CC.kemendagriCode, "32.73"));
        assertEquals(Map.of(KD.getURI(), GN.getURI()), canonical(), "GeoNames' IRI before a national list's");
        write(place(CURATED, CITY, CC.kemendagriCode, "32.73"));
        assertEquals(Map.of(KD.getURI(), CITY.getURI(), GN.getURI(), CITY.getURI()), canonical(),
            "a curated record's IRI before any gazetteer's");
        remove(CURATED);
        assertEquals(Map.of(KD.getURI(), GN.getURI()), canonical(), "the curated record gone, GeoNames' IRI again");
        remove(KEMENDAGRI);
        assertEquals(Map.of(), canonical(), "nothing left to stand for");
    }

    @Test
    void placesLinkedThroughAnotherAreOnePlace() {
        Node municipality = NodeFactory.createURI(CC.ID + "jp-lg/221309");
        Node geonames = NodeFactory.createURI(CC.ID + "geonames/1863289");
        Node curated = NodeFactory.createURI(CC.ID + "city/hamamatsu");
        Node lists = NodeFactory.createURI(CC.GRAPH + "municipalities");
        write(place(lists, municipality, CC.lgCode, "221309"), place(GEONAMES, geonames, CC.geonamesId, "1863289"),
            new Quad[] {Quad.create(lists, municipality, Vocab.SKOS_EXACT_MATCH, geonames)});
        assertEquals(Map.of(municipality.getURI(), geonames.getURI()), canonical(), "linked one way, by a gazetteer");
        write(place(CURATED, curated, CC.lgCode, "221309"));
        assertEquals(Map.of(municipality.getURI(), curated.getURI(), geonames.getURI(), curated.getURI()), canonical(),
            "GeoNames' entry is linked to the curated record through the municipality sharing its code");
    }

    @Test
    void whatEachChangeRecordsIsWhatARebuildRecords() {
        write(place(KEMENDAGRI, KD, CC.kemendagriCode, "32.73"), place(GEONAMES, GN, CC.kemendagriCode, "32.73"),
            place(CURATED, CITY, CC.kemendagriCode, "32.73"));
        store.write(Progress.NONE, () -> {
            store.dataset().delete(Quad.create(CURATED, CITY, CC.kemendagriCode, NodeFactory.createLiteralString("32.73")));
            store.dataset().add(Quad.create(CURATED, CITY, CC.kemendagriCode, NodeFactory.createLiteralString("32.04")));
            return null;
        });
        Map<String, String> followed = canonical();
        store.write(Progress.NONE, () -> {
            store.deriveAllAtCommit();
            return null;
        });
        assertEquals(Map.of(KD.getURI(), GN.getURI()), followed, "a corrected code leaves the group");
        assertEquals(followed, canonical());
        assertEquals(store.read(() -> (long) store.dataset().getGraph(CC.INFERRED_GRAPH).size() - 1),
            store.read(store::inferredTriples), "the recorded size of the inferred graph counts the facts");
    }

    private static Quad[] place(Node graph, Node place, Node codeProperty, String code) {
        return new Quad[] {Quad.create(graph, place, RDF.type.asNode(), CC.Place),
            Quad.create(graph, place, codeProperty, NodeFactory.createLiteralString(code))};
    }

    private void write(Quad[]... places) {
        store.write(Progress.NONE, () -> {
            for (Quad[] place : places) {
                for (Quad quad : place) {
                    store.dataset().add(quad);
                }
            }
            return null;
        });
    }

    private void remove(Node graph) {
        store.write(Progress.NONE, () -> {
            store.dataset().removeGraph(graph);
            return null;
        });
    }

    /** What SPARQL over the curated view says stands for what. */
    private Map<String, String> canonical() {
        Map<String, String> found = new TreeMap<>();
        store.read(() -> {
            ParameterizedSparqlString query = new ParameterizedSparqlString("SELECT ?alias ?place { ?alias ?canonical ?place }");
            query.setIri("canonical", CC.canonical.getURI());
            try (QueryExecution execution = QueryExecution.dataset(store.curatedDataset()).query(query.asQuery()).build()) {
                execution.execSelect().forEachRemaining(row -> found.put(row.getResource("alias").getURI(),
                    row.getResource("place").getURI()));
            }
            return null;
        });
        assertEquals(found, store.read(() -> {
            Map<String, String> cached = new TreeMap<>();
            found.keySet().forEach(alias -> cached.put(alias, store.samePlaces().canonical(
                NodeFactory.createURI(alias)).getURI()));
            return cached;
        }), "the store's reading of the fact agrees with SPARQL");
        return found;
    }
}
