package org.citycoop.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.citycoop.CityCoopException;
import org.citycoop.Progress;
import org.citycoop.TestProject;
import org.citycoop.load.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of N-Quads kept a copy of the store: the store's graphs after every write, untouched by a failed one. */
class NQuadsCopyTest {
    @TempDir
    Path temp;

    @Test
    void theFileHoldsTheStoreAfterEveryWriteAndNothingOfAFailedOne() throws IOException {
        Path file = temp.resolve("copy.nq.gz");
        try (Store store = Store.open(temp.resolve("store"))) {
            NQuadsCopy.attach(store, file, Progress.NONE);
            assertTrue(Files.exists(file), "a copy is written when it is kept");
            Loader.builder().store(store).build().load(List.of(TestProject.data()));
            assertTrue(IsoMatcher.isomorphic(graphsOf(store), read(file)), "the copy differs from the store");

            byte[] before = Files.readAllBytes(file);
            Path broken = temp.resolve("broken.csv");
            Files.writeString(broken, "key,type,name\nnowhere,Nowhere,Nowhere\n");
            assertThrows(CityCoopException.class, () -> Loader.builder().store(store).build().load(List.of(broken)));
            assertArrayEquals(before, Files.readAllBytes(file), "a failed load changed the copy");
        }
    }

    private static DatasetGraph graphsOf(Store store) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(store.dataset(), () -> store.curated().find().forEachRemaining(quad -> {
            if (WrittenGraphs.counts(quad.getGraph())) {
                copy.add(quad);
            }
        }));
        return copy;
    }

    private static DatasetGraph read(Path file) {
        DatasetGraph copy = DatasetGraphFactory.create();
        org.apache.jena.riot.RDFDataMgr.read(copy, file.toString());
        return copy;
    }
}
