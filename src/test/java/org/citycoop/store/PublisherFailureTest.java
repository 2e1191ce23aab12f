package org.citycoop.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void theNextWriteSendsOnlyWhatItWrote() {
        List<java.util.Set<org.apache.jena.graph.Node>> sent = new java.util.ArrayList<>();
        try (Store store = Store.inMemory()) {
            store.publishTo(new Publisher() {
                @Override
                public void publish(DatasetGraph curated, WrittenGraphs written, Progress progress) {
                    java.util.Set<org.apache.jena.graph.Node> graphs = new java.util.HashSet<>(written.wholeGraphs());
                    graphs.addAll(written.listedQuads().keySet());
                    sent.add(graphs);
                    if (sent.size() == 2) {
                        throw new IllegalStateException("the copy refuses");
                    }
                }

                @Override
                public void committed() {
                }
            }, 100);
            Loader loader = Loader.builder().store(store).build();
            loader.load(List.of(TestProject.data().resolve("places.csv")));
            long writes = store.writes();
            assertThrows(IllegalStateException.class,
                () -> loader.load(List.of(TestProject.data().resolve("organisations.yaml"))));
            assertEquals(writes, store.writes(), "a refused write counted as a write");
            loader.load(List.of(TestProject.data().resolve("twins.csv")));
            org.apache.jena.graph.Node refused = org.apache.jena.graph.NodeFactory.createURI(
                org.citycoop.ontology.CC.GRAPH + "organisations");
            assertTrue(sent.get(1).contains(refused), sent.get(1).toString());
            assertFalse(sent.get(2).contains(refused), "the refused write was sent again with the next: " + sent.get(2));
        }
    }
}
