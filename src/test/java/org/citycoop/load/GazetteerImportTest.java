package org.citycoop.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citycoop.CityCoopException;
import org.citycoop.InputException;
import org.citycoop.ShapeViolationException;
import org.citycoop.TestProject;
import org.citycoop.load.gazetteer.GazetteerFormat;
import org.citycoop.load.gazetteer.GazetteerSource;
import org.citycoop.load.gazetteer.PlaceMatcher;
import org.citycoop.load.resolve.GazetteerMatcher;
import org.citycoop.load.resolve.StoreGazetteer;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Imports the public gazetteers as they are published, and checks the places, their hierarchy and the code traps. */
class GazetteerImportTest {
    private static final Path GAZETTEERS = TestProject.shared().resolve("data/gazetteer");
    private static final Path SAMPLES = TestProject.home().resolve("src/test/resources/gazetteer");
    private static Store store;

    private static Source source(Path file) {
        return new GazetteerSource(file, SourceFiles.digest(file, Ontology.load()));
    }

    private static LoadReport importing(Store into, Path... files) {
        return Loader.builder().store(into).build().loadSources(java.util.Arrays.stream(files)
            .map(GazetteerImportTest::source).toList());
    }

    @Test
    void anImportCountsTheBytesOfItsFileAsItStreamsThem() throws java.io.IOException {
        Path file = GAZETTEERS.resolve("indonesia/provinces.csv");
        List<String> lines = new java.util.ArrayList<>();
        try (Store fresh = Store.inMemory()) {
            Loader.builder().store(fresh).progress(org.citycoop.Progress.lines(lines::add)).build()
                .loadSources(List.of(source(file)));
        }
        long size = java.nio.file.Files.size(file);
        assertTrue(lines.contains(String.format("loading (%,d bytes)", size)), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(String.format("loading done: %,d bytes in ", size))),
            lines.toString());
    }

    private static Node id(String path) {
        return NodeFactory.createURI(CC.ID + path);
    }

    @BeforeAll
    static void importTheRealGazetteersBesideTheCuratedData() {
        store = Store.open(TestProject.tempDir("citycoop-gazetteer"));
        Loader.builder().store(store).build().load(List.of(TestProject.data()));
        importing(store, GAZETTEERS.resolve("indonesia/provinces.csv"), GAZETTEERS.resolve("indonesia/regencies.csv"),
            GAZETTEERS.resolve("japan/prefjp-utf8.csv"), SAMPLES.resolve("geonames-sample.csv"));
        Path municipalities = GAZETTEERS.resolve("japan/localgovjp-utf8.csv");
        PlaceMatcher geonames = GazetteerMatcher.of(StoreGazetteer.readOf(store, CC.ID + "geonames/", "JP"), "Japan");
        Loader.builder().store(store).build().loadSources(List.of(new GazetteerSource(municipalities,
            SourceFiles.digest(municipalities, Ontology.load()) + geonames.fingerprint(),
            new org.citycoop.load.gazetteer.Links(org.citycoop.load.gazetteer.UnitIndex.NONE, geonames))));
    }

    @Test
    void municipalitiesAreLinkedToTheGeoNamesPlacesOfTheirNamesNearby() {
        Node exactMatch = Vocab.SKOS_EXACT_MATCH;
        assertEquals(1, TestProject.count(store, id("jp-lg/012068"), exactMatch, id("geonames/2129376")), "釧路市, Kushiro");
        assertEquals(0, TestProject.count(store, id("jp-lg/016616"), exactMatch, Node.ANY),
            "釧路町 is also Kushiro, but GeoNames' Kushiro is the nearer city");
        assertEquals(1, TestProject.count(store, id("jp-lg/072028"), exactMatch, id("geonames/6822148")),
            "会津若松市 read as Aizuwakamatsu, GeoNames' Aizu-Wakamatsu");
        assertEquals(1, TestProject.count(store, id("jp-lg/141305"), exactMatch, id("geonames/1859642")), "川崎市");
        assertEquals(0, TestProject.count(store, id("jp-lg/141313"), exactMatch, Node.ANY), "川崎区, a ward, is not the city");
        assertEquals(1, TestProject.count(store, id("jp-lg/406058"), exactMatch, id("geonames/1859647")), "川崎町 in Fukuoka");
        assertEquals(0, TestProject.count(store, id("jp-lg/043249"), exactMatch, Node.ANY), "川崎町 in Miyagi, far from both");
        assertEquals(1, TestProject.count(store, id("jp-lg/012068"), CC.canonical, id("geonames/2129376")),
            "GeoNames' IRI stands for the place");
        assertEquals(1, TestProject.count(store, id("jp-lg/232114"), CC.canonical, id("city/toyota")),
            "a curated record's IRI before GeoNames'");
    }

    @Test
    void eachImportedListCarriesTheLicenceOfItsPublisher() {
        Node license = org.apache.jena.vocabulary.DCTerms.license.asNode();
        Map<String, org.citycoop.ontology.Licence> expected = Map.of("gazetteer-provinces", org.citycoop.ontology.Licence.ODBL,
            "gazetteer-prefjp-utf8", org.citycoop.ontology.Licence.CC0,
            "gazetteer-geonames-sample", org.citycoop.ontology.Licence.CC_BY_4);
        expected.forEach((key, licence) -> {
            Node graph = NodeFactory.createURI(CC.GRAPH + key);
            assertEquals(List.of(licence.node()), store.read(() -> store.dataset().stream(graph, graph, license, Node.ANY)
                .map(q -> q.getObject()).toList()), key);
        });
    }

    @Test
    void everyFormatIsKnownByItsHeader() {
        assertEquals(GazetteerFormat.JAPANESE_MUNICIPALITIES,
            new GazetteerSource(GAZETTEERS.resolve("japan/localgovjp-utf8.csv"), "x").format(),
            "the byte-order mark does not hide the header");
        assertEquals(GazetteerFormat.INDONESIAN_DISTRICTS,
            new GazetteerSource(GAZETTEERS.resolve("indonesia/districts.csv"), "x").format());
        assertEquals(GazetteerFormat.GEONAMES_CITIES,
            new GazetteerSource(GAZETTEERS.resolve("world/geonames-cities1000.csv"), "x").format());
        InputException unknown = assertThrows(InputException.class, () -> source(SAMPLES.resolve("unknown-header.csv")));
        assertEquals(1, unknown.line());
        assertTrue(unknown.getMessage().contains("code,province_code,name"), unknown.getMessage());
    }

    @Test
    void indonesianPlacesKeepTheirKemendagriCodesAndHierarchy() {
        assertEquals(38, TestProject.count(store, Node.ANY, Vocab.RDF_TYPE, CC.Province) - 3, "38 imported, 3 curated");
        Node simeulue = id("kemendagri/11.09");
        assertEquals(1, TestProject.count(store, simeulue, Vocab.RDF_TYPE, CC.Regency));
        assertEquals(1, TestProject.count(store, simeulue, CC.within, id("kemendagri/11")));
        assertEquals(1, TestProject.count(store, simeulue, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("Kabupaten Simeulue", "id")));
        assertEquals(1, TestProject.count(store, id("kemendagri/32.73"), Vocab.RDF_TYPE, CC.City), "a kota is a city");
        assertEquals(1, TestProject.count(store, id("kemendagri/32.04"), Vocab.RDF_TYPE, CC.Regency), "Kabupaten Bandung is not");
        assertEquals(1, TestProject.count(store, simeulue, CC.locatedIn, id("iso3166/ID")));
    }

    @Test
    void japaneseWardsLieInTheirCityAndMunicipalitiesInTheirPrefecture() {
        Node tsurumi = id("jp-lg/141011");
        assertEquals(1, TestProject.count(store, tsurumi, CC.within, id("jp-lg/141003")), "鶴見区 in 横浜市");
        assertEquals(1, TestProject.count(store, tsurumi, Vocab.RDF_TYPE, CC.District));
        assertEquals(1, TestProject.count(store, id("jp-lg/232114"), CC.within, id("iso3166/JP-23")), "豊田市 in 愛知県");
        assertEquals(1, TestProject.count(store, id("iso3166/JP-23"), Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("Aichi", "en")));
        assertEquals(1, TestProject.count(store, id("jp-lg/011002"), Vocab.RDF_TYPE, CC.City), "the first row, after the mark");
    }

    @Test
    void importedPlacesMeetCuratedPlacesWithTheSameCode() {
        Node exactMatch = Vocab.SKOS_EXACT_MATCH;
        assertEquals(1, TestProject.count(store, id("city/bandung"), exactMatch, id("kemendagri/32.73")), "Kemendagri code");
        assertEquals(1, TestProject.count(store, id("city/toyota"), exactMatch, id("jp-lg/232114")), "local government code");
        assertEquals(1, TestProject.count(store, id("prefecture/kanagawa"), exactMatch, id("iso3166/JP-14")), "ISO 3166-2");
        assertEquals(1, TestProject.count(store, id("geonames/1650357"), exactMatch, id("city/bandung")), "GeoNames id");
        assertEquals(1, TestProject.count(store, id("geonames/1213721"), Vocab.RDF_TYPE, CC.PopulatedPlace));
        assertEquals(0, TestProject.count(store, id("regency/simeulue"), exactMatch, id("geonames/1213721")),
            "Sinabang is Simeulue's seat, not Simeulue: GeoNames' admin codes link nothing");
    }

    @Test
    void geonamesPlacesKeepNamesPopulationAndCoordinates() {
        Node bandung = id("geonames/1650357");
        assertEquals(1, TestProject.count(store, bandung, Vocab.RDF_TYPE, CC.PopulatedPlace));
        assertEquals(2, TestProject.count(store, bandung, NodeFactory.createURI(Vocab.SKOS + "altLabel"), Node.ANY));
        assertEquals(1, TestProject.count(store, bandung, CC.population, NodeFactory.createLiteralDT("1699719",
            org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        assertEquals(1, TestProject.count(store, bandung, Vocab.GEO_HAS_GEOMETRY, Node.ANY));
    }

    @Test
    void importingAgainChangesNothing() {
        LoadReport again = importing(store, GAZETTEERS.resolve("indonesia/provinces.csv"));
        assertTrue(!again.changedAnything());
    }

    @Test
    void aBadValueIsRefusedWithItsLineAndTheStoreIsUnchanged() {
        DatasetGraph before = TestProject.snapshot(store, Set.of());
        InputException bad = assertThrows(InputException.class,
            () -> importing(store, SAMPLES.resolve("geonames-bad-population.csv")));
        assertEquals(3, bad.line());
        assertTrue(bad.getMessage().contains("field population is 'many'"), bad.getMessage());
        assertTrue(TestProject.isomorphic(before, TestProject.snapshot(store, Set.of())));
    }

    @Test
    void childrenWithoutTheirParentsBreakTheShapes() {
        Store empty = Store.open(TestProject.tempDir("citycoop-gazetteer-orphans"));
        CityCoopException error = assertThrows(ShapeViolationException.class,
            () -> importing(empty, SAMPLES.resolve("regencies-without-provinces.csv")));
        assertTrue(error.getMessage().contains("kemendagri/32.73"), error.getMessage());
        assertTrue(empty.isEmpty(), "nothing was written");
    }
}
