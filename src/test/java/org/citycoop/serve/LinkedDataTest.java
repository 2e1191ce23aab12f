package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.citycoop.TestProject;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.store.RioReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Linked data from a real server: 303s, content negotiation, pages, caching, the ontology, VoID and dumps. */
class LinkedDataTest {
    private static final Node BANDUNG = NodeFactory.createURI(CC.ID + "city/bandung");
    private static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServerFixture(ServerConfig.builder());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void anIdentifierAnswers303ToTheDocumentThatFitsTheAcceptHeader() {
        HttpResponse<byte[]> rdf = fixture.get("/id/city/bandung", "Accept", "text/turtle");
        assertEquals(303, rdf.statusCode());
        assertEquals("/data/id/city/bandung.ttl", rdf.headers().firstValue("Location").orElseThrow());
        assertTrue(rdf.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        HttpResponse<byte[]> html = fixture.get("/id/city/bandung", "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals("/page/id/city/bandung", html.headers().firstValue("Location").orElseThrow());
        HttpResponse<byte[]> jsonld = fixture.get("/id/city/bandung?format=jsonld", "Accept", "text/html");
        assertEquals("/data/id/city/bandung.jsonld", jsonld.headers().firstValue("Location").orElseThrow());
        assertEquals(406, fixture.get("/id/city/bandung", "Accept", "image/png").statusCode());
        assertEquals("*", rdf.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    }

    @Test
    void bandungInTurtleNamesToyotaAndSimeulue() {
        HttpResponse<byte[]> response = fixture.get("/data/id/city/bandung", "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.TURTLE).parse(graph);
        assertTrue(graph.contains(BANDUNG, CC.cooperatesWith, NodeFactory.createURI(CC.ID + "city/toyota")));
        assertTrue(graph.contains(BANDUNG, CC.cooperatesWith, NodeFactory.createURI(CC.ID + "regency/simeulue")));
        assertTrue(ServerFixture.text(response).contains("\"Toyota\"@en"), "labels of what it names are included");
    }

    @ParameterizedTest
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES", "TRIG"})
    void everyRdfFormParsesBackToTheDescriptionWithJenaAndRdf4j(Representation representation) {
        HttpResponse<byte[]> response = fixture.get("/data/id/city/bandung", "Accept", representation.mediaType());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(representation.mediaType()));
        Description expected = new Describer(fixture.store).describe(BANDUNG);
        Lang lang = RDFLanguages.contentTypeToLang(representation.mediaType());
        DatasetGraph byJena = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).parse(byJena);
        DatasetGraph byRdf4j = RioReader.read(response.body(), representation.mediaType());
        if (representation.keepsGraphs()) {
            assertTrue(IsoMatcher.isomorphic(expected.quads(), byJena), "TriG keeps the source graphs");
            assertTrue(IsoMatcher.isomorphic(expected.quads(), byRdf4j));
            assertTrue(byJena.containsGraph(NodeFactory.createURI(CC.GRAPH + "bandung-toyota-simeulue-2017")));
        } else {
            assertTrue(IsoMatcher.isomorphic(expected.union(), byJena.getDefaultGraph()), "Jena reads " + representation);
            assertTrue(IsoMatcher.isomorphic(expected.union(), byRdf4j.getDefaultGraph()), "RDF4J reads " + representation);
        }
        HttpResponse<byte[]> byEnding = fixture.get("/data/id/city/bandung." + representation.extension());
        assertEquals(200, byEnding.statusCode());
        assertTrue(byEnding.headers().firstValue("Content-Type").orElseThrow().startsWith(representation.mediaType()));
    }

    @Test
    void theHtmlPageShowsFactsLinksIncomingCountsAndSources() {
        HttpResponse<byte[]> response = fixture.get("/page/id/city/bandung");
        assertEquals(200, response.statusCode());
        String page = ServerFixture.text(response);
        assertTrue(page.contains("<h1>Bandung</h1>"), "title");
        assertTrue(page.contains("lang=\"id\">Kota Bandung"), "the Indonesian label is shown");
        assertTrue(page.contains("href=\"/page/id/city/toyota\""), "links to related entities");
        assertTrue(page.contains("href=\"/page/id/regency/simeulue\""));
        assertTrue(page.contains("href=\"/page/id/province/jawa-barat\">West Java</a>"), "facts with labels");
        assertTrue(page.contains("<h2>Links to this</h2>"), "incoming links");
        assertTrue(page.matches("(?s).*located in</a>.*<span class=\"count\">\\(\\d+\\)</span>.*"), "with counts");
        assertTrue(page.contains("Kota di Jepang sampai tertarik Smart City Bandung"), "the sources, by title");
        assertTrue(page.contains(">twinned with</a>") && page.contains(">cooperates with</a>"), "derived links are shown");
        assertTrue(!page.contains(">identifier</a>") && !page.contains(">twin city</a>"),
            "broader properties of other vocabularies that repeat a narrower fact are not");
        assertTrue(page.contains("href=\"/data/id/city/bandung.ttl\""), "links to its RDF forms");
        assertTrue(page.contains("/explore?node=https%3A%2F%2Fw3id.org%2Fcitycoop%2Fid%2Fcity%2Fbandung"), "to the explorer");
        assertTrue(page.contains("href=\"/citycoop/site.css\""), "the style comes from this server");
        assertTrue(!page.matches("(?s).*<(script|link|img)[^>]*(src|href)=\"(https?:)?//.*"), "no external hosts: works offline");
        assertEquals(200, fixture.get("/citycoop/site.css").statusCode());
    }

    @Test
    void personPagesShowNamesWithoutTitlesAndTheirPosts() {
        String page = ServerFixture.text(fixture.get("/page/id/person/hasrul-edyar"));
        assertTrue(page.contains("<h1>Hasrul Edyar</h1>"), page);
        String tenure = ServerFixture.text(fixture.get("/page/id/tenure/hasrul-edyar/bupati-simeulue"));
        assertTrue(tenure.contains("Plt. Bupati Simeulue"), "the post as stated");
        assertTrue(tenure.contains("href=\"/page/id/post/bupati-simeulue\""));
    }

    @Test
    void unknownThingsAre404WithAHelpfulPage() {
        HttpResponse<byte[]> html = fixture.get("/id/city/atlantis", "Accept", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(ServerFixture.text(html).contains("Nothing is known about https://w3id.org/citycoop/id/city/atlantis"));
        assertTrue(ServerFixture.text(html).contains("href=\"/queries\""));
        assertEquals(404, fixture.get("/data/id/city/atlantis.ttl").statusCode());
        assertEquals(404, fixture.get("/page/id/city/atlantis").statusCode());
        HttpResponse<byte[]> badFormat = fixture.get("/data/id/city/bandung?format=xlsx");
        assertEquals(400, badFormat.statusCode());
        assertTrue(ServerFixture.text(badFormat).contains("format=xlsx"));
    }

    @Test
    void validatorsLetClientsCache() {
        HttpResponse<byte[]> first = fixture.get("/data/id/city/bandung.ttl");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());
        HttpResponse<byte[]> again = fixture.get("/data/id/city/bandung.ttl", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        HttpResponse<byte[]> other = fixture.get("/data/id/city/bandung.nt", "If-None-Match", etag);
        assertEquals(200, other.statusCode(), "another form has another ETag");
    }

    @Test
    void theOntologyAndItsTermsDereference() {
        HttpResponse<byte[]> whole = fixture.get("/ontology", "Accept", "text/turtle");
        assertEquals(200, whole.statusCode());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(whole.body())).lang(Lang.TURTLE).parse(graph);
        assertTrue(IsoMatcher.isomorphic(Ontology.load().terms(), graph), "the whole ontology");
        HttpResponse<byte[]> term = fixture.get("/ontology/City", "Accept", "text/turtle");
        assertEquals(303, term.statusCode());
        String city = ServerFixture.text(fixture.get(term.headers().firstValue("Location").orElseThrow()));
        assertTrue(city.contains("\"kota\"@id"), city);
        String index = ServerFixture.text(fixture.get("/page/ontology"));
        assertTrue(index.contains("href=\"/page/ontology/Twinning\""), "an HTML index of the terms");
        assertEquals(303, fixture.get("/topic/smart-city", "Accept", "text/html").statusCode());
    }

    @Test
    void theDatasetDescriptionNamesTheEndpointAndTheDumps() {
        HttpResponse<byte[]> response = fixture.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.TURTLE).parse(graph);
        Node dataset = NodeFactory.createURI(CC.BASE + "dataset");
        assertTrue(graph.contains(dataset, NodeFactory.createURI(VoidServlet.VOID + "sparqlEndpoint"),
            NodeFactory.createURI(fixture.url("/ds/sparql"))));
        assertEquals(2, graph.find(dataset, NodeFactory.createURI(VoidServlet.VOID + "dataDump"), Node.ANY).toList().size());
        // each statement once, however many graphs hold it
        long triples = fixture.store.read(() -> fixture.store.dataset().stream()
            .map(org.apache.jena.sparql.core.Quad::asTriple).distinct().count());
        assertTrue(graph.contains(dataset, NodeFactory.createURI(VoidServlet.VOID + "triples"),
            NodeFactory.createLiteralDT(Long.toString(triples), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
    }

    @ParameterizedTest
    @EnumSource(DumpServlet.Dump.class)
    void aDumpParsesBackToTheWholeDataset(DumpServlet.Dump dump) throws java.io.IOException {
        HttpResponse<byte[]> response = fixture.get(dump.path());
        assertEquals(200, response.statusCode());
        assertEquals("application/gzip", response.headers().firstValue("Content-Type").orElseThrow());
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            RDFParser.source(in).lang(RDFLanguages.contentTypeToLang(dump.mediaType())).parse(parsed);
        }
        assertTrue(IsoMatcher.isomorphic(TestProject.snapshot(fixture.store, Set.of()), parsed));
    }
}
