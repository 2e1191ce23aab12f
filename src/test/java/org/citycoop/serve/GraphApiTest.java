package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.jena.query.QueryExecution;
import org.citycoop.TestProject;
import org.citycoop.ontology.CC;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The graph API and network exports of a real server, checked against SPARQL over the same store. */
class GraphApiTest {
    private static final String BANDUNG = CC.ID + "city/bandung";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServerFixture(ServerConfig.builder());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static JsonNode json(String path) throws IOException {
        HttpResponse<byte[]> response = fixture.get(path);
        assertEquals(200, response.statusCode(), ServerFixture.text(response));
        return JSON.readTree(response.body());
    }

    /** The end of an edge that is not {@code node}. */
    private static String other(JsonNode edge, String node) {
        String source = edge.at("/data/source").asText();
        return source.equals(node) ? edge.at("/data/target").asText() : source;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long sparqlCount(String query) {
        return fixture.store.read(() -> {
            try (QueryExecution exec = QueryExecution.dataset(fixture.store.asDataset()).query(query).build()) {
                return exec.execSelect().next().getLiteral("c").getLong();
            }
        });
    }

    /** The neighbours of a node by the edge definition of the visual graph, counted by SPARQL. */
    private static long neighboursBySparql(String node) throws IOException {
        String edges = new String(GraphApiTest.class.getResourceAsStream("/org/citycoop/graph/edges.rq").readAllBytes(),
            StandardCharsets.UTF_8);
        String prologue = edges.lines().filter(l -> l.startsWith("PREFIX")).collect(Collectors.joining("\n"));
        String select = edges.lines().filter(l -> !l.startsWith("PREFIX") && !l.startsWith("#")).collect(Collectors.joining("\n"));
        return sparqlCount(prologue + "\nSELECT (COUNT(DISTINCT ?n) AS ?c) WHERE { { " + select + " } "
            + "FILTER(?s = <" + node + "> || ?o = <" + node + ">) BIND(IF(?s = <" + node + ">, ?o, ?s) AS ?n) }");
    }

    @Test
    void aNodesNeighbourCountEqualsWhatSparqlSays() throws IOException {
        JsonNode graph = json("/api/graph?node=" + encode(BANDUNG) + "&depth=1&limit=500");
        Set<String> neighbours = new HashSet<>();
        graph.at("/elements/nodes").forEach(n -> neighbours.add(n.at("/data/id").asText()));
        neighbours.remove(BANDUNG);
        assertEquals(neighboursBySparql(BANDUNG), neighbours.size());
        assertTrue(neighbours.contains(CC.ID + "city/toyota") && neighbours.contains(CC.ID + "regency/simeulue"));
        long partners = sparqlCount("SELECT (COUNT(DISTINCT ?p) AS ?c) WHERE { <" + BANDUNG + "> <" + CC.cooperatesWith.getURI()
            + "> ?p }");
        JsonNode cooperation = json("/api/graph?node=" + encode(BANDUNG) + "&relations=cooperatesWith");
        assertEquals(partners, cooperation.at("/elements/nodes").size() - 1);
        cooperation.at("/elements/edges").forEach(e ->
            assertEquals(CC.cooperatesWith.getURI(), e.at("/data/property").asText(), "the relation filter holds"));
        JsonNode node = graph.at("/elements/nodes/0/data");
        assertEquals("Bandung", node.get("label").asText());
        assertEquals("City", node.get("type").asText());
        assertEquals("place", node.get("kind").asText());
    }

    @Test
    void anEdgeLabelledByARoleKeepsItsRelationsNameForTheFilters() throws IOException {
        JsonNode graph = json("/api/graph?node=" + encode(CC.ID + "event/simeulue-visit-bandung-2017-02-10")
            + "&depth=1&limit=500");
        Set<String> relations = new HashSet<>();
        boolean roleShown = false;
        for (JsonNode edge : graph.at("/elements/edges")) {
            relations.add(edge.at("/data/relation").asText());
            roleShown |= !edge.at("/data/label").asText().equals(edge.at("/data/relation").asText());
        }
        assertTrue(roleShown, "an edge labelled by its role: " + graph);
        assertFalse(relations.contains("") || relations.stream().anyMatch(r -> Character.isUpperCase(r.charAt(0))),
            "relations are properties' labels, not roles or posts: " + relations);
    }

    @Test
    void aNodeBudgetStopsNewNodesAndCountsTheEdgesLeftOut() throws IOException {
        JsonNode all = json("/api/graph?node=" + encode(BANDUNG) + "&depth=2&limit=500&nodes=5000");
        int allNodes = all.at("/elements/nodes").size();
        assertTrue(allNodes > 10, "Bandung's second ring is bigger than the budget below");
        JsonNode budget = json("/api/graph?node=" + encode(BANDUNG) + "&depth=2&limit=500&nodes=10");
        assertEquals(10, budget.at("/elements/nodes").size());
        Set<String> kept = new HashSet<>();
        budget.at("/elements/nodes").forEach(n -> kept.add(n.at("/data/id").asText()));
        budget.at("/elements/edges").forEach(e -> assertTrue(kept.contains(e.at("/data/source").asText())
            && kept.contains(e.at("/data/target").asText()), "edges join nodes returned"));
        int counted = 0;
        for (JsonNode more : budget.get("more")) {
            counted += more.get("count").asInt();
        }
        assertTrue(counted > 0, "the edges to nodes beyond the budget are counted");
        assertEquals(400, fixture.get("/api/graph?node=" + encode(BANDUNG) + "&nodes=0").statusCode());
    }

    @Test
    void capsKeepTheFirstNeighboursPerPropertyAndCountTheRest() throws IOException {
        JsonNode all = json("/api/graph?node=" + encode(BANDUNG) + "&limit=500");
        JsonNode capped = json("/api/graph?node=" + encode(BANDUNG) + "&limit=1");
        int cappedEdges = capped.at("/elements/edges").size();
        int moreCount = 0;
        for (JsonNode more : capped.get("more")) {
            moreCount += more.get("count").asInt();
            assertEquals(BANDUNG, more.get("node").asText());
        }
        assertEquals(all.at("/elements/edges").size(), cappedEdges + moreCount, "returned plus counted is all");
        Set<String> properties = new HashSet<>();
        capped.at("/elements/edges").forEach(e -> assertTrue(properties.add(e.at("/data/property").asText()),
            "at most one edge per property with limit=1"));
        assertTrue(moreCount > 0);
        // the neighbour kept for a property is the first by IRI of all its neighbours by that property
        for (JsonNode edge : capped.at("/elements/edges")) {
            String property = edge.at("/data/property").asText();
            String first = java.util.stream.StreamSupport.stream(all.at("/elements/edges").spliterator(), false)
                .filter(e -> e.at("/data/property").asText().equals(property))
                .map(e -> other(e, BANDUNG)).sorted().findFirst().orElseThrow();
            assertEquals(first, other(edge, BANDUNG), property);
        }
    }

    @Test
    void depthFollowsEdgesFurther() throws IOException {
        int one = json("/api/graph?node=" + encode(CC.ID + "regency/simeulue") + "&depth=1").at("/elements/nodes").size();
        JsonNode two = json("/api/graph?node=" + encode(CC.ID + "regency/simeulue") + "&depth=2");
        assertTrue(two.at("/elements/nodes").size() > one);
        Set<String> ids = new HashSet<>();
        two.at("/elements/nodes").forEach(n -> ids.add(n.at("/data/id").asText()));
        assertTrue(ids.contains(CC.ID + "city/toyota"), "Simeulue – Bandung – Toyota at depth 2");
    }

    @Test
    void aTimeWindowLeavesOutThingsDatedOutsideIt() throws IOException {
        JsonNode all = json("/api/graph?node=" + encode(BANDUNG) + "&limit=500");
        JsonNode later = json("/api/graph?node=" + encode(BANDUNG) + "&limit=500&from=2020&to=2030");
        boolean had2017 = false;
        for (JsonNode n : all.at("/elements/nodes")) {
            had2017 |= n.at("/data/earliest").asText().startsWith("2017");
        }
        assertTrue(had2017, "Bandung's neighbourhood has events of 2017");
        for (JsonNode n : later.at("/elements/nodes")) {
            JsonNode latest = n.at("/data/latest");
            assertTrue(latest.isNull() || latest.isMissingNode() || latest.asText().compareTo("2020-01-01") >= 0,
                "dated before the window: " + n);
        }
        assertTrue(later.at("/elements/nodes").size() > 1, "things without a date stay");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/graph?depth=1|parameter 'node' is required",
        "/api/graph?node=https%3A%2F%2Fw3id.org%2Fcitycoop%2Fid%2Fcity%2Fbandung&depth=4|parameter 'depth' is '4', expected a whole number from 1 to 3",
        "/api/graph?node=https%3A%2F%2Fw3id.org%2Fcitycoop%2Fid%2Fcity%2Fbandung&depth=0|expected a whole number from 1 to 3",
        "/api/graph?node=https%3A%2F%2Fw3id.org%2Fcitycoop%2Fid%2Fcity%2Fbandung&limit=many|parameter 'limit' is 'many'",
        "/api/graph?node=https%3A%2F%2Fw3id.org%2Fcitycoop%2Fid%2Fcity%2Fbandung&relations=friendOf|unknown relation 'friendOf'",
        "/api/graph?node=https%3A%2F%2Fw3id.org%2Fcitycoop%2Fid%2Fcity%2Fbandung&from=last+year|'from' is 'last year'",
        "/api/graph?node=https%3A%2F%2Fw3id.org%2Fcitycoop%2Fid%2Fcity%2Fbandung&from=2020&to=2010|ends (2010) before it starts (2020)",
        "/api/search?q=|parameter 'q' is required",
        "/api/export?format=pdf|unknown network format 'pdf'",
        "/api/export?network=everything|unknown network 'everything'"})
    void badParametersGet400WithAMessage(String path, String message) throws IOException {
        HttpResponse<byte[]> response = fixture.get(path);
        assertEquals(400, response.statusCode(), ServerFixture.text(response));
        assertTrue(JSON.readTree(response.body()).get("error").asText().contains(message), ServerFixture.text(response));
    }

    @Test
    void anUnknownNodeIs404() throws IOException {
        HttpResponse<byte[]> response = fixture.get("/api/graph?node=" + encode(CC.ID + "city/atlantis"));
        assertEquals(404, response.statusCode());
        assertTrue(JSON.readTree(response.body()).get("error").asText().contains("/api/search"));
    }

    @ParameterizedTest
    @CsvSource({"bandung, Bandung", "BANDUNG, Bandung", "band, Bandung", "kota band, Bandung", "Kyōto, Kyoto",
        "simeulue, Simeulue Regency", "hasrul, Hasrul Edyar", "pemerintah kota toyota, Toyota City Government"})
    void searchFindsThingsByLabelIgnoringCaseAndAccents(String query, String first) throws IOException {
        JsonNode results = json("/api/search?q=" + encode(query)).get("results");
        assertTrue(results.size() > 0, "nothing for " + query);
        assertEquals(first, results.get(0).get("label").asText(), "first result for " + query);
    }

    /** The edge weights of the last import, as the file gives them. */
    private static final List<Double> weights = new java.util.ArrayList<>();

    private static Graph<String, Object> imported(String format, boolean graphml) throws IOException {
        weights.clear();
        HttpResponse<byte[]> response = fixture.get("/api/export?format=" + format + "&network=cooperation");
        assertEquals(200, response.statusCode(), ServerFixture.text(response));
        Graph<String, Object> graph = new DirectedPseudograph<>(null, Object::new, false);
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        java.util.Map<String, String> iris = new java.util.HashMap<>();
        org.jgrapht.nio.BaseEventDrivenImporter<String, Object> importer;
        if (graphml) {
            GraphMLImporter<String, Object> reader = new GraphMLImporter<>();
            reader.setSchemaValidation(true);
            reader.setVertexFactory(id -> id);
            importer = reader;
        } else {
            SimpleGEXFImporter<String, Object> reader = new SimpleGEXFImporter<>();
            reader.setVertexFactory(id -> id);
            importer = reader;
        }
        importer.addEdgeAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("weight")) {
                weights.add(Double.parseDouble(a.getValue()));
            }
        });
        importer.addVertexAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("label")) {
                labels.put(p.getFirst(), a.getValue());
            }
            if (p.getSecond().equals("iri")) {
                iris.put(a.getValue(), p.getFirst());
            }
        });
        ((org.jgrapht.nio.GraphImporter<String, Object>) importer).importGraph(graph,
            new StringReader(ServerFixture.text(response)));
        assertEquals("Bandung", labels.get(iris.get(BANDUNG)), "labels and IRIs travel as attributes");
        return graph;
    }

    @Test
    void exportsOfTheCooperationNetworkHaveItsPlacesAndPairs() throws IOException {
        long places = sparqlCount("SELECT (COUNT(DISTINCT ?a) AS ?c) WHERE { ?a <" + CC.cooperatesWith.getURI() + "> ?b }");
        long pairs = sparqlCount("SELECT (COUNT(*) AS ?c) WHERE { ?a <" + CC.cooperatesWith.getURI() + "> ?b "
            + "FILTER(STR(?a) < STR(?b)) }");
        for (boolean graphml : new boolean[] {true, false}) {
            Graph<String, Object> graph = imported(graphml ? "graphml" : "gexf", graphml);
            assertEquals(places, graph.vertexSet().size(), graphml ? "GraphML nodes" : "GEXF nodes");
            assertEquals(pairs, graph.edgeSet().size(), graphml ? "GraphML edges" : "GEXF edges");
            assertEquals(pairs, weights.size(), "every edge has a weight");
            assertTrue(weights.stream().allMatch(w -> w >= 1), "weights: " + weights);
        }
        List<org.apache.commons.csv.CSVRecord> nodes = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(ServerFixture.text(fixture.get("/api/export?format=nodes-csv&network=cooperation"))))
            .getRecords();
        assertEquals(places, nodes.size());
        List<org.apache.commons.csv.CSVRecord> edges = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(ServerFixture.text(fixture.get("/api/export?format=edges-csv&network=cooperation"))))
            .getRecords();
        assertEquals(pairs, edges.size());
        for (org.apache.commons.csv.CSVRecord edge : edges) {
            // the sources counted again, over the SPARQL endpoint: the graphs in which one statement joins the two
            long stated = sparqlCount("SELECT (COUNT(DISTINCT ?g) AS ?c) WHERE { GRAPH ?g { { ?t <" + CC.NS + "partner> ?x , ?y }"
                + " UNION { ?t <" + CC.NS + "party> ?x , ?y } } FILTER(?g != <" + CC.INFERRED_GRAPH.getURI() + ">)"
                + " { ?x <" + CC.NS + "representsPlace> <" + edge.get("source") + "> } UNION { VALUES ?x { <" + edge.get("source") + "> } }"
                + " { ?y <" + CC.NS + "representsPlace> <" + edge.get("target") + "> } UNION { VALUES ?y { <" + edge.get("target") + "> } }"
                + " FILTER(?x != ?y) }");
            assertEquals(Math.max(1, stated), Long.parseLong(edge.get("weight")), edge.toString());
            assertEquals(stated, edge.get("sources").isEmpty() ? 0 : edge.get("sources").split(" ").length, edge.toString());
        }
        assertTrue(Files.exists(TestProject.data()));
    }

    @Test
    void theFiguresOfTheLastAnalysisComeAsCsvAndTheirAbsenceIsA404() throws IOException {
        HttpResponse<byte[]> none = fixture.get("/api/export?format=figures-csv");
        assertEquals(404, none.statusCode());
        assertTrue(ServerFixture.text(none).contains("./citycoop analyze"), ServerFixture.text(none));
        org.citycoop.store.Store analysed = TestProject.twinTownStore();
        ServerFixture over = ServerFixture.over(analysed, ServerConfig.builder());
        try {
            HttpResponse<byte[]> table = over.get("/api/export?format=figures-csv");
            assertEquals(200, table.statusCode(), ServerFixture.text(table));
            List<org.apache.commons.csv.CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new StringReader(ServerFixture.text(table))).getRecords();
            org.citycoop.graph.NetworkFigures figures = org.citycoop.graph.NetworkFigures.of(
                org.citycoop.graph.PlaceNetwork.read(analysed));
            assertEquals(figures.size(), rows.size());
            for (org.apache.commons.csv.CSVRecord row : rows) {
                var place = figures.of(org.apache.jena.graph.NodeFactory.createURI(row.get("place")));
                assertEquals(place.degree(), Integer.parseInt(row.get("degree")), row.toString());
                assertEquals(place.community(), Integer.parseInt(row.get("community")), row.toString());
            }
        } finally {
            over.close();
        }
    }
}
