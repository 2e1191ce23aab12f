package org.citycoop.store.remote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.citycoop.TestProject;
import org.citycoop.graph.Neighbourhood;
import org.citycoop.graph.StoreNetwork;
import org.citycoop.query.QueryParameters;
import org.citycoop.query.QueryRunner;
import org.citycoop.query.ResultFormat;
import org.citycoop.serve.Describer;
import org.citycoop.store.GraphStore;

/** What users read, taken from a local and a remote store alike, to be compared. */
final class SameAnswers {
    /** Entities of each kind the pages show: places, a person, a post, an agreement. */
    static final List<String> ENTITIES = List.of("city/bandung", "city/toyota", "regency/simeulue",
        "province/jawa-barat", "person/hasrul-edyar", "post/bupati-simeulue",
        "agreement/loi-bandung-toyota");

    private SameAnswers() {
    }

    static List<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(TestProject.queries())) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    /**
     * A query's answers with its parameters' defaults, each row as text with its literals in canonical form, sorted:
     * rows in another order, and the items of a GROUP_CONCAT in another order, are the same answers.
     */
    static List<String> rows(GraphStore store, Path query) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try {
            new QueryRunner(store).run(QueryParameters.of(Files.readString(query)).bind(Map.of()), query.toString(),
                ResultFormat.JSON, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(json.toByteArray()), ResultSetLang.RS_JSON);
        List<String> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            rows.add(results.getResultVars().stream().map(v -> v + "=" + text(solution.get(v)))
                .collect(Collectors.joining("\t")));
        }
        rows.sort(null);
        return rows;
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        Node canonical = RemoteGraphs.canonical(node.asNode());
        String text = canonical.isLiteral() ? canonical.getLiteralLexicalForm() : canonical.toString();
        // the items of a GROUP_CONCAT, in whatever order the store gave them
        String[] items = text.split(", | \\| |; ");
        return items.length > 1 ? Arrays.stream(items).sorted().collect(Collectors.joining(", ")) : text;
    }

    /** Asserts that an entity's page describes it with the same statements over both stores. */
    static void assertSameDescription(GraphStore here, GraphStore there, String id) {
        Node subject = NodeFactory.createURI("https://w3id.org/citycoop/id/" + id);
        DatasetGraph a = described(here, subject);
        DatasetGraph b = described(there, subject);
        assertTrue(a.getDefaultGraph().size() > 0, "the page of " + id + " says nothing");
        assertTrue(IsoMatcher.isomorphic(a, b), () -> "the page of " + id + " differs over the remote store: "
            + a.getDefaultGraph().size() + " against " + b.getDefaultGraph().size() + " triples; only here: "
            + a.getDefaultGraph().find().filterDrop(b.getDefaultGraph()::contains).toList().stream().limit(3).toList()
            + "; only there: "
            + b.getDefaultGraph().find().filterDrop(a.getDefaultGraph()::contains).toList().stream().limit(3).toList());
    }

    private static DatasetGraph described(GraphStore store, Node subject) {
        Graph union = new Describer(store).describe(subject).union();
        DatasetGraph canonical = DatasetGraphFactory.create();
        union.find().forEachRemaining(t -> canonical.getDefaultGraph().add(t.getSubject(), t.getPredicate(),
            RemoteGraphs.canonical(t.getObject())));
        return canonical;
    }

    /** An entity's page as a server on a loopback port serves it in Turtle, its literals in canonical form. */
    static DatasetGraph page(int port, String id) throws IOException, InterruptedException {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/id/" + id))
                .header("Accept", "text/turtle").timeout(java.time.Duration.ofSeconds(60)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 200, "the page of " + id + " answered " + response.statusCode());
        Graph served = org.apache.jena.riot.RDFParser.fromString(response.body(), org.apache.jena.riot.Lang.TURTLE)
            .toGraph();
        DatasetGraph canonical = DatasetGraphFactory.create();
        served.find().forEachRemaining(t -> canonical.getDefaultGraph().add(t.getSubject(), t.getPredicate(),
            RemoteGraphs.canonical(t.getObject())));
        return canonical;
    }

    /** The graph API's answer for an entity: its nodes and edges, in no order. */
    static Set<Object> neighbourhood(GraphStore store, String id, int depth) {
        long started = System.nanoTime();
        try {
            return new StoreNetwork(store).neighbourhood("https://w3id.org/citycoop/id/" + id, depth, Set.of(), null, 50)
                .map(SameAnswers::contents).orElse(Set.of());
        } catch (RuntimeException e) {
            throw new IllegalStateException("the neighbourhood of " + id + " at depth " + depth + " failed after "
                + (System.nanoTime() - started) / 1_000_000 + " ms", e);
        }
    }

    private static Set<Object> contents(Neighbourhood found) {
        Set<Object> all = new java.util.HashSet<>();
        found.elements().nodes().forEach(n -> all.add(n.data()));
        found.elements().edges().forEach(e -> all.add(e.data()));
        all.addAll(found.more());
        return all;
    }
}
