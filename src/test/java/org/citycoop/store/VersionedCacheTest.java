package org.citycoop.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.NodeFactory;
import org.citycoop.Progress;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.junit.jupiter.api.Test;

/** Values kept at one version of the data: given again at it, dropped at the next, within their weight. */
class VersionedCacheTest {

    @Test
    void aValueIsComputedOncePerVersion() {
        VersionedCache<String, List<Integer>> cache = new VersionedCache<>(1, 10, List::size);
        AtomicInteger computed = new AtomicInteger();
        assertEquals(List.of(1, 2), cache.get("a", OptionalLong.of(1), k -> count(computed, List.of(1, 2))));
        assertEquals(List.of(1, 2), cache.get("a", OptionalLong.of(1), k -> count(computed, List.of(9))));
        assertEquals(1, computed.get());
        assertEquals(List.of(3), cache.get("a", OptionalLong.of(2), k -> count(computed, List.of(3))));
        assertNull(cache.kept("a", 1), "a reader of an older version is given nothing kept");
        assertEquals(List.of(4), cache.get("a", OptionalLong.empty(), k -> count(computed, List.of(4))),
            "no version, as in a write transaction: computed every time");
        assertEquals(List.of(3), cache.kept("a", 2));
    }

    @Test
    void theLeastRecentlyUsedGoFirstPastTheWeight() {
        VersionedCache<String, List<Integer>> cache = new VersionedCache<>(2, 10, List::size);
        cache.offer("a", 1, List.of(1, 2, 3, 4));
        cache.offer("b", 1, List.of(1, 2, 3, 4));
        assertEquals(4, cache.kept("a", 1).size());
        cache.offer("c", 1, List.of(1, 2, 3, 4));
        assertNull(cache.kept("b", 1), "the least recently used");
        assertEquals(8, cache.weight());
        cache.offer("d", 1, List.of(1));
        assertNull(cache.kept("d", 1), "too light to be worth keeping");
        cache.offer("e", 1, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        assertNull(cache.kept("e", 1), "heavier than all it may keep");
        assertThrows(IllegalArgumentException.class, () -> new VersionedCache<String, List<Integer>>(5, 4, List::size));
    }

    @Test
    void aCommittedWriteMakesANewReadVersionAndAWriteTransactionHasNone() {
        try (Store store = Store.inMemory()) {
            OptionalLong first = store.read(store::readVersion);
            assertTrue(first.isPresent());
            assertEquals(first, store.read(store::readVersion), "nothing written in between");
            OptionalLong inWrite = store.write(Progress.NONE, () -> {
                store.dataset().add(NodeFactory.createURI(CC.ID + "source/s"), NodeFactory.createURI(CC.ID + "city/c"),
                    Vocab.RDFS_LABEL, NodeFactory.createLiteralString("C"));
                return store.readVersion();
            });
            assertTrue(inWrite.isEmpty());
            assertNotEquals(first, store.read(store::readVersion));
        }
    }

    private static List<Integer> count(AtomicInteger computed, List<Integer> value) {
        computed.incrementAndGet();
        return value;
    }
}
