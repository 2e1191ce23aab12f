package org.citycoop.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.TestProject;
import org.citycoop.load.Loader;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search reads a Lucene index of labels that every write keeps in step, in the same transaction: a label added,
 * changed or removed is found (or no longer found) as soon as the write commits, a write that aborts leaves the
 * index as it was, and a store without the index (or with one whose building was cut short) gets it built from
 * its labels when opened.
 */
class LabelSearchTest {
    private static final Node BANDUNG = NodeFactory.createURI(CC.ID + "city/bandung");

    @TempDir
    Path temp;

    @Test
    void writesKeepTheIndexInStepAndAStoreWithoutOneGetsItBuilt() throws IOException {
        Path folder = temp.resolve("store");
        Node added = NodeFactory.createURI(CC.ID + "city/zzyzx");
        try (Store store = Store.open(folder)) {
            Loader.builder().store(store).build().load(List.of(TestProject.data()));
            assertEquals(BANDUNG, first(store, "bandung"));
            assertEquals(BANDUNG, first(store, "Bändung"), "accents are folded");
            Quad label = Quad.create(NodeFactory.createURI(CC.GRAPH + "scratch"), added, Vocab.RDFS_LABEL,
                NodeFactory.createLiteralLang("Zzyzx Springs", "en"));
            store.write(org.citycoop.Progress.NONE, () -> {
                store.dataset().add(label);
                return null;
            });
            assertEquals(added, first(store, "zzyz spr"));
            try {
                store.write(org.citycoop.Progress.NONE, () -> {
                    store.dataset().delete(label);
                    throw new IllegalStateException("abort");
                });
            } catch (IllegalStateException expected) {
                // the write aborted: the label stays, in the store and in the index
            }
            assertEquals(added, first(store, "zzyzx"));
            store.write(org.citycoop.Progress.NONE, () -> {
                store.dataset().delete(label);
                return null;
            });
            assertEquals(List.of(), store.read(() -> store.searchLabels("zzyzx", 5)));
            // an IRI longer than a Lucene term may be: stored, and not found by search
            Node huge = NodeFactory.createURI(CC.ID + "city/" + "q".repeat(40_000));
            store.write(org.citycoop.Progress.NONE, () -> {
                store.dataset().add(Quad.create(NodeFactory.createURI(CC.GRAPH + "scratch"), huge, Vocab.RDFS_LABEL,
                    NodeFactory.createLiteralString("Qqqville")));
                return null;
            });
            assertEquals(List.of(), store.read(() -> store.searchLabels("qqqville", 5)));
            assertTrue(store.read(() -> store.dataset().contains(Node.ANY, huge, Vocab.RDFS_LABEL, Node.ANY)));
        }
        deleteTree(folder.resolve("labels"));
        try (Store store = Store.open(folder)) {
            assertEquals(BANDUNG, first(store, "band"), "the index is built again from the store's labels");
        }
        // an index whose building was cut short: committed, but with no label in it and not marked complete
        deleteTree(folder.resolve("labels"));
        try (org.apache.lucene.index.IndexWriter cut = new org.apache.lucene.index.IndexWriter(
                org.apache.lucene.store.FSDirectory.open(folder.resolve("labels")),
                new org.apache.lucene.index.IndexWriterConfig())) {
            cut.commit();
        }
        try (Store store = Store.open(folder)) {
            assertEquals(BANDUNG, first(store, "band"), "a half-built index is built again");
        }
    }

    private static Node first(Store store, String text) {
        List<Node> found = store.read(() -> store.searchLabels(text, 5));
        assertTrue(!found.isEmpty(), "nothing found for " + text);
        return found.get(0);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
