package org.citycoop.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.citycoop.TestProject;
import org.junit.jupiter.api.Test;

/** The counts of a store read from the sizes its graphs record equal the counts of their quads. */
class StatisticsTest {
    @Test
    void theRecordedSizesAreTheGraphsQuads() {
        Store store = TestProject.twinTownStore();
        Statistics recorded = Statistics.ofGraphs(store);
        Map<String, Long> counted = new HashMap<>();
        store.read(() -> {
            store.curated().listGraphNodes().forEachRemaining(graph -> counted.put(graph.toString(),
                store.curated().stream(graph, Node.ANY, Node.ANY, Node.ANY).count()));
            return counted;
        });
        assertTrue(recorded.graphs().size() >= 8, recorded.graphs().toString());
        recorded.graphs().forEach(graph -> assertEquals(counted.get(graph.name()), graph.count(), graph.name()));
        assertEquals(counted.values().stream().mapToLong(Long::longValue).sum(), recorded.quads());
    }
}
