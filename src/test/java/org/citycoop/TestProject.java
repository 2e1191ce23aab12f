package org.citycoop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.citycoop.load.Loader;
import org.citycoop.store.Store;

/** Paths of the project and helpers shared by the tests: stores loaded from data/, dataset comparison. */
public final class TestProject {
    private static Store dataStore;
    private static Store twinTownStore;
    private static final List<Path> TEMP_DIRS = new ArrayList<>();

    private TestProject() {
    }

    /** The project folder (Maven sets citycoop.home; elsewhere the working directory). */
    public static Path home() {
        return Path.of(System.getProperty("citycoop.home", ".")).toAbsolutePath().normalize();
    }

    public static Path data() {
        return home().resolve("data");
    }

    public static Path queries() {
        return home().resolve("queries");
    }

    /** The shared public data beside the project, which tests may read but never copy in. */
    public static Path shared() {
        return home().resolveSibling("shared");
    }

    /** One store loaded from data/, shared by the tests that only read. */
    public static synchronized Store dataStore() {
        if (dataStore == null) {
            dataStore = Store.open(tempDir("citycoop-data-store"));
            Loader.builder().store(dataStore).build().load(List.of(data()));
        }
        return dataStore;
    }

    /**
     * A store holding data/, the sample GeoNames places, the sample Wikipedia and Wikidata twin-town tables
     * (src/test/resources/twin-towns) and the figures of its network, shared by the tests that read it; do not close it.
     */
    public static synchronized Store twinTownStore() {
        if (twinTownStore == null) {
            twinTownStore = Store.open(tempDir("citycoop-twin-town-store"));
            loadTwinTownSamples(twinTownStore);
        }
        return twinTownStore;
    }

    /**
     * Loads into a store data/, the sample GeoNames places, the sample Wikipedia and Wikidata twin-town tables
     * (src/test/resources/twin-towns) and the figures of its network, as {@link #twinTownStore()} holds them.
     */
    public static void loadTwinTownSamples(Store store) {
        loadTwinTownSamples(store, data());
    }

    /** As {@link #loadTwinTownSamples(Store)}, with the curated records read from {@code records} (a copy of data/). */
    public static void loadTwinTownSamples(Store store, Path records) {
        Path samples = home().resolve("src/test/resources/twin-towns");
        Loader.builder().store(store).build().load(List.of(records));
        loadInto(store, new org.citycoop.load.gazetteer.GazetteerSource(samples.resolve("geonames.csv"), "sample"));
        var resolver = new org.citycoop.load.resolve.PlaceResolver(org.citycoop.load.resolve.StoreGazetteer.read(store));
        loadInto(store, new org.citycoop.load.twins.TwinTownSource(samples.resolve("twin-towns.csv"), "sample",
            resolver));
        var gazetteer = org.citycoop.load.resolve.StoreGazetteer.read(store);
        loadInto(store, new org.citycoop.load.twins.WikidataTwinSource(samples.resolve("wikidata-relations.tsv"),
            samples.resolve("wikidata-names.tsv"), "sample", new org.citycoop.load.resolve.PartnerResolver(
                new org.citycoop.load.resolve.PlaceResolver(gazetteer), gazetteer)));
        loadInto(store, new org.citycoop.graph.NetworkFiguresSource(org.citycoop.graph.NetworkFigures.of(
            org.citycoop.graph.PlaceNetwork.read(store))));
    }

    private static void loadInto(Store store, org.citycoop.load.Source source) {
        Loader.builder().store(store).build().loadSources(List.of(source));
    }

    /** A new folder under the system's temporary folder, deleted with all it holds when the tests' JVM ends. */
    public static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            synchronized (TEMP_DIRS) {
                if (TEMP_DIRS.isEmpty()) {
                    Runtime.getRuntime().addShutdownHook(new Thread(TestProject::deleteTempDirs));
                }
                TEMP_DIRS.add(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The folders hold links to ../shared: the walk deletes a link itself and never follows it.
    private static void deleteTempDirs() {
        synchronized (TEMP_DIRS) {
            for (Path dir : TEMP_DIRS) {
                try {
                    PathUtils.deleteDirectory(dir);
                } catch (IOException e) {
                    System.err.println("could not delete " + dir + ": " + e);
                }
            }
        }
    }

    /** A copy of a store's quads in memory, leaving out quads whose predicate is in {@code ignored}. */
    public static DatasetGraph snapshot(Store store, Set<Node> ignored) {
        return Txn.calculateRead(store.dataset(), () -> copy(store.dataset(), ignored));
    }

    public static DatasetGraph copy(DatasetGraph source, Set<Node> ignored) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        try (Stream<Quad> quads = source.stream()) {
            quads.filter(q -> !ignored.contains(q.getPredicate())).forEach(copy::add);
        }
        return copy;
    }

    /** Whether two datasets have the same named graphs, each isomorphic to its counterpart. */
    public static boolean isomorphic(DatasetGraph a, DatasetGraph b) {
        return IsoMatcher.isomorphic(a, b);
    }

    /** A triple pattern count in the union of a store, for short assertions. */
    public static long count(Store store, Node s, Node p, Node o) {
        return store.read(() -> store.dataset().getUnionGraph().stream(s, p, o).count());
    }
}
