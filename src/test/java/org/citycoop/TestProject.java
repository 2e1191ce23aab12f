package org.citycoop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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

    public static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
