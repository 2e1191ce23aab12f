package org.citycoop.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.VOID;
import org.citycoop.CityCoopException;
import org.citycoop.TestProject;
import org.citycoop.load.LoadReport.Outcome;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;

class LoaderTest {
    /** Load times differ between loads; everything else must not. */
    private static final Set<Node> VOLATILE = Set.of(Vocab.PROV_GENERATED_AT_TIME);
    private static final Node BANDUNG_TOYOTA = NodeFactory.createURI(CC.GRAPH + "bandung-toyota-simeulue-2017");

    private static Store loaded(Path data) {
        Store store = Store.open(TestProject.tempDir("citycoop-loader"));
        Loader.builder().store(store).build().load(List.of(data));
        return store;
    }

    @Test
    void loadingTheSameDataTwiceChangesNothing() {
        Store store = loaded(TestProject.data());
        DatasetGraph first = TestProject.snapshot(store, Set.of());
        LoadReport again = Loader.builder().store(store).build().load(List.of(TestProject.data()));
        assertFalse(again.changedAnything());
        assertTrue(again.sources().stream().allMatch(s -> s.outcome() == Outcome.UNCHANGED));
        assertTrue(TestProject.isomorphic(first, TestProject.snapshot(store, Set.of())));
    }

    @Test
    void aLoadReportsEachPhaseWithItsCount() throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        Store store = Store.inMemory();
        Loader.builder().store(store).progress(org.citycoop.Progress.lines(lines::add)).build()
            .load(List.of(TestProject.data()));
        long bytes;
        try (Stream<Path> files = Files.walk(TestProject.data())) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertTrue(lines.contains("reading (6 files)"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("reading done: 6 files in ")), lines.toString());
        assertTrue(lines.contains(String.format("loading (%,d bytes)", bytes)), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(String.format("loading done: %,d bytes in ", bytes))),
            lines.toString());
        String validated = lines.stream().filter(l -> l.startsWith("validating done: ")).findFirst().orElseThrow();
        long nodes = Long.parseLong(validated.replaceAll("^validating done: ([0-9,]+) nodes.*$", "$1").replace(",", ""));
        assertTrue(nodes > 50, validated);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("inferring done: ")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("committing done")), lines.toString());
        List<String> order = lines.stream().filter(l -> l.contains(" done: ")).map(l -> l.substring(0, l.indexOf(' ')))
            .toList();
        assertEquals(List.of("reading", "loading", "validating", "inferring", "committing"), order);
        store.close();
    }

    /**
     * A load keeps only the keys of what it read and reads each file again as it writes it: a file changed in
     * between is refused, at that file, and nothing is written.
     */
    @Test
    void aFileChangedBetweenReadingAndWritingIsRefusedAndNothingIsWritten() throws IOException {
        Path data = copyOfData();
        Path twins = data.resolve("twins.csv");
        String original = Files.readString(twins);
        Store store = Store.inMemory();
        Loader loader = Loader.builder().store(store).progress(org.citycoop.Progress.lines(line -> {
            if (line.startsWith("loading (")) {
                rewrite(twins, original.replace("Bandung", "Bandoeng"));
            }
        })).build();
        CityCoopException refused = assertThrows(CityCoopException.class, () -> loader.load(List.of(data)));
        assertEquals(org.citycoop.ErrorId.UNREADABLE_INPUT, refused.id());
        assertTrue(refused.getMessage().contains(twins.toString()),
            refused.getMessage());
        assertTrue(refused.getMessage().contains("changed while it was being loaded"), refused.getMessage());
        assertTrue(store.read(store::sources).isEmpty());
        store.close();
    }

    private static void rewrite(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFileGivenAloneIsKnownByItsPathAndReplacesOnlyItsSource() throws IOException {
        Path data = copyOfData();
        Store store = loaded(data);
        Path twins = data.resolve("twins.csv");
        assertEquals(List.of(), readWhenLoading(store, twins), "an unchanged file given alone was parsed");
        Files.writeString(twins, Files.readString(twins).replace("Listed among", "Named among"));
        List<String> steps = new java.util.ArrayList<>();
        LoadReport report = Loader.builder().store(store).progress(org.citycoop.Progress.lines(steps::add)).build()
            .load(List.of(twins));
        assertEquals(List.of("reading: " + twins), steps.stream().filter(s -> s.startsWith("reading: ")).toList());
        assertEquals(List.of(Outcome.REPLACED), report.sources().stream().map(LoadReport.SourceResult::outcome).toList());
        assertEquals(6, store.read(store::sources).size(), "the other sources stay");
    }

    @Test
    void onlyTheFilesThatChangedAreReadAgain() throws IOException {
        Path data = copyOfData();
        Store store = loaded(data);
        List<String> steps = new java.util.ArrayList<>();
        Loader.builder().store(store).progress(org.citycoop.Progress.lines(steps::add)).build().load(List.of(data));
        assertEquals(List.of(), steps.stream().filter(s -> s.startsWith("reading: ")).toList(), "unchanged files were parsed");
        Path twins = data.resolve("twins.csv");
        Files.writeString(twins, Files.readString(twins).replace("Listed among", "Named among"));
        steps.clear();
        LoadReport report = Loader.builder().store(store).progress(org.citycoop.Progress.lines(steps::add)).build().load(List.of(data));
        assertEquals(List.of("reading: " + twins), steps.stream().filter(s -> s.startsWith("reading: ")).toList());
        assertEquals(1, report.sources().stream().filter(s -> s.outcome() == Outcome.REPLACED).count());
        assertEquals(6, report.sources().size());
    }

    @Test
    void aFileIsReadAgainWhenItsSizeOrTimeChangesAndParsedOnlyWhenItsBytesDid() throws IOException {
        Path data = copyOfData();
        Store store = loaded(data);
        Path places = data.resolve("places.csv");
        FileTime loadedAt = Files.getLastModifiedTime(places);
        // the same bytes, touched: read for its digest, not parsed
        Files.setLastModifiedTime(places, FileTime.from(loadedAt.toInstant().plusSeconds(60)));
        assertEquals(List.of(), readWhenLoading(store, data));
        // other bytes of the same size at the time of the last load: the stamp is unchanged, so the file is skipped
        // (as make and rsync skip it); what is stored stays as it was loaded
        String text = Files.readString(places);
        Files.writeString(places, text.replace("Bandung", "Bandunk"));
        Files.setLastModifiedTime(places, loadedAt);
        assertEquals(List.of(), readWhenLoading(store, data));
        // the same change at a later time: parsed and loaded
        Files.setLastModifiedTime(places, FileTime.from(loadedAt.toInstant().plusSeconds(120)));
        assertEquals(List.of("reading: " + places), readWhenLoading(store, data));
        assertTrue(TestProject.count(store, Node.ANY, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("Bandunk", "en"))
            + TestProject.count(store, Node.ANY, Vocab.RDFS_LABEL, NodeFactory.createLiteralString("Bandunk")) > 0,
            "the changed label was loaded");
    }

    private static List<String> readWhenLoading(Store store, Path data) {
        List<String> steps = new java.util.ArrayList<>();
        Loader.builder().store(store).progress(org.citycoop.Progress.lines(steps::add)).build().load(List.of(data));
        return steps.stream().filter(s -> s.startsWith("reading: ")).toList();
    }

    @Test
    void twoStoresLoadedFromTheSameDataHoldTheSameGraphs() {
        DatasetGraph one = TestProject.snapshot(loaded(TestProject.data()), VOLATILE);
        DatasetGraph two = TestProject.snapshot(loaded(TestProject.data()), VOLATILE);
        assertTrue(TestProject.isomorphic(one, two), "IRIs and triples must not depend on the run");
    }

    @Test
    void aChangedSourceReplacesItsGraphOnly() throws IOException {
        Path data = copyOfData();
        Store store = loaded(data);
        DatasetGraph before = TestProject.snapshot(store, Set.of());
        Path article = data.resolve("seeds/bandung-toyota-simeulue-2017.yaml");
        Files.writeString(article, Files.readString(article).replace("status: exploring", "status: active"));

        LoadReport report = Loader.builder().store(store).build().load(List.of(data));

        assertEquals(List.of(Outcome.REPLACED), report.sources().stream().map(LoadReport.SourceResult::outcome)
            .filter(o -> o != Outcome.UNCHANGED).toList());
        DatasetGraph after = TestProject.snapshot(store, Set.of());
        after.listGraphNodes().forEachRemaining(graph -> {
            boolean same = IsoMatcher.isomorphic(before.getGraph(graph), after.getGraph(graph));
            boolean mayChange = graph.equals(BANDUNG_TOYOTA) || graph.equals(CC.INFERRED_GRAPH);
            assertTrue(same || mayChange, "graph changed: " + graph);
            if (graph.equals(BANDUNG_TOYOTA)) {
                assertFalse(same, "the changed source's graph was not replaced");
            }
        });
        Node cooperation = NodeFactory.createURI(CC.ID + "cooperation/bandung-toyota-cooperation");
        assertEquals(1, TestProject.count(store, cooperation, CC.status, NodeFactory.createURI(CC.STATUS + "active")));
        assertEquals(0, TestProject.count(store, cooperation, CC.status, NodeFactory.createURI(CC.STATUS + "exploring")));
    }

    @Test
    void aTrialLoadChecksEverythingAndWritesNothing() {
        Store store = loaded(TestProject.data());
        DatasetGraph before = TestProject.snapshot(store, Set.of());
        Path visit = TestProject.home().resolve("src/test/resources/formats/visit.yaml");
        LoadReport report = Loader.builder().store(store).trial(true).build().load(List.of(visit));
        assertFalse(report.committed());
        assertEquals(Outcome.LOADED, report.sources().get(0).outcome());
        assertTrue(TestProject.isomorphic(before, TestProject.snapshot(store, Set.of())));
        Path bad = TestProject.home().resolve("src/test/resources/errors/shape-one-party/input.yaml");
        assertThrows(CityCoopException.class, () -> Loader.builder().store(store).trial(true).build().load(List.of(bad)));
    }

    @Test
    void yamlAndJsonRecordsOfTheSameThingsGiveTheSameGraph() {
        Path formats = TestProject.home().resolve("src/test/resources/formats");
        Graph fromYaml = sourceGraph(formats.resolve("visit.yaml"));
        Graph fromJson = sourceGraph(formats.resolve("visit.json"));
        assertTrue(fromYaml.size() > 30, "triples: " + fromYaml.size());
        assertTrue(IsoMatcher.isomorphic(fromYaml, fromJson), "YAML and JSON records differ");
    }

    private static Graph sourceGraph(Path file) {
        Store store = loaded(TestProject.data());
        Loader.builder().store(store).build().load(List.of(file));
        Set<Node> fileSpecific = Set.of(VOLATILE.iterator().next(), CC.contentDigest, CC.loadedFrom, CC.filePath, CC.fileStamp);
        return TestProject.copy(TestProject.snapshot(store, fileSpecific), Set.of())
            .getGraph(NodeFactory.createURI(CC.GRAPH + "format-check"));
    }

    @Test
    void everySourceGraphCarriesItsProvenance() {
        Store store = TestProject.dataStore();
        Node graph = BANDUNG_TOYOTA;
        Node source = NodeFactory.createURI(CC.ID + "source/bandung-toyota-simeulue-2017");
        assertEquals(1, TestProject.count(store, graph, Vocab.PROV_WAS_DERIVED_FROM, source));
        assertEquals(1, TestProject.count(store, graph, CC.method, NodeFactory.createURI(CC.METHOD + "curated")));
        assertEquals(1, TestProject.count(store, graph, Vocab.PROV_GENERATED_AT_TIME, Node.ANY));
        assertEquals(1, TestProject.count(store, source, Vocab.RDF_TYPE, CC.NewsArticle));
        Node tenure = NodeFactory.createURI(CC.ID + "tenure/hasrul-edyar/bupati-simeulue");
        Node excerpt = NodeFactory.createURI(CC.ID + "source/bandung-toyota-simeulue-2017/excerpt/t18");
        boolean inItsGraph = store.read(() -> store.dataset().contains(graph, tenure, CC.statedIn, excerpt));
        assertTrue(inItsGraph, "a statement's evidence lives in its source's graph");
    }

    @Test
    void everySourceGraphStatesHowManyTriplesItsSourceStated() {
        Store store = TestProject.dataStore();
        List<Node> graphs = store.read(() -> store.dataset().stream(Node.ANY, Node.ANY, Vocab.RDF_TYPE, CC.SourceGraph)
            .map(Quad::getSubject).distinct().toList());
        assertTrue(graphs.size() >= 6, "source graphs: " + graphs);
        for (Node graph : graphs) {
            long[] counted = store.read(() -> new long[] {
                store.dataset().stream(graph, Node.ANY, Node.ANY, Node.ANY).filter(q -> !q.getSubject().equals(graph))
                    .count(),
                Long.parseLong(store.dataset().stream(graph, graph, VOID.triples.asNode(), Node.ANY).findFirst()
                    .orElseThrow().getObject().getLiteralLexicalForm())});
            assertEquals(counted[0], counted[1], "void:triples of " + graph);
        }
    }

    @Test
    void theInferredGraphHoldsTheEntailmentsAnalystsUse() {
        Store store = TestProject.dataStore();
        Node bandung = NodeFactory.createURI(CC.ID + "city/bandung");
        Node simeulue = NodeFactory.createURI(CC.ID + "regency/simeulue");
        Node indonesia = NodeFactory.createURI(CC.ID + "country/indonesia");
        Node gedebage = NodeFactory.createURI(CC.ID + "district/gedebage");
        boolean inferred = store.read(() -> store.dataset().contains(CC.INFERRED_GRAPH, simeulue, CC.cooperatesWith, bandung));
        assertTrue(inferred, "the derived cooperation lives in the inferred graph");
        assertEquals(1, TestProject.count(store, bandung, CC.cooperatesWith, simeulue), "symmetric");
        assertEquals(1, TestProject.count(store, gedebage, CC.locatedIn, indonesia), "transitive place hierarchy");
        assertEquals(1, TestProject.count(store, indonesia, CC.contains, gedebage), "inverse");
        assertEquals(1, TestProject.count(store, bandung, Vocab.RDF_TYPE, CC.Place), "super-class");
        assertEquals(1, TestProject.count(store, NodeFactory.createURI(CC.ID + "person/hasrul-edyar"), CC.officialOf, simeulue),
            "officials of a place");
        assertEquals(0, TestProject.count(store, NodeFactory.createURI(CC.ID + "person/masaki-umejima"), CC.officialOf, Node.ANY),
            "an alliance's advisor is no official of its member cities");
        assertEquals(0, TestProject.count(store, NodeFactory.createURI(CC.ID + "city/kyoto"), CC.cooperatesWith,
            NodeFactory.createURI(CC.ID + "city/yokohama")), "alliance members are not partners of each other");
    }

    @Test
    void anRdfFileLoadsIntoItsOwnGraphAndTakesPartInInference() {
        Store store = loaded(TestProject.data());
        Path turtle = TestProject.home().resolve("src/test/resources/formats/links.ttl");
        LoadReport report = Loader.builder().store(store).build().load(List.of(turtle));
        assertEquals(Outcome.LOADED, report.sources().get(0).outcome());
        Node graph = NodeFactory.createURI(CC.GRAPH + "links");
        Node balikpapan = NodeFactory.createURI(CC.ID + "city/balikpapan");
        Node bandung = NodeFactory.createURI(CC.ID + "city/bandung");
        assertEquals(1, TestProject.count(store, balikpapan, CC.cooperatesWith, bandung));
        assertEquals(1, TestProject.count(store, graph, CC.method, NodeFactory.createURI(CC.METHOD + "imported")));
        long blankTopics = store.read(() -> store.dataset().getGraph(graph).stream(Node.ANY, CC.topic, Node.ANY)
            .filter(t -> t.getObject().isBlank()).count());
        assertEquals(1, blankTopics);
    }

    @Test
    void twoFilesWithOneSourceKeyAreRefused() throws IOException {
        Path folder = TestProject.tempDir("citycoop-same-key");
        Files.copy(TestProject.data().resolve("places.csv"), folder.resolve("places.csv"));
        Files.createDirectories(folder.resolve("more"));
        Files.copy(TestProject.data().resolve("places.csv"), folder.resolve("more/places.csv"));
        Store store = Store.open(TestProject.tempDir("citycoop-same-key-store"));
        CityCoopException error = assertThrows(CityCoopException.class,
            () -> Loader.builder().store(store).build().load(List.of(folder)));
        assertTrue(error.getMessage().contains("source key 'places'"), error.getMessage());
        assertTrue(store.isEmpty());
        assertNotEquals(0, Files.size(folder.resolve("places.csv")));
    }

    static Path copyOfData() throws IOException {
        Path copy = TestProject.tempDir("citycoop-data-copy");
        try (Stream<Path> files = Files.walk(TestProject.data())) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(TestProject.data().relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return copy;
    }
}
