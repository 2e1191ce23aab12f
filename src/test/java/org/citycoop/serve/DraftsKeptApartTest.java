package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.citycoop.TestProject;
import org.citycoop.cli.Main;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.query.QueryRunner;
import org.citycoop.query.ResultFormat;
import org.citycoop.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A draft made by extract and loaded with {@code load --extracted} stays out of what users see (the competency
 * queries, the public endpoint, the pages, what is derived) and is there for a curator who asks for drafts; people
 * the store knows are referred to, not copied.
 */
class DraftsKeptApartTest {
    private static final Node DRAFT = NodeFactory.createURI(CC.GRAPH + "extracted-004-d1319b56e9f772dc");
    private static final Path CQ01 = TestProject.queries().resolve("cq01-bandung-partners.rq");
    private static Path folder;
    private static long partnersBefore;
    private static DatasetGraph inferredBefore;
    private static Store store;

    @BeforeAll
    static void loadDataThenADraft() throws IOException {
        folder = TestProject.tempDir("citycoop-drafts").resolve("store");
        Path draft = folder.resolveSibling("draft.yaml");
        assertEquals(0, Main.run("load", "-q", "--store", folder.toString(), TestProject.data().toString()));
        try (Store curated = Store.open(folder)) {
            partnersBefore = rows(curated, false);
            inferredBefore = TestProject.copy(TestProject.snapshot(curated, Set.of()), Set.of());
        }
        assertEquals(0, Main.run("extract", "--store", folder.toString(), "--date", "2017-02-10", "-o", draft.toString(),
            TestProject.shared().resolve("seeds/004_d1319b56e9f772dc.txt").toString()));
        assertEquals(0, Main.run("load", "-q", "--extracted", "--store", folder.toString(), draft.toString()));
        store = Store.open(folder);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theCompetencyQuestionsAnswerAsBeforeAndDraftsAskedForAreThere() {
        assertEquals(partnersBefore, rows(store, false), "Bandung's partners changed with a draft");
        assertTrue(rows(store, true) > partnersBefore, "the draft's partners are there for whoever asks for drafts");
    }

    @Test
    void nothingIsDerivedFromADraft() {
        DatasetGraph after = TestProject.snapshot(store, Set.of());
        assertTrue(IsoMatcher.isomorphic(inferredBefore.getGraph(CC.INFERRED_GRAPH), after.getGraph(CC.INFERRED_GRAPH)));
        assertTrue(after.getGraph(DRAFT).size() > 50, "the draft was loaded: " + after.getGraph(DRAFT).size());
    }

    @Test
    void theCuratedViewHasNoDraftQuadsWhicheverWayItIsRead() {
        store.read(() -> {
            assertFalse(store.curated().find(DRAFT, Node.ANY, Node.ANY, Node.ANY).hasNext());
            assertFalse(store.curated().containsGraph(DRAFT));
            assertTrue(store.curated().getUnionGraph().find(Node.ANY, CC.method,
                NodeFactory.createURI(CC.METHOD + "extracted")).toList().isEmpty());
            return null;
        });
    }

    @Test
    void aKnownPersonIsReferredToNotCopied() {
        Node ridwanKamil = NodeFactory.createURI(CC.ID + "person/ridwan-kamil");
        long named = store.read(() -> store.dataset().getUnionGraph().stream(Node.ANY, Vocab.FOAF_NAME, Node.ANY)
            .filter(t -> t.getObject().getLiteralLexicalForm().equals("Ridwan Kamil")).count());
        assertEquals(1, named, "Ridwan Kamil exists once");
        assertTrue(store.read(() -> store.dataset().getGraph(DRAFT).contains(Node.ANY, CC.mentions, ridwanKamil)));
    }

    @Test
    void thePublicEndpointAndPagesShowNoDraftsAndTheDraftsEndpointDoes() {
        try (ServerFixture fixture = ServerFixture.over(store, ServerConfig.builder())) {
            String ask = "ASK { GRAPH <" + DRAFT.getURI() + "> { ?s ?p ?o } }";
            String query = "?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8);
            assertTrue(ServerFixture.text(fixture.get("/ds/sparql" + query)).contains("false"));
            assertTrue(ServerFixture.text(fixture.get("/drafts/sparql" + query)).contains("true"));
            String page = ServerFixture.text(fixture.get("/page/id/city/bandung"));
            assertTrue(page.contains("Bandung"), page);
            assertFalse(page.contains("extracted-004"), "a draft on Bandung's page");
            String graph = ServerFixture.text(fixture.get("/api/export?format=nodes-csv&network=cooperation"));
            assertTrue(graph.contains("bandung"), graph);
            assertFalse(graph.contains("extracted-004"), "a draft in the explorer");
        }
    }

    /** How many cooperations, agreements and twinnings join Bandung to its partners, as CQ1 counts them. */
    private static long rows(Store store, boolean drafts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new QueryRunner(store).withDrafts(drafts).run(Files.readString(CQ01), CQ01.toString(), ResultFormat.CSV, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            return org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(out.toString(StandardCharsets.UTF_8))).stream()
                .mapToLong(row -> Long.parseLong(row.get("links"))).sum();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
