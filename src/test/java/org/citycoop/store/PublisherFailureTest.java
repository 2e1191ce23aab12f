package org.citycoop.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.citycoop.Progress;
import org.citycoop.TestProject;
import org.citycoop.load.Loader;
import org.junit.jupiter.api.Test;

/** A write whose copy elsewhere fails is not made, and the transaction is ended so the store goes on working. */
class PublisherFailureTest {
    @Test
    void aWriteThatItsCopyRefusesIsNotMade() {
        try (Store store = Store.inMemory()) {
            store.publishTo(new Publisher() {
                @Override
                public void publish(DatasetGraph curated, WrittenGraphs written, Progress progress) {
                    throw new IllegalStateException("the copy refuses");
                }

                @Override
                public void committed() {
                }
            }, 100);
            Loader loader = Loader.builder().store(store).build();
            assertThrows(IllegalStateException.class, () -> loader.load(List.of(TestProject.data())));
            assertFalse(store.dataset().isInTransaction(), "the failed write was left open");
            assertEquals(0, store.read(store::sources).size());
        }
    }
}
