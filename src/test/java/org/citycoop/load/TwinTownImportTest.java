package org.citycoop.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.citycoop.InputException;
import org.citycoop.TestProject;
import org.citycoop.load.gazetteer.GazetteerSource;
import org.citycoop.load.resolve.PlaceResolver;
import org.citycoop.load.resolve.StoreGazetteer;
import org.citycoop.load.twins.CrossSourceReport;
import org.citycoop.load.twins.TwinTownSource;
import org.citycoop.load.twins.WikidataTwinSource;
import org.citycoop.load.resolve.PartnerResolver;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.ontology.Vocab;
import org.citycoop.query.QueryParameters;
import org.citycoop.query.QueryRunner;
import org.citycoop.query.ResultFormat;
import org.citycoop.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A twin-town table imported into a store holding data/ and a GeoNames sample: names resolve to the places the
 * store holds (curated records before gazetteer entries), pairs listed both ways are one twinning, and names of no
 * place are kept as unresolved places.
 */
class TwinTownImportTest {
    private static final Path SAMPLES = TestProject.home().resolve("src/test/resources/twin-towns");
    private static Store store;
    private static TwinTownSource twins;
    private static WikidataTwinSource items;

    @BeforeAll
    static void importBoth() {
        store = Store.open(TestProject.tempDir("citycoop-twin-towns"));
        Loader.builder().store(store).build().load(List.of(TestProject.data()));
        Path geonames = SAMPLES.resolve("geonames.csv");
        Loader.builder().store(store).build().loadSources(List.of(new GazetteerSource(geonames,
            SourceFiles.digest(geonames, Ontology.load()))));
        twins = source(SAMPLES.resolve("twin-towns.csv"));
        Loader.builder().store(store).build().loadSources(List.of(twins));
        items = wikidata(SAMPLES.resolve("wikidata-relations.tsv"));
        Loader.builder().store(store).build().loadSources(List.of(items));
    }

    private static WikidataTwinSource wikidata(Path relations) {
        PlaceResolver resolver = new PlaceResolver(StoreGazetteer.read(store));
        return new WikidataTwinSource(relations, SAMPLES.resolve("wikidata-names.tsv"), "test",
            new PartnerResolver(resolver, StoreGazetteer.read(store)));
    }

    private static TwinTownSource source(Path file) {
        return new TwinTownSource(file, SourceFiles.digest(file, Ontology.load()),
            new PlaceResolver(StoreGazetteer.read(store)));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void partnersOfBandungComeFromEverySourceAsOnePlaceEach() throws Exception {
        Path query = TestProject.queries().resolve("partners-of.rq");
        String template = Files.readString(query);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new QueryRunner(store).run(QueryParameters.of(template).bind(Map.of("city", "Bandung")),
            query.toString(), ResultFormat.JSON, json);
        ResultSet rows = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(json.toByteArray()));
        Set<String> partners = new TreeSet<>();
        String braunschweigSources = null;
        while (rows.hasNext()) {
            var row = rows.next();
            String name = row.getLiteral("partnerName").getLexicalForm();
            assertTrue(partners.add(name), name + " is listed twice");
            if (name.equals("Braunschweig")) {
                braunschweigSources = row.getLiteral("sources").getLexicalForm();
            }
        }
        assertTrue(partners.containsAll(Set.of("Namur", "Braunschweig", "Cuenca", "Suwon", "Toyota", "Atlantis")),
            partners.toString());
        assertTrue(braunschweigSources.contains("twins.csv") && braunschweigSources.contains("Wikipedia"),
            braunschweigSources);
    }

    @Test
    void namesResolveToTheNodesTheStoreAlreadyUses() {
        Set<Node> twinsOfToyota = store.read(() -> {
            Set<Node> found = new java.util.HashSet<>();
            store.curated().find(Node.ANY, Node.ANY, CC.twin, id("city/toyota")).forEachRemaining(q ->
                store.curated().find(Node.ANY, q.getSubject(), CC.twin, Node.ANY).forEachRemaining(t -> found.add(t.getObject())));
            return found;
        });
        assertTrue(twinsOfToyota.contains(id("geonames/1859146")), "Kōchi is GeoNames' Kochi: " + twinsOfToyota);
        assertTrue(store.read(() -> store.curated().contains(twins.graph(), id("twinning/geonames-680963--geonames-698740"),
            CC.twin, id("geonames/698740"))), "Constanța and Odesa resolve despite their spellings");
    }

    @Test
    void aPairListedBothWaysIsOneTwinningAndANameOfNoPlaceIsKept() {
        assertEquals(9, twins.report().twinnings());
        assertEquals(1, twins.report().repeatedPairs());
        Node atlantis = id("twin-towns/atlantis-nowhere");
        assertTrue(store.read(() -> store.curated().contains(twins.graph(), atlantis, Vocab.RDF_TYPE, CC.UnresolvedPlace)));
        assertEquals(12, twins.report().names());
        assertEquals(10, twins.report().resolvedNames());
        StringWriter csv = new StringWriter();
        assertDoesNotThrowIo(() -> twins.report().writeUnresolved(csv));
        assertTrue(csv.toString().startsWith("id,name,country,lat,lon,rows,status,why,candidates"), csv.toString());
        assertTrue(csv.toString().contains(",Atlantis,Nowhere,10.0,10.0,1,unresolved,"), csv.toString());
    }

    @Test
    void aBadCoordinateIsReportedAtItsLineAndNothingIsWritten() {
        long before = store.read(() -> store.sources().size());
        InputException error = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
            () -> Loader.builder().store(store).build().loadSources(List.of(source(SAMPLES.resolve("bad-row.csv")))));
        assertEquals(3, error.location().line(), error.getMessage());
        assertTrue(error.getMessage().contains("lat1"), error.getMessage());
        assertEquals(before, (long) store.read(() -> store.sources().size()));
    }

    @Test
    void aWikidataPairIsTheSameTwinningAsWikipediasWithBothSources() {
        Node bandungCuenca = id("twinning/city-bandung--geonames-3658666");
        for (Node graph : List.of(twins.graph(), items.graph())) {
            assertTrue(store.read(() -> store.curated().contains(graph, bandungCuenca, Vocab.RDF_TYPE, CC.Twinning)),
                "the twinning in " + graph);
        }
        assertEquals(4, items.report().twinnings());
        assertEquals(1, items.report().repeatedPairs());
    }

    @Test
    void wikidataItemsResolveByTheirPartnersAndGermanSpellings() {
        assertTrue(linked("geonames/5527554", "Q9900020"), "Odessa is the Texan one, Namur's partner in Wikipedia's lists");
        assertTrue(linked("geonames/468902", "Q9900030"), "Jaroslawl is Yaroslavl");
        assertTrue(linked("wikidata/Q9900040", "Q9900040"), "an item of no place is kept");
        assertTrue(store.read(() -> store.curated().contains(items.graph(), id("wikidata/Q9900040"), Vocab.RDF_TYPE,
            CC.UnresolvedPlace)));
        assertEquals(7, items.report().names());
        assertEquals(6, items.report().resolvedNames());
    }

    @Test
    void aBadWikidataItemIsReportedAtItsLineAndField() {
        InputException error = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
            () -> Loader.builder().store(store).build().loadSources(List.of(wikidata(SAMPLES.resolve("wikidata-bad.tsv")))));
        assertEquals(2, error.location().line(), error.getMessage());
        assertTrue(error.getMessage().contains("field partner is 'X10'"), error.getMessage());
    }

    @Test
    void theCrossSourceReportListsWhatOneSourceSaysAndTheOtherDoesNot() {
        CrossSourceReport report = CrossSourceReport.of(store, 10);
        Map<Node, Long> counts = report.sources().stream().collect(java.util.stream.Collectors.toMap(
            CrossSourceReport.TwinSource::graph, CrossSourceReport.TwinSource::twinnings));
        assertEquals(9L, counts.get(twins.graph()));
        assertEquals(4L, counts.get(items.graph()));
        CrossSourceReport.Difference onlyWikidata = difference(report, items.graph(), twins.graph());
        assertEquals(2, onlyWikidata.count(), onlyWikidata.toString());
        assertEquals(Set.of("Jaroslawl – Braunschweig", "Nirgendwo – Bandung"), onlyWikidata.first().stream()
            .map(CrossSourceReport.Row::text).collect(java.util.stream.Collectors.toSet()));
        assertEquals(7, difference(report, twins.graph(), items.graph()).count());
        assertEquals(3, report.oneSidedCount(), report.oneSided().toString());
        assertTrue(report.oneSided().stream().anyMatch(r -> r.text().equals("Odessa names Namur as its twin; Namur "
            + "does not name it back")), report.oneSided().toString());
        assertEquals(1, report.farCount(), report.far().toString());
        assertTrue(report.far().get(0).text().startsWith("Toyota (Japan) is given at 43.0600, 141.3500; the nearest "
            + "place of that name, https://w3id.org/citycoop/id/city/toyota, is"), report.far().toString());
    }

    private static CrossSourceReport.Difference difference(CrossSourceReport report, Node in, Node notIn) {
        return report.differences().stream().filter(d -> d.in().graph().equals(in) && d.notIn().graph().equals(notIn))
            .findFirst().orElseThrow();
    }

    private static boolean linked(String place, String item) {
        return store.read(() -> store.curated().contains(items.graph(), id(place), Vocab.SKOS_EXACT_MATCH,
            NodeFactory.createURI(Vocab.WIKIDATA_ENTITY + item)));
    }

    private interface IoAction {
        void run() throws java.io.IOException;
    }

    private static void assertDoesNotThrowIo(IoAction action) {
        try {
            action.run();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Node id(String path) {
        return NodeFactory.createURI(CC.ID + path);
    }
}
