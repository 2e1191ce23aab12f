package org.citycoop.store.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.Progress;
import org.citycoop.TestProject;
import org.citycoop.load.Loader;
import org.citycoop.ontology.CC;
import org.citycoop.serve.CityCoopServer;
import org.citycoop.serve.Credentials;
import org.citycoop.serve.ServerConfig;
import org.citycoop.store.Store;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.apache.commons.io.file.PathUtils;

/**
 * What every remote store CityCoop writes to must show, whichever store it is: the store kept a copy of a local
 * store through loads, imports, changes and removals (compared as graphs after each), nothing sent for an unchanged
 * folder, nothing left of a failed load, and a store that stops answering mid-load leaves both stores either as
 * before or complete. One store process per class; the tests run in order, each from where the last left off.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RemoteCopyContract {
    private Path folder;
    private Path data;
    private RemoteStoreProcess remote;
    private RemoteClient client;
    private RemoteClient direct;
    private CuttingProxy proxy;
    private Store local;

    /** Starts the store under test in {@code folder}; a store that cannot start fails the test. */
    abstract RemoteStoreProcess start(Path folder) throws Exception;

    @BeforeAll
    void startStore() throws Exception {
        folder = Files.createTempDirectory("citycoop-remote-");
        remote = start(folder.resolve("remote"));
        proxy = new CuttingProxy(remote.httpPort());
        RemoteEndpoints through = remote.endpoints(proxy.port());
        remote.credentials().register(remote.endpoints());
        remote.credentials().register(through);
        client = new RemoteClient(through, new Retries(3, 100, 400));
        direct = new RemoteClient(remote.endpoints(), new Retries(3, 100, 400));
        data = folder.resolve("data");
        PathUtils.copyDirectory(TestProject.data(), data);
        local = Store.open(folder.resolve("local"));
    }

    @AfterAll
    void stopStore() throws Exception {
        if (local != null) {
            local.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (remote != null) {
            remote.close();
        }
        PathUtils.deleteDirectory(folder);
    }

    @Test
    @Order(1)
    void dataGazetteerAndTwinTownsLoadedThroughTheCopyAreTheSameGraphsThere() {
        // parts of 500 triples: the bigger graphs go in several requests, as big ones do
        RemoteCopy.attach(local, client, Progress.NONE, 500);
        TestProject.loadTwinTownSamples(local, data);
        assertSameGraphs();
        assertTrue(RemoteCopy.graphs(client).contains(CC.INFERRED_GRAPH));
    }

    @Test
    @Order(2)
    void everyQueryAnswersAsOverTheLocalStore() throws IOException {
        List<String> differing = new java.util.ArrayList<>();
        try (RemoteStore there = RemoteStore.open(client)) {
            for (Path query : SameAnswers.queries()) {
                List<String> here = SameAnswers.rows(local, query);
                List<String> remoteRows;
                try {
                    remoteRows = SameAnswers.rows(there, query);
                } catch (RuntimeException e) {
                    differing.add(query.getFileName() + " failed there: " + e);
                    continue;
                }
                if (!here.equals(remoteRows)) {
                    differing.add(query.getFileName() + " (" + here.size() + " rows here, " + remoteRows.size()
                        + " there; only here: " + here.stream().filter(r -> !remoteRows.contains(r)).limit(2).toList()
                        + "; only there: " + remoteRows.stream().filter(r -> !here.contains(r)).limit(2).toList() + ")");
                }
            }
        }
        assertEquals(List.of(), differing, "queries answered otherwise over the remote store");
    }

    @Test
    @Order(3)
    void entityPagesAndTheGraphApiDescribeAsOverTheLocalStore() {
        try (RemoteStore there = RemoteStore.open(client)) {
            for (String id : SameAnswers.ENTITIES) {
                SameAnswers.assertSameDescription(local, there, id);
                for (int depth = 1; depth <= 2; depth++) {
                    assertEquals(SameAnswers.neighbourhood(local, id, depth), SameAnswers.neighbourhood(there, id, depth),
                        "the neighbourhood of " + id + " at depth " + depth);
                }
            }
        }
    }

    @Test
    @Order(3)
    void aServerOverTheRemoteStoreServesTheSamePagesAsOverTheLocalOne() throws Exception {
        ServerConfig config = ServerConfig.builder().port(0).queries(TestProject.queries()).build();
        try (RemoteStore there = RemoteStore.open(client);
                CityCoopServer overLocal = CityCoopServer.start(local, config);
                CityCoopServer overRemote = CityCoopServer.start(there, config)) {
            for (String id : SameAnswers.ENTITIES) {
                DatasetGraph a = SameAnswers.page(overLocal.port(), id);
                DatasetGraph b = SameAnswers.page(overRemote.port(), id);
                assertTrue(a.getDefaultGraph().size() > 0, "the page of " + id + " says nothing");
                assertTrue(IsoMatcher.isomorphic(a, b), "the served page of " + id + " differs over the remote store");
            }
        }
    }

    @Test
    @Order(4)
    void anUnchangedFolderSendsNothing() {
        Optional<String> before = RemoteCopy.revision(client);
        Loader.builder().store(local).build().load(List.of(data));
        assertEquals(before, RemoteCopy.revision(client));
    }

    @Test
    @Order(5)
    void aChangedRecordChangesItsGraphAndWhatFollowsFromIt() throws IOException {
        Path places = data.resolve("places.csv");
        Files.writeString(places, Files.readString(places).replace("Bandung", "Kota Bandung"));
        Optional<String> before = RemoteCopy.revision(client);
        Loader.builder().store(local).build().load(List.of(data));
        assertNotEquals(before, RemoteCopy.revision(client));
        assertSameGraphs();
    }

    @Test
    @Order(6)
    void aFailedLoadLeavesTheRemoteStoreAsItWas() throws IOException {
        DatasetGraph before = RemoteGraphs.of(client);
        Path broken = folder.resolve("broken.csv");
        Files.writeString(broken, "key,type,name\nnowhere,Nowhere,Nowhere\n");
        assertThrows(CityCoopException.class, () -> Loader.builder().store(local).build().load(List.of(broken)));
        assertTrue(IsoMatcher.isomorphic(before, RemoteGraphs.of(client)), "a failed load changed the remote store");
        assertSameGraphs();
    }

    @Test
    @Order(7)
    void aRemovedSourceIsGoneWithWhatWasDerivedFromIt() {
        Loader.builder().store(local).build().remove(List.of("twins"));
        assertFalse(RemoteCopy.graphs(client).contains(NodeFactory.createURI(CC.GRAPH + "twins")));
        assertSameGraphs();
    }

    @Test
    @Order(8)
    void aStoreChangedByAnotherWriterIsRefused() throws IOException {
        try (Store other = Store.open(folder.resolve("other"))) {
            // a store with sources of its own (a new, empty one would start as the remote store's copy)
            Loader.builder().store(other).build().load(List.of(TestProject.data().resolve("places.csv")));
            CityCoopException error = assertThrows(CityCoopException.class,
                () -> RemoteCopy.attach(other, client, Progress.NONE));
            assertEquals(ErrorId.REMOTE_DIVERGED, error.id());
            assertTrue(error.getMessage().contains("never wrote to it"), error.getMessage());
        }
    }

    @Test
    @Order(9)
    void aWriteMadeWithoutTheCopyIsSentWhenTheCopyIsKeptAgain() throws IOException {
        local.close();
        Path places = data.resolve("places.csv");
        Files.writeString(places, Files.readString(places).replace("Braunschweig,", "Braunschweig City,"));
        try (Store alone = Store.open(folder.resolve("local"))) {
            Loader.builder().store(alone).build().load(List.of(data));
        }
        local = Store.open(folder.resolve("local"));
        Optional<String> before = RemoteCopy.revision(direct);
        RemoteCopy.attach(local, client, Progress.NONE);
        assertNotEquals(before, RemoteCopy.revision(direct));
        assertSameGraphs();
    }

    @Test
    @Order(10)
    void aStoreThatStopsAnsweringMidLoadLeavesBothStoresAsBeforeOrComplete() throws IOException {
        int failed = 0;
        for (long budget : new long[] {0, 300, 1_500, 6_000, 30_000, 150_000}) {
            Path places = data.resolve("places.csv");
            Files.writeString(places, Files.readString(places).replace("Toyota,", "Toyota " + budget + ","));
            DatasetGraph remoteBefore = RemoteGraphs.withoutStaging(direct);
            DatasetGraph localBefore = RemoteGraphs.of(local);
            proxy.cutAfter(budget);
            try {
                Loader.builder().store(local).build().load(List.of(data));
                assertTrue(IsoMatcher.isomorphic(RemoteGraphs.of(local), RemoteGraphs.withoutStaging(direct)),
                    "a load that went through, though the store stopped answering after " + budget + " bytes");
            } catch (CityCoopException e) {
                failed++;
                assertEquals(ErrorId.REMOTE_UNREACHABLE, e.id(), e.getMessage());
                assertTrue(e.getMessage().contains(remote.endpoints(proxy.port()).query().toString()), e.getMessage());
                DatasetGraph localAfter = RemoteGraphs.of(local);
                assertTrue(IsoMatcher.isomorphic(localBefore, localAfter), () -> "the local store changed after "
                    + budget + " bytes: " + only(localBefore, localAfter) + " / " + only(localAfter, localBefore));
                assertTrue(IsoMatcher.isomorphic(remoteBefore, RemoteGraphs.withoutStaging(direct)),
                    "the remote store changed, though the store stopped answering after " + budget + " bytes");
            }
            proxy.reopen();
        }
        assertTrue(failed >= 2, "only " + failed + " load(s) met a store that stopped answering");
        Path places = data.resolve("places.csv");
        Files.writeString(places, Files.readString(places).replace("Suwon,", "Suwon City,"));
        Loader.builder().store(local).build().load(List.of(data));
        assertSameGraphs();
        assertTrue(RemoteCopy.leftovers(direct).isEmpty(), "staging graphs left behind");
    }

    @Test
    @Order(11)
    void aNewStoreStartsAsACopyOfTheRemoteStoreAndWritesOnThroughIt() throws IOException {
        try (Store fresh = Store.open(folder.resolve("fresh"))) {
            RemoteCopy.attach(fresh, client, Progress.NONE);
            assertTrue(IsoMatcher.isomorphic(RemoteGraphs.of(fresh), RemoteGraphs.withoutStaging(direct)),
                "the new store is not the remote store's copy");
            Path places = data.resolve("places.csv");
            Files.writeString(places, Files.readString(places).replace("Suwon City,", "Suwon,"));
            Loader.builder().store(fresh).build().load(List.of(data));
            assertTrue(IsoMatcher.isomorphic(RemoteGraphs.of(fresh), RemoteGraphs.of(direct)),
                "the remote store is not a copy of the store that wrote to it last");
        }
    }

    @Test
    @Order(12)
    void aServerOverTheRemoteStoreTakesTheAdminsWritesThroughItsLocalCopy() throws Exception {
        String twinned = "ASK { <" + CC.ID + "city/bandung> <" + CC.twinnedWith.getURI() + "> <" + CC.ID
            + "city/kyoto> }";
        String graph = CC.GRAPH + "served-twins";
        String twinning = "<urn:test:t> a <" + CC.Twinning.getURI() + "> ; <" + CC.twin.getURI() + "> <" + CC.ID
            + "city/bandung> , <" + CC.ID + "city/kyoto> .";
        ServerConfig config = ServerConfig.builder().port(0).queries(TestProject.queries())
            .credentials(new Credentials("curator", "a long secret")).backups(folder.resolve("backups")).build();
        try (Store copy = Store.open(folder.resolve("served"));
                RemoteStore there = RemoteStore.openWritingThrough(client, copy, Progress.NONE);
                CityCoopServer server = CityCoopServer.start(there, config)) {
            ServedWrites writes = new ServedWrites(server.port(), "curator:a long secret");
            assertFalse(writes.ask(twinned));
            String put = "INSERT DATA { GRAPH <" + graph + "> { " + twinning + " } }";
            assertEquals(401, writes.update(put, false).statusCode());
            assertFalse(writes.ask(twinned), "an update without credentials was made");

            assertEquals(201, writes.put(graph, twinning).statusCode());
            assertTrue(writes.ask(twinned), "a twinning put by the Graph Store Protocol is derived in the remote store");
            assertEquals(204, writes.update("DROP GRAPH <" + graph + ">", true).statusCode());
            assertFalse(writes.ask(twinned), "twinned with Kyoto over the remote store, though the twinning is gone");

            // a graph the copy does not keep is refused, by either protocol, and nothing is written
            java.net.http.HttpResponse<String> outside = writes.put("urn:test:elsewhere", twinning);
            assertEquals(400, outside.statusCode(), outside.body());
            assertTrue(outside.body().startsWith("CC504"), outside.body());
            assertEquals(400, writes.update("INSERT DATA { GRAPH <urn:test:elsewhere> { <urn:test:a> <urn:test:b> 1 } }",
                true).statusCode());
            assertFalse(writes.ask("ASK { GRAPH <urn:test:elsewhere> { ?s ?p ?o } }"));
            assertTrue(IsoMatcher.isomorphic(RemoteGraphs.of(copy), RemoteGraphs.withoutStaging(direct)),
                "the remote store is not a copy of the store the server writes through");
        }
    }

    private void assertSameGraphs() {
        DatasetGraph there = RemoteGraphs.of(client);
        DatasetGraph here = RemoteGraphs.of(local);
        assertEquals(here.stream().count(), there.stream().count(), "quads here and there");
        assertTrue(IsoMatcher.isomorphic(here, there), () -> "the remote store is not a copy of the local one; only here: "
            + only(here, there) + "; only there: " + only(there, here));
    }

    /** A few quads of {@code a} that {@code b} lacks, for the message of a failure. */
    private static List<String> only(DatasetGraph a, DatasetGraph b) {
        return a.stream().filter(q -> !b.contains(q)).limit(5).map(Object::toString).toList();
    }
}
