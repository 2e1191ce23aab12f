package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What a linked-data client and a browser get of the dataset's description, the dumps and the validators. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkedDataHttpTest {
    /** What Chrome sends for a page. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
        + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    private ServerFixture fixture;

    @BeforeAll
    void start() {
        fixture = new ServerFixture(ServerConfig.builder());
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    void theDatasetDescriptionAnswersBrowsersAndHonoursARefusal() {
        HttpResponse<byte[]> page = fixture.get("/.well-known/void", "Accept", BROWSER);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(ServerFixture.text(page).contains("void:sparqlEndpoint"), ServerFixture.text(page));
        assertEquals(200, fixture.get("/.well-known/void", "Accept", "text/*").statusCode());
        assertEquals(406, fixture.get("/.well-known/void", "Accept", "text/turtle;q=0").statusCode());
        assertEquals(406, fixture.get("/data/id/city/bandung", "Accept", "text/turtle;q=0, application/ld+json;q=0")
            .statusCode());
        HttpResponse<byte[]> turtle = fixture.get("/.well-known/void", "Accept", "text/turtle");
        assertTrue(turtle.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
    }

    @Test
    void aNotModifiedAnswerHasNoLengthAndADumpHasItsLengthAndValidators() {
        HttpResponse<byte[]> first = fixture.get("/data/id/city/bandung.ttl");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = fixture.get("/data/id/city/bandung.ttl", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(Optional.empty(), again.headers().firstValue("Content-Length"), "a 304 with a Content-Length");

        HttpResponse<byte[]> dump = fixture.get("/dumps/citycoop.nq.gz");
        assertEquals(200, dump.statusCode());
        HttpResponse<byte[]> head = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/dumps/citycoop.nq.gz")))
            .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(String.valueOf(dump.body().length), head.headers().firstValue("Content-Length").orElseThrow());
        String dumpTag = dump.headers().firstValue("ETag").orElseThrow();
        assertEquals(dumpTag, head.headers().firstValue("ETag").orElseThrow());
        assertTrue(dump.headers().firstValue("Last-Modified").isPresent());
        assertEquals(304, fixture.get("/dumps/citycoop.nq.gz", "If-None-Match", dumpTag).statusCode());
    }

    @Test
    void theDatasetTheOntologyFileAndAThingsFileNamesLeadToTheirDocuments() {
        assertEquals("/.well-known/void", location(fixture.get("/dataset")));
        assertEquals("/.well-known/void", location(fixture.get("/dataset/distribution/trig")));
        assertEquals("/ontology?format=ttl", location(fixture.get("/ontology.ttl")));
        assertEquals("/data/id/city/bandung.jsonld", location(fixture.get("/id/city/bandung.jsonld")));
    }

    @Test
    void aPreflightForAValidatorIsAllowedFromAnyOriginWithoutCredentials() {
        HttpResponse<byte[]> preflight = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url(
            "/data/id/city/bandung.ttl"))).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET")
            .header("Access-Control-Request-Headers", "If-None-Match").build());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(), preflight.headers().toString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().contains("If-None-Match"));
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }

    @Test
    void aPathThatLeadsNowhereGetsTheSitesPageWithWhatItMayHaveMeant() {
        HttpResponse<byte[]> thing = fixture.get("/id/city/bandug", "Accept", BROWSER);
        assertEquals(404, thing.statusCode());
        assertTrue(ServerFixture.text(thing).contains("Did you mean <a href=\"/page/id/city/bandung\">"),
            ServerFixture.text(thing));
        HttpResponse<byte[]> page = fixture.get("/qeuries", "Accept", BROWSER);
        assertEquals(404, page.statusCode());
        String html = ServerFixture.text(page);
        assertTrue(html.contains("Did you mean <a href=\"/queries\">") && html.contains("<a class=\"brand\""), html);
        assertFalse(html.contains("HTTP ERROR"), html);
        HttpResponse<byte[]> far = fixture.get("/nothing-like-any-page", "Accept", "text/plain");
        assertEquals(404, far.statusCode());
        assertFalse(ServerFixture.text(far).contains("Did you mean"), ServerFixture.text(far));
    }

    @Test
    void theDatasetAndEachSourceSayTheirLicenceAndTheLinksetsAndTriplesAreCounted() {
        org.apache.jena.graph.Graph voidGraph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(ServerFixture.text(fixture.get("/.well-known/void", "Accept",
            "text/turtle")), org.apache.jena.riot.Lang.TURTLE).parse(voidGraph);
        org.apache.jena.graph.Node license = org.apache.jena.vocabulary.DCTerms.license.asNode();
        assertTrue(voidGraph.contains(VoidServlet.DATASET, license, org.citycoop.ontology.Licence.CC_BY_4.node()));
        org.apache.jena.graph.Node twins = org.apache.jena.graph.NodeFactory.createURI(
            org.citycoop.ontology.CC.GRAPH + "twins");
        assertTrue(voidGraph.contains(twins, license, org.citycoop.ontology.Licence.CC_BY_4.node()), "the curated "
            + "table's licence");
        org.apache.jena.graph.Node triples = org.apache.jena.graph.NodeFactory.createURI(VoidServlet.VOID + "triples");
        long distinct = fixture.store.read(() -> fixture.store.curated().stream()
            .map(org.apache.jena.sparql.core.Quad::asTriple).distinct().count());
        assertEquals(distinct, ((Number) voidGraph.find(VoidServlet.DATASET, triples, org.apache.jena.graph.Node.ANY)
            .next().getObject().getLiteralValue()).longValue(), "void:triples counts each statement once");
        org.apache.jena.graph.Node wikidata = org.apache.jena.graph.NodeFactory.createURI(
            org.citycoop.ontology.CC.BASE + "dataset/linkset/wikidata");
        assertTrue(voidGraph.contains(wikidata, org.citycoop.ontology.Vocab.RDF_TYPE,
            org.apache.jena.graph.NodeFactory.createURI(VoidServlet.VOID + "Linkset")));
        assertTrue(((Number) voidGraph.find(wikidata, triples, org.apache.jena.graph.Node.ANY).next().getObject()
            .getLiteralValue()).longValue() > 0, "links to Wikidata counted");
    }

    @Test
    void theInferredGraphSaysWhichGraphsAndRulesItComesFrom() {
        Graph description = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ServerFixture.text(fixture.get("/.well-known/void", "Accept", "text/turtle")), Lang.TURTLE)
            .parse(description);
        Node activity = NodeFactory.createURI(CC.BASE + "dataset/inference");
        assertTrue(description.contains(CC.INFERRED_GRAPH, prov("wasGeneratedBy"), activity));
        Set<Node> premises = description.find(CC.INFERRED_GRAPH, Vocab.PROV_WAS_DERIVED_FROM, Node.ANY)
            .mapWith(Triple::getObject).toSet();
        Set<Node> graphs = fixture.store.read(() -> Iter.toSet(fixture.store.dataset().listGraphNodes()));
        graphs.remove(CC.INFERRED_GRAPH);
        assertEquals(graphs, premises, "derived from every other graph, the ontology's included");
        Node rules = description.find(activity, prov("used"), Node.ANY).mapWith(Triple::getObject)
            .filterKeep(n -> n.getURI().endsWith("/inference.ru")).next();
        HttpResponse<byte[]> served = fixture.get(URI.create(rules.getURI()).getPath());
        assertEquals(200, served.statusCode());
        assertEquals("application/sparql-update", served.headers().firstValue("Content-Type").orElseThrow()
            .split(";")[0]);
        assertEquals(org.citycoop.store.Inferencer.rules().getOperations().size(),
            UpdateFactory.create(ServerFixture.text(served)).getOperations().size(), "the rules the store runs");
    }

    @Test
    void observationsAndRatingsAreNamedByWhatTheyAreAbout() {
        String figure = ServerFixture.text(fixture.get("/page/id/observation/bandung-population-2017"));
        assertTrue(figure.contains("<h1>population of Bandung</h1>"), figure);
        assertTrue(figure.contains(">almost</a>"), figure);
        String rating = ServerFixture.text(fixture.get("/page/id/rating/sakip-bandung-a"));
        assertTrue(rating.contains("<h1>Government Agencies&#39; Performance Accountability System (SAKIP) rating of "
            + "Bandung City Government</h1>"), rating);
    }

    private static Node prov(String local) {
        return NodeFactory.createURI(Vocab.PROV + local);
    }

    @Test
    void participationsAndTenuresAreNamedByWhoTookPartOrHeldThePost() {
        String page = ServerFixture.text(fixture.get("/page/id/post/wali-kota-bandung"));
        assertTrue(page.contains(">Ridwan Kamil as Mayor of Bandung</a>"), page);
        assertTrue(page.contains(">Ridwan Kamil in Visit of the acting Regent of Simeulue to Bandung</a>"), page);
        assertFalse(java.util.regex.Pattern.compile(">[a-z0-9]+(-[a-z0-9]+)+</a>").matcher(page).find(),
            "a link shown by its key: " + page);
    }

    @Test
    void aPlacesPageShowsTheCoordinatesOfItsGeometry() {
        String page = ServerFixture.text(fixture.get("/page/id/city/bandung"));
        assertTrue(page.contains("<a href=\"/page/id/city/bandung/geometry\">geometry</a> <span class=\"coordinates\" "
            + "title=\"latitude, longitude (WGS 84)\">-6.9222, 107.6069</span>"), page);
    }

    @Test
    void aPageOfLinksIsAWholeNumberInRange() {
        assertEquals(200, fixture.get("/page/ontology/Place?links=1").statusCode());
        assertEquals(200, fixture.get("/data/ontology/Place?links=1", "Accept", "text/turtle").statusCode());
        for (String bad : new String[] {"-1", "x", "10001", "99999999999"}) {
            HttpResponse<byte[]> refused = fixture.get("/page/ontology/Place?links=" + bad);
            assertEquals(400, refused.statusCode(), bad);
            assertTrue(ServerFixture.text(refused).contains("expected a whole number from 0 to 10000"),
                ServerFixture.text(refused));
        }
    }

    private static String location(HttpResponse<byte[]> response) {
        assertEquals(303, response.statusCode());
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath()
            + (URI.create(response.headers().firstValue("Location").orElseThrow()).getQuery() == null ? ""
            : "?" + URI.create(response.headers().firstValue("Location").orElseThrow()).getQuery());
    }
}
