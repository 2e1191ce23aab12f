package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.TestProject;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bandung of the curated records and Bandung of GeoNames (1650357, linked by its code) are one place to a user:
 * search lists it once, the GeoNames IRI's page says which IRI stands for it, and its page shows its figures.
 */
class OnePlacePerCityTest {
    private static final String BANDUNG = CC.ID + "city/bandung";
    private static final String GEONAMES_BANDUNG = CC.ID + "geonames/1650357";
    private static Store store;
    private static ServerFixture fixture;

    @BeforeAll
    static void serve() {
        store = TestProject.twinTownStore();
        fixture = ServerFixture.over(store, ServerConfig.builder());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void searchListsBandungOnce() throws IOException {
        assertTrue(TestProject.count(store, NodeFactory.createURI(GEONAMES_BANDUNG), Vocab.RDFS_LABEL, Node.ANY) > 0,
            "the gazetteer's Bandung is in the store, with its label");
        HttpResponse<byte[]> response = fixture.get("/api/search?q=bandung");
        assertEquals(200, response.statusCode());
        List<String> ids = new ArrayList<>();
        List<String> degrees = new ArrayList<>();
        new ObjectMapper().readTree(response.body()).get("results").forEach(r -> {
            ids.add(r.get("id").asText());
            if (r.get("id").asText().equals(BANDUNG)) {
                degrees.add(r.get("degree").asText() + "/" + r.get("rankInCountry").asText());
            }
        });
        assertEquals(List.of(figure(CC.degree) + "/" + figure(CC.rankInCountry)), degrees,
            "the explorer's search says how connected a place is");
        assertEquals(1, ids.stream().filter(BANDUNG::equals).count(), ids.toString());
        assertFalse(ids.contains(GEONAMES_BANDUNG), ids.toString());
    }

    @Test
    void theGazetteerIrisPageSaysWhichIriStandsForThePlace() {
        String page = ServerFixture.text(fixture.get("/page/id/geonames/1650357", "Accept", "text/html"));
        assertTrue(page.contains("<p class=\"same-as\">The same place as <a href=\"/page/id/city/bandung\">Bandung</a>"),
            page);
        assertFalse(ServerFixture.text(fixture.get("/page/id/city/bandung", "Accept", "text/html")).contains("same-as"));
        assertEquals(1, TestProject.count(store, NodeFactory.createURI(GEONAMES_BANDUNG), CC.canonical,
            NodeFactory.createURI(BANDUNG)), "SPARQL sees the same choice");
        assertEquals(0, TestProject.count(store, NodeFactory.createURI(BANDUNG), CC.canonical, Node.ANY));
    }

    @Test
    void aPlacesPageShowsItsRankInItsCountryAndItsFigures() {
        String rank = figure(CC.rankInCountry);
        String degree = figure(CC.degree);
        String page = ServerFixture.text(fixture.get("/page/id/city/bandung", "Accept", "text/html"));
        assertTrue(page.contains("<h2>In the cooperation network</h2>"), page);
        assertTrue(page.contains("<strong>" + NetworkFiguresBox.ordinal(rank)
            + "</strong> most connected place of its country"), page);
        assertTrue(page.contains("<strong>" + degree + "</strong> partners"), page);
        assertFalse(ServerFixture.text(fixture.get("/page/ontology/degree", "Accept", "text/html"))
            .contains("In the cooperation network"), "a thing without figures has no box");
    }

    private static String figure(Node property) {
        return store.read(() -> store.curated().find(Node.ANY, NodeFactory.createURI(BANDUNG), property, Node.ANY).next()
            .getObject().getLiteralLexicalForm());
    }

    @Test
    void ordinalsReadAsEnglish() {
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "102nd"),
            List.of("1", "2", "3", "4", "11", "12", "13", "21", "102").stream().map(NetworkFiguresBox::ordinal).toList());
    }
}
