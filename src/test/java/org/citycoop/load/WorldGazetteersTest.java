package org.citycoop.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.InputException;
import org.citycoop.TestProject;
import org.citycoop.load.gazetteer.GazetteerFormat;
import org.citycoop.load.gazetteer.GazetteerSource;
import org.citycoop.load.imports.Importer;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Licence;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The world's gazetteers as they are published (GeoNames' dump format, Natural Earth's admin-1 units, the
 * countrystatecity tables), imported beside data/ from samples of the real files: each in its format, under its
 * licence, every place in its unit and country, one node per place across them.
 */
class WorldGazetteersTest {
    private static final Path SAMPLES = TestProject.home().resolve("src/test/resources/gazetteer");
    private static Store store;

    @BeforeAll
    static void importTheSamplesPlacesFirst() {
        store = Store.open(TestProject.tempDir("citycoop-world-gazetteers"));
        Loader.builder().store(store).build().load(List.of(TestProject.data()));
        // given places before units: the import takes the units first
        Importer.builder().store(store).build().gazetteers(List.of(SAMPLES.resolve("countrystatecity-cities-sample.csv"),
            SAMPLES.resolve("geonames-dump-sample.txt"), SAMPLES.resolve("countrystatecity-states-sample.csv"),
            SAMPLES.resolve("naturalearth-sample.csv")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Node id(String path) {
        return NodeFactory.createURI(CC.ID + path);
    }

    private static long count(Node s, Node p, Node o) {
        return TestProject.count(store, s, p, o);
    }

    private static Set<String> texts(Node s, Node p) {
        return store.read(() -> {
            Set<String> found = new TreeSet<>();
            store.curated().find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> found.add(q.getObject()
                .getLiteralLexicalForm()));
            return found;
        });
    }

    @Test
    void eachFileIsKnownByItsFirstLineAndKeepsItsPublishersLicence() {
        assertEquals(GazetteerFormat.GEONAMES_DUMP, GazetteerFormat.detect(SAMPLES.resolve("geonames-dump-sample.txt")));
        assertEquals(GazetteerFormat.NATURAL_EARTH_ADMIN1, GazetteerFormat.detect(SAMPLES.resolve("naturalearth-sample.csv")));
        assertEquals(GazetteerFormat.COUNTRYSTATECITY_STATES,
            GazetteerFormat.detect(SAMPLES.resolve("countrystatecity-states-sample.csv")));
        assertEquals(GazetteerFormat.COUNTRYSTATECITY_CITIES,
            GazetteerFormat.detect(SAMPLES.resolve("countrystatecity-cities-sample.csv")));
        for (var expected : java.util.Map.of("gazetteer-geonames-dump-sample", Licence.CC_BY_4,
                "gazetteer-naturalearth-sample", Licence.PUBLIC_DOMAIN, "gazetteer-countrystatecity-states-sample",
                Licence.ODBL, "gazetteer-countrystatecity-cities-sample", Licence.ODBL).entrySet()) {
            Node graph = NodeFactory.createURI(CC.GRAPH + expected.getKey());
            assertEquals(1, count(graph, org.apache.jena.vocabulary.DCTerms.license.asNode(),
                expected.getValue().node()), expected.getKey());
        }
    }

    @Test
    void geonamesPlacesLieInTheUnitsOfTheirAdminCodes() {
        assertEquals(1, count(id("geonames/1625822"), CC.within, id("iso3166/ID-JI")), "Surabaya, by admin1 08");
        assertEquals(1, count(id("geonames/1859307"), CC.within, id("iso3166/JP-40")), "Kitakyushu, by admin1 07");
        assertEquals(1, count(id("geonames/3164527"), CC.within, id("iso3166/IT-VR")),
            "Verona, by admin2 VR: Natural Earth's units in Italy are provinces");
        assertEquals(1, count(id("geonames/1650357"), CC.within, id("province/jawa-barat")),
            "Bandung, in the unit ID-JB under the IRI that stands for it, the curated province's");
        assertEquals(1, count(id("geonames/1625822"), CC.locatedIn, id("iso3166/ID")), "and so in its country");
        assertEquals(1, count(id("iso3166/ID-JI"), CC.within, id("iso3166/ID")), "a unit in its country");
    }

    @Test
    void alternateNamesAreOtherNamesButAirportCodesAndOnlyPlacesAndUnitsAreImported() {
        Set<String> moscow = texts(id("geonames/524901"), Vocab.SKOS_ALT_LABEL);
        assertTrue(moscow.containsAll(Set.of("Moskau", "Москва", "Moscou")), moscow.toString());
        assertTrue(!moscow.contains("MOW") && !moscow.contains("Moscow"), "no airport code, not its own name again");
        assertEquals(0, count(id("geonames/99000001"), Node.ANY, Node.ANY), "a mountain is not a place of cooperation");
    }

    @Test
    void naturalEarthUnitsAreNamedInTheirLanguagesAndAnItemTwoUnitsShareIsNoOnesItem() {
        Set<String> jawaTimur = texts(id("iso3166/ID-JI"), Vocab.RDFS_LABEL);
        assertTrue(jawaTimur.containsAll(Set.of("Jawa Timur", "East Java", "東ジャワ州")), jawaTimur.toString());
        assertEquals(Set.of("ID.08"), texts(id("iso3166/ID-JI"), CC.geonamesAdminCode));
        assertEquals(Set.of("Q3586"), texts(id("iso3166/ID-JI"), CC.wikidataId));
        assertEquals(Set.of(), texts(id("iso3166/UA-30"), CC.wikidataId), "Kyiv's Q1899 is given to two units");
        assertEquals(1, count(id("iso3166/JP-40"), Vocab.RDF_TYPE, CC.Prefecture));
        assertEquals(1, count(id("iso3166/ID-JI"), Vocab.RDF_TYPE, CC.FirstLevelRegion));
    }

    @Test
    void countrystatecitysPlacesMeetGeonamesAndItsSubdivisionsMeetTheUnits() {
        assertEquals(1, count(id("countrystatecity/57011"), Vocab.SKOS_EXACT_MATCH, id("geonames/1625822")),
            "Surabaya of both is one place");
        assertEquals(1, count(id("countrystatecity/56975"), CC.within, id("iso3166/ID-JI")), "Sidoarjo, by its state");
        assertEquals(0, count(id("countrystatecity/56975"), Vocab.SKOS_EXACT_MATCH, Node.ANY), "GeoNames' sample lacks it");
        Node states = NodeFactory.createURI(CC.GRAPH + "gazetteer-countrystatecity-states-sample");
        assertTrue(store.read(() -> !store.curated().find(states, id("iso3166/ID-JI"), CC.within, Node.ANY).hasNext()),
            "Natural Earth's unit keeps its own place");
        assertEquals(1, count(id("iso3166/GB-BNE"), CC.within, id("iso3166/GB")), "Barnet, a unit of its own");
        assertEquals(Set.of("ADMD"), texts(id("iso3166/GB-BNE"), CC.featureCode), "of no stated level");
    }

    @Test
    void aRowOfTheWrongShapeIsRefusedAtItsLine(@TempDir Path folder) throws IOException {
        Path dump = folder.resolve("cities.txt");
        List<String> rows = Files.readAllLines(SAMPLES.resolve("geonames-dump-sample.txt"), StandardCharsets.UTF_8);
        Files.write(dump, List.of(rows.get(0), rows.get(1), rows.get(2).replaceFirst("\t[^\t]*$", "")));
        InputException short_ = assertThrows(InputException.class, () -> importing(dump));
        assertEquals(3, short_.line(), short_.getMessage());
        assertTrue(short_.getMessage().contains("18 tab-separated fields"), short_.getMessage());
        String[] fields = rows.get(1).split("\t", -1);
        fields[4] = "95.5";
        Files.write(dump, List.of(rows.get(0), String.join("\t", fields)));
        InputException latitude = assertThrows(InputException.class, () -> importing(dump));
        assertEquals(2, latitude.line(), latitude.getMessage());
        assertTrue(latitude.getMessage().contains("field latitude is '95.5'"), latitude.getMessage());
    }

    @Test
    void anEndlessLineIsRefusedWithoutReadingItWhole(@TempDir Path folder) throws IOException {
        Path dump = folder.resolve("endless.txt");
        String first = Files.readAllLines(SAMPLES.resolve("geonames-dump-sample.txt"), StandardCharsets.UTF_8).get(0);
        try (var out = Files.newBufferedWriter(dump)) {
            out.write(first + "\n1\tA\tA\t");
            char[] names = new char[1 << 20];
            java.util.Arrays.fill(names, 'x');
            for (int i = 0; i < 64; i++) {
                out.write(names);
            }
        }
        InputException endless = assertTimeoutPreemptively(Duration.ofSeconds(30),
            () -> assertThrows(InputException.class, () -> importing(dump)));
        assertEquals(org.citycoop.ErrorId.INPUT_LIMIT, endless.id(), endless.getMessage());
        assertEquals(2, endless.line(), endless.getMessage());
    }

    private static void importing(Path file) {
        try (Store fresh = Store.inMemory()) {
            Loader.builder().store(fresh).build().loadSources(List.of(new GazetteerSource(file, "test")));
        }
    }
}
