package org.citycoop.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateExecution;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.TestProject;
import org.citycoop.load.LoadReport.Outcome;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Store;
import org.citycoop.store.StoredSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curator's lifecycle: a record taken out of a file, a file taken out of a folder, a source removed by name, a
 * graph dropped by SPARQL Update, a file whose key another file already holds. After each, the store holds what a
 * fresh store loaded from the same files would hold, derived facts included.
 */
class SourceLifecycleTest {
    private static final Set<Node> LOAD_TIMES = Set.of(Vocab.PROV_GENERATED_AT_TIME);
    private static final Node BANDUNG = NodeFactory.createURI(CC.ID + "city/bandung");
    private static final Node FORT_WORTH = NodeFactory.createURI(CC.ID + "city/fort-worth");
    private static final Node SUWON = NodeFactory.createURI(CC.ID + "city/suwon");
    private static final Node SIMEULUE = NodeFactory.createURI(CC.ID + "regency/simeulue");
    private static final Node TWINS = NodeFactory.createURI(CC.GRAPH + "twins");

    @TempDir
    Path temp;

    private Store store;

    private Path loadedCopy() throws IOException {
        Path data = LoaderTest.copyOfData();
        store = Store.open(temp.resolve("store"));
        Loader.builder().store(store).build().load(List.of(data));
        return data;
    }

    private Loader loader() {
        return Loader.builder().store(store).build();
    }

    /** The store holds what a new store loaded from the same folder holds, load times aside. */
    private void assertSameAsFreshLoadOf(Path data) {
        try (Store fresh = Store.open(temp.resolve("fresh-" + System.nanoTime()))) {
            Loader.builder().store(fresh).build().load(List.of(data));
            DatasetGraph expected = TestProject.snapshot(fresh, LOAD_TIMES);
            assertTrue(TestProject.isomorphic(expected, TestProject.snapshot(store, LOAD_TIMES)),
                "the store differs from a fresh load of the same files");
        }
    }

    @Test
    void aRowTakenOutOfATableTakesItsDerivedFactsWithIt() throws IOException {
        Path data = loadedCopy();
        assertEquals(1, TestProject.count(store, BANDUNG, CC.twinnedWith, FORT_WORTH));
        Path twins = data.resolve("twins.csv");
        List<String> rows = Files.readAllLines(twins).stream().filter(l -> !l.startsWith("bandung,fort-worth,")).toList();
        Files.write(twins, rows);

        LoadReport report = loader().load(List.of(data));

        assertTrue(report.sources().stream().anyMatch(s -> s.outcome() == Outcome.REPLACED));
        assertEquals(0, TestProject.count(store, BANDUNG, CC.twinnedWith, FORT_WORTH));
        assertEquals(0, TestProject.count(store, NodeFactory.createURI(CC.ID + "cooperation/twinning-bandung-fort-worth"),
            Node.ANY, Node.ANY));
        assertSameAsFreshLoadOf(data);
    }

    @Test
    void aCooperationTakenOutOfASeedFileTakesItsDerivedFactsWithIt() throws IOException {
        Path data = loadedCopy();
        assertEquals(1, TestProject.count(store, SIMEULUE, CC.cooperatesWith, BANDUNG));
        Path seed = data.resolve("seeds/bandung-toyota-simeulue-2017.yaml");
        String text = Files.readString(seed);
        int start = text.indexOf("  - key: bandung-simeulue-cooperation");
        Files.writeString(seed, text.substring(0, start).replace("    concerns: bandung-simeulue-cooperation\n", ""));

        loader().load(List.of(data));

        assertEquals(0, TestProject.count(store, SIMEULUE, CC.cooperatesWith, BANDUNG));
        assertSameAsFreshLoadOf(data);
    }

    @Test
    void aFileGoneFromItsFolderIsReportedThenPruned() throws IOException {
        Path data = loadedCopy();
        Path moved = temp.resolve("twins.csv");
        Files.move(data.resolve("twins.csv"), moved);

        LoadReport kept = loader().load(List.of(data));
        assertEquals(List.of(Outcome.GONE), outcomesOtherThanUnchanged(kept));
        assertEquals(1, TestProject.count(store, BANDUNG, CC.twinnedWith, SUWON), "kept until pruned");

        LoadReport pruned = Loader.builder().store(store).prune(true).build().load(List.of(data));
        assertEquals(List.of(Outcome.REMOVED), outcomesOtherThanUnchanged(pruned));
        assertEquals(0, TestProject.count(store, BANDUNG, CC.twinnedWith, SUWON));
        assertFalse(store.read(() -> store.dataset().containsGraph(TWINS)));
        assertSameAsFreshLoadOf(data);
    }

    @Test
    void sourcesAreListedAndRemovedByKeyOrFile() throws IOException {
        Path data = loadedCopy();
        List<StoredSource> sources = store.read(store::sources);
        assertEquals(List.of("bandung-toyota-simeulue-2017", "bappenas-yokohama-2023", "organisations", "places", "posts",
            "twins"), sources.stream().map(StoredSource::key).toList());
        StoredSource twins = sources.get(5);
        assertEquals("curated", twins.method());
        assertEquals(data.resolve("twins.csv").toAbsolutePath().toString(), twins.path());
        long triples = store.read(() -> store.triples(twins));
        assertTrue(triples > 20, "triples: " + triples);
        assertTrue(twins.loadedAt().matches("\\d{4}-\\d\\d-\\d\\dT.*"), twins.loadedAt());

        LoadReport removed = loader().remove(List.of(data.resolve("twins.csv").toString()));

        assertEquals(List.of(Outcome.REMOVED), outcomesOtherThanUnchanged(removed));
        assertEquals(List.of(triples), removed.sources().stream().filter(s -> s.outcome() == Outcome.REMOVED)
            .map(s -> s.triples()).toList(), "the report counts the triples the source's graph held");
        assertTrue(removed.inferred() > 0);
        assertEquals(0, TestProject.count(store, BANDUNG, CC.twinnedWith, SUWON));
        Files.delete(data.resolve("twins.csv"));
        assertSameAsFreshLoadOf(data);
    }

    @Test
    void removingWhatOthersReferToIsRefusedAndChangesNothing() throws IOException {
        loadedCopy();
        DatasetGraph before = TestProject.snapshot(store, Set.of());
        CityCoopException refused = assertThrows(CityCoopException.class, () -> loader().remove(List.of("posts")));
        assertEquals(ErrorId.SHAPE_VIOLATION, refused.id());
        CityCoopException unknown = assertThrows(CityCoopException.class, () -> loader().remove(List.of("twins", "nothing")));
        assertEquals(ErrorId.UNKNOWN_SOURCE, unknown.id());
        assertTrue(unknown.getMessage().contains("'nothing'"), unknown.getMessage());
        assertTrue(TestProject.isomorphic(before, TestProject.snapshot(store, Set.of())));
    }

    @Test
    void aGraphDroppedBySparqlUpdateTakesItsDerivedFactsWithIt() throws IOException {
        Path data = loadedCopy();
        Txn.executeWrite(store.dataset(), () -> UpdateExecution.dataset(store.asDataset())
            .update("DROP GRAPH <" + TWINS.getURI() + ">").execute());

        assertEquals(0, TestProject.count(store, BANDUNG, CC.twinnedWith, SUWON), "nothing derived from a dropped graph");
        LoadReport again = loader().load(List.of(data));
        assertEquals(List.of(Outcome.LOADED), outcomesOtherThanUnchanged(again), "the dropped source loads again");
        assertEquals(1, TestProject.count(store, BANDUNG, CC.twinnedWith, SUWON));
        assertSameAsFreshLoadOf(data);
    }

    @Test
    void theFullCheckFindsWhatAWriteAroundTheLoaderBrokeAndChangesNothing() throws IOException {
        Path data = loadedCopy();
        Txn.executeWrite(store.dataset(), () -> UpdateExecution.dataset(store.asDataset())
            .update("INSERT DATA { GRAPH <urn:test:notes> { <" + CC.ID + "cooperation/twinning-bandung-suwon> <"
                + CC.twin.getURI() + "> <" + CC.ID + "city/yokohama> } }").execute());
        DatasetGraph before = TestProject.snapshot(store, Set.of());
        CityCoopException broken = assertThrows(CityCoopException.class, () -> loader().checkAll());
        assertEquals(ErrorId.SHAPE_VIOLATION, broken.id());
        assertTrue(broken.getMessage().contains("twinning-bandung-suwon"), broken.getMessage());
        assertTrue(TestProject.isomorphic(before, TestProject.snapshot(store, Set.of())));

        Txn.executeWrite(store.dataset(), () -> store.dataset().removeGraph(NodeFactory.createURI("urn:test:notes")));
        LoadReport checked = loader().checkAll();
        assertEquals(store.read(store::inferredTriples), checked.inferred());
        assertSameAsFreshLoadOf(data);
    }

    @Test
    void aKeyHeldByAnotherFileIsRefusedUnlessReplacing() throws IOException {
        loadedCopy();
        Path other = Files.createDirectories(temp.resolve("other"));
        Path places = Files.copy(TestProject.data().resolve("places.csv"), other.resolve("places.csv"));
        Files.writeString(places, Files.readString(places).replace("Bandung", "Bandoeng"));
        DatasetGraph before = TestProject.snapshot(store, Set.of());

        CityCoopException refused = assertThrows(CityCoopException.class, () -> loader().load(List.of(other)));
        assertEquals(ErrorId.SOURCE_COLLISION, refused.id());
        assertTrue(refused.getMessage().startsWith(places.toString() + ": source key 'places'"), refused.getMessage());
        Path turtle = Files.writeString(temp.resolve("organisations.ttl"), "<urn:x:a> <urn:x:b> <urn:x:c> .\n");
        assertEquals(ErrorId.SOURCE_COLLISION, assertThrows(CityCoopException.class,
            () -> loader().load(List.of(turtle))).id());
        Path keyed = Files.writeString(temp.resolve("notes.yaml"), "source:\n  key: organisations\n  type: NewsArticle\n"
            + "  title: Notes\n  language: en\n");
        assertEquals(ErrorId.SOURCE_COLLISION, assertThrows(CityCoopException.class,
            () -> loader().load(List.of(keyed))).id());
        assertTrue(TestProject.isomorphic(before, TestProject.snapshot(store, Set.of())), "nothing replaced");

        Loader.builder().store(store).replace(true).build().load(List.of(other));
        assertEquals(places.toAbsolutePath().toString(), store.read(store::sources).stream()
            .filter(s -> s.key().equals("places")).findFirst().orElseThrow().path());
    }

    @Test
    void theStoresOwnGraphNamesAreNoSourceKeys() throws IOException {
        store = Store.open(temp.resolve("store"));
        Path inferred = Files.copy(TestProject.data().resolve("twins.csv"), temp.resolve("inferred.csv"));
        CityCoopException refused = assertThrows(CityCoopException.class, () -> loader().load(List.of(inferred)));
        assertEquals(ErrorId.SOURCE_COLLISION, refused.id());
        assertTrue(store.isEmpty());
    }

    private static List<Outcome> outcomesOtherThanUnchanged(LoadReport report) {
        return report.sources().stream().map(LoadReport.SourceResult::outcome).filter(o -> o != Outcome.UNCHANGED).toList();
    }
}
