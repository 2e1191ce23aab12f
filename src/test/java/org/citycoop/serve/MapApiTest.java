package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.citycoop.TestProject;
import org.citycoop.ontology.CC;
import org.citycoop.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code /api/map} over the sample twin-town tables: places at their points, links by kind and source, filters. */
class MapApiTest {
    private static final String BANDUNG = CC.ID + "city/bandung";
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

    private static JsonNode map(String query) throws IOException {
        HttpResponse<byte[]> response = fixture.get("/api/map?" + query);
        assertEquals(200, response.statusCode(), ServerFixture.text(response));
        return new ObjectMapper().readTree(response.body());
    }

    private static Map<String, JsonNode> places(JsonNode map) {
        Map<String, JsonNode> places = new HashMap<>();
        map.get("places").forEach(p -> places.put(p.get("id").asText(), p));
        return places;
    }

    @Test
    void aPlacesLinksAreItsPartnersWithCoordinates() throws IOException {
        JsonNode map = map("place=" + URLEncoder.encode(BANDUNG, StandardCharsets.UTF_8));
        Set<String> partners = new TreeSet<>();
        map.get("links").forEach(l -> {
            assertTrue(l.get("a").asText().equals(BANDUNG) || l.get("b").asText().equals(BANDUNG), l.toString());
            partners.add(l.get("a").asText().equals(BANDUNG) ? l.get("b").asText() : l.get("a").asText());
        });
        Set<String> expected = new TreeSet<>();
        store.read(() -> {
            try (QueryExecution q = QueryExecution.dataset(store.curatedDataset()).query("""
                    PREFIX cc: <https://w3id.org/citycoop/ontology/>
                    PREFIX geo: <http://www.opengis.net/ont/geosparql#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT DISTINCT ?p { <%s> cc:cooperatesWith ?p . ?p skos:exactMatch?/geo:hasGeometry [] }"""
                    .formatted(BANDUNG)).build()) {
                q.execSelect().forEachRemaining(r -> expected.add(r.getResource("p").getURI()));
            }
            return null;
        });
        assertEquals(expected, partners);
        JsonNode bandung = places(map).get(BANDUNG);
        assertEquals(-6.92, bandung.get("lat").asDouble(), 0.05);
        assertEquals(107.6, bandung.get("lon").asDouble(), 0.05);
        assertEquals("/page/id/city/bandung", bandung.get("page").asText());
    }

    @Test
    void aTwinningBothSourcesListIsOneLinkWithBothSources() throws IOException {
        JsonNode map = map("place=" + URLEncoder.encode(BANDUNG, StandardCharsets.UTF_8) + "&kind=twinning");
        JsonNode braunschweig = null;
        for (JsonNode link : map.get("links")) {
            assertEquals("twinning", link.get("kind").asText());
            if ((link.get("a").asText() + link.get("b").asText()).contains("braunschweig")) {
                assertTrue(braunschweig == null, "one link for the pair and kind");
                braunschweig = link;
            }
        }
        assertTrue(braunschweig != null && braunschweig.get("sources").size() >= 2, String.valueOf(braunschweig));
    }

    @Test
    void filtersByCountrySourceAndLimit() throws IOException {
        JsonNode all = map("");
        String source = all.get("sources").fieldNames().next();
        JsonNode japanese = map("country=JP");
        Map<String, JsonNode> places = places(japanese);
        assertTrue(japanese.get("found").asInt() > 0 && japanese.get("found").asInt() < all.get("found").asInt());
        japanese.get("links").forEach(l -> assertTrue("JP".equals(places.get(l.get("a").asText()).path("country").asText())
            || "JP".equals(places.get(l.get("b").asText()).path("country").asText()), l.toString()));
        map("source=" + source).get("links").forEach(l -> assertTrue(l.get("sources").toString().contains(source)));
        JsonNode two = map("limit=2");
        assertEquals(2, two.get("shown").asInt());
        assertEquals(all.get("found").asInt(), two.get("found").asInt());
        assertEquals(0, map("from=1000&to=1001").get("found").asInt(), "no link dated then; undated ones stay out");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "country=Indonesia|parameter 'country' is 'Indonesia', expected a two-letter ISO 3166 code",
        "kind=friendship|parameter 'kind' is 'friendship', expected one of",
        "from=2020&to=1990|parameter 'from' is '2020', expected a year no later than to (1990)",
        "limit=0|parameter 'limit' is '0', expected a whole number from 1 to 40000",
        "place=javascript:alert(1)|parameter 'place' is 'javascript:alert(1)', expected a place's IRI"})
    void aBadParameterIsABadRequestThatSaysWhatWasExpected(String query, String message) throws IOException {
        HttpResponse<byte[]> response = fixture.get("/api/map?" + query);
        assertEquals(400, response.statusCode());
        String error = new ObjectMapper().readTree(response.body()).get("error").asText();
        assertTrue(error.startsWith(message), error);
        assertFalse(error.contains("Exception"), error);
    }

    @Test
    void theChartsPageDrawsEveryChartAndTheDecadesCountTheMapsTwinnings() throws IOException {
        HttpResponse<byte[]> page = fixture.get("/charts?country=ID", "Accept", "text/html");
        assertEquals(200, page.statusCode());
        String html = ServerFixture.text(page);
        for (String chart : org.citycoop.graph.chart.Charts.NAMES) {
            assertTrue(html.contains("href=\"/charts/" + chart + ".svg?country=ID&amp;top=15\""), chart);
        }
        assertTrue(html.contains("Partner countries of ID"), html);
        HttpResponse<byte[]> decades = fixture.get("/charts/decades.svg");
        assertEquals("image/svg+xml", decades.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
        long drawn = 0;
        java.util.regex.Matcher bar = java.util.regex.Pattern.compile("<title>[^<]*: ([\\d,]+)</title>")
            .matcher(ServerFixture.text(decades));
        while (bar.find()) {
            drawn += Long.parseLong(bar.group(1).replace(",", ""));
        }
        assertEquals(map("kind=twinning&limit=40000").get("found").asLong(), drawn);
        assertEquals(400, fixture.get("/charts?country=Indonesia").statusCode());
        assertEquals(404, fixture.get("/charts/pie.svg").statusCode());
        assertEquals(404, fixture.get("/charts/decades").statusCode());
    }

    @Test
    void eachChartIsAlsoAPng() throws IOException {
        assertTrue(ServerFixture.text(fixture.get("/charts?country=ID", "Accept", "text/html"))
            .contains("href=\"/charts/pairs.png?country=ID&amp;top=15\""));
        HttpResponse<byte[]> png = fixture.get("/charts/pairs.png?top=3");
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
        assertEquals(48 + 3 * 20 + 30, image.getHeight(), "three bars");
    }
}
