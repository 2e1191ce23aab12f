package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.citycoop.TestProject;
import org.citycoop.load.Loader;
import org.citycoop.load.SourceFiles;
import org.citycoop.load.gazetteer.GazetteerSource;
import org.citycoop.load.resolve.PartnerResolver;
import org.citycoop.load.resolve.PlaceResolver;
import org.citycoop.load.resolve.StoreGazetteer;
import org.citycoop.load.twins.TwinTownSource;
import org.citycoop.load.twins.WikidataTwinSource;
import org.citycoop.ontology.Ontology;
import org.citycoop.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /check} over a store holding the sample twin-town tables: the cross-source view as a page. */
class CrossSourcePageTest {
    private static final Path SAMPLES = TestProject.home().resolve("src/test/resources/twin-towns");
    private static Store store;
    private static ServerFixture fixture;

    @BeforeAll
    static void serve() {
        store = Store.open(TestProject.tempDir("citycoop-check-page"));
        Loader.builder().store(store).build().load(List.of(TestProject.data()));
        Path geonames = SAMPLES.resolve("geonames.csv");
        load(new GazetteerSource(geonames, SourceFiles.digest(geonames, Ontology.load())));
        Path table = SAMPLES.resolve("twin-towns.csv");
        load(new TwinTownSource(table, SourceFiles.digest(table, Ontology.load()),
            new PlaceResolver(StoreGazetteer.read(store))));
        var gazetteer = StoreGazetteer.read(store);
        load(new WikidataTwinSource(SAMPLES.resolve("wikidata-relations.tsv"), SAMPLES.resolve("wikidata-names.tsv"),
            "sample", new PartnerResolver(new PlaceResolver(gazetteer), gazetteer)));
        fixture = ServerFixture.over(store, ServerConfig.builder());
    }

    private static void load(org.citycoop.load.Source source) {
        Loader.builder().store(store).build().loadSources(List.of(source));
    }

    @AfterAll
    static void close() {
        fixture.close();
        store.close();
    }

    @Test
    void thePageListsWhatEachSourceSaysAndTheOtherDoesNot() {
        HttpResponse<byte[]> response = fixture.get("/check?limit=5", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        String page = ServerFixture.text(response);
        assertTrue(page.contains("Wikidata items naming a twin that does not name them back (3)"), page);
        assertTrue(page.contains("not in Wikipedia&#39;s lists of twin towns and sister cities (twin-towns.csv) (2)"),
            page);
        assertTrue(page.contains("<a href=\"/page/id/twinning/"), page);
        assertTrue(page.contains("Names given far from every place of that name in their country (1)"), page);
    }

    @Test
    void aBadLimitIsABadRequest() {
        HttpResponse<byte[]> response = fixture.get("/check?limit=lots");
        assertEquals(400, response.statusCode());
        assertTrue(ServerFixture.text(response).contains("limit is 'lots', expected a number from 0 to 1000"));
    }
}
