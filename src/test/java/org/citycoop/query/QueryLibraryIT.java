package org.citycoop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.TestProject;
import org.citycoop.WholeNetwork;
import org.citycoop.graph.CooperationLinks;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The query library over the whole network the README builds ({@link WholeNetwork}): every query answers with its
 * defaults, and the answers analysts read most are checked against the store read another way (its quads through
 * Java, or the network as {@link CooperationLinks} reads it), never against answers copied from a run.
 */
class QueryLibraryIT {
    private static final Node BANDUNG = NodeFactory.createURI(CC.ID + "city/bandung");
    private static final Node YOKOHAMA = NodeFactory.createURI(CC.ID + "city/yokohama");
    private static Store store;
    private static List<CooperationLinks.Link> links;

    @BeforeAll
    static void theWholeNetwork() throws Exception {
        store = Store.open(WholeNetwork.get().store());
        links = store.read(() -> CooperationLinks.read(store));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> everyQueryAnswersWithItsDefaults() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(TestProject.queries())) {
            files = list.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
            () -> assertTrue(query(file.getFileName().toString(), Map.of()) != null)));
    }

    @Test
    void bandungsPartnersAreListedOnceEachAsTheNetworkHoldsThem() throws Exception {
        Set<Node> expected = partners(BANDUNG);
        assertTrue(expected.size() >= 14, "Bandung's partners: " + expected.size());
        for (String file : List.of("cq01-bandung-partners.rq", "partners-of.rq")) {
            List<QuerySolution> rows = query(file, Map.of());
            Set<Node> listed = new HashSet<>();
            rows.forEach(row -> assertTrue(listed.add(row.get("partner").asNode()), file + " lists twice: " + row));
            assertEquals(expected, listed, file);
            rows.forEach(row -> assertTrue(row.contains("partnerName"), file + " names every partner: " + row));
        }
    }

    @Test
    void yokohamasTwinsAreItsTwinsInTheInferredGraph() throws Exception {
        Set<Node> expected = new HashSet<>();
        store.read(() -> {
            store.curated().find(CC.INFERRED_GRAPH, YOKOHAMA, CC.twinnedWith, Node.ANY)
                .forEachRemaining(q -> expected.add(q.getObject()));
            return expected;
        });
        Set<Node> listed = new HashSet<>();
        query("cq06-yokohama-twins.rq", Map.of()).forEach(row -> assertTrue(listed.add(row.get("twin").asNode())));
        assertTrue(expected.size() >= 10, "Yokohama's twins: " + expected.size());
        assertEquals(expected, listed);
    }

    @Test
    void theDegreeOfBandungIsTheSameInEveryQueryAndTheNetwork() throws Exception {
        int degree = partners(BANDUNG).size();
        for (String file : List.of("most-connected-in-country.rq", "places-by-centrality.rq")) {
            QuerySolution bandung = query(file, Map.of("country", "ID")).stream()
                .filter(row -> row.contains("place") && row.get("place").asNode().equals(BANDUNG)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " lacks Bandung"));
            String column = bandung.contains("degree") ? "degree" : "partners";
            assertEquals(degree, bandung.getLiteral(column).getInt(), file);
        }
    }

    @Test
    void linksBetweenIndonesiaAndJapanAreThePairsOfTheNetworkAcrossThem() throws Exception {
        Set<List<Node>> expected = new HashSet<>();
        store.read(() -> {
            for (CooperationLinks.Link link : links) {
                if (in(link.one(), "ID") && in(link.other(), "JP")) {
                    expected.add(List.of(link.one(), link.other()));
                } else if (in(link.one(), "JP") && in(link.other(), "ID")) {
                    expected.add(List.of(link.other(), link.one()));
                }
            }
            return expected;
        });
        Set<List<Node>> listed = new HashSet<>();
        List<QuerySolution> rows = query("links-between-countries.rq", Map.of());
        rows.forEach(row -> listed.add(List.of(row.get("place").asNode(), row.get("otherPlace").asNode())));
        assertEquals(expected, listed);
        assertTrue(expected.size() >= 10, "pairs: " + expected);
        assertEquals(listed.size(), rows.size(), "each pair once");
    }

    @Test
    void linksSeveralSourcesStateAreTheNetworksLinksOfSeveralSources() throws Exception {
        Set<List<Node>> expected = new HashSet<>();
        links.stream().filter(link -> link.sources().size() >= 2).forEach(l -> expected.add(List.of(l.one(), l.other())));
        Set<List<Node>> listed = new HashSet<>();
        query("corroborated-links.rq", Map.of()).forEach(row -> listed.add(List.of(row.get("place").asNode(),
            row.get("other").asNode())));
        assertTrue(expected.size() > 1000, "corroborated: " + expected.size());
        assertEquals(expected, listed);
    }

    @Test
    void everyUnresolvedPlaceIsListed() throws Exception {
        long unresolved = store.read(() -> store.curated().stream(Node.ANY, Node.ANY, Vocab.RDF_TYPE,
            CC.UnresolvedPlace).map(q -> q.getSubject()).distinct()
            .filter(p -> store.curated().contains(Node.ANY, p, Vocab.RDFS_LABEL, Node.ANY)).count());
        Set<Node> listed = new HashSet<>();
        query("unresolved-places.rq", Map.of()).forEach(row -> listed.add(row.get("place").asNode()));
        assertTrue(unresolved > 1000, "unresolved: " + unresolved);
        assertEquals(unresolved, listed.size());
    }

    @Test
    void aPlaceIsFoundByItsNameInAnyLanguageInsideItsPrefecture() throws Exception {
        for (String name : List.of("Yokohama", "横浜市")) {
            List<QuerySolution> rows = query("cq12-place-hierarchy.rq", Map.of("placeName", name));
            assertTrue(rows.stream().anyMatch(row -> row.get("place").asNode().equals(YOKOHAMA)
                && row.getLiteral("provinceName").getLexicalForm().startsWith("Kanagawa")), name + ": " + rows);
        }
    }

    @Test
    void aSourceKeyThatCannotBeOneIsRefusedNotRunUnbound() {
        CityCoopException refused = assertThrows(CityCoopException.class,
            () -> query("links-in-one-source-only.rq", Map.of("source", "twin towns")));
        assertEquals(ErrorId.BAD_OPTION, refused.id());
    }

    private static Set<Node> partners(Node place) {
        Set<Node> partners = new HashSet<>();
        for (CooperationLinks.Link link : links) {
            if (link.one().equals(place)) {
                partners.add(link.other());
            } else if (link.other().equals(place)) {
                partners.add(link.one());
            }
        }
        return partners;
    }

    /** Whether a place lies in a country of the code, or has the code itself; inside a transaction. */
    private static boolean in(Node place, String code) {
        Node literal = NodeFactory.createLiteralString(code);
        return store.curated().contains(Node.ANY, place, CC.countryCode, literal)
            || store.curated().stream(Node.ANY, place, CC.locatedIn, Node.ANY).anyMatch(q -> store.curated()
                .contains(Node.ANY, q.getObject(), CC.iso3166Code, literal));
    }

    private static List<QuerySolution> query(String file, Map<String, String> values) throws Exception {
        return LibraryRows.of(store, file, values);
    }
}
