package org.citycoop.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.ontology.CC;

/**
 * Records in the inferred graph which IRI stands for each place several sources name: {@code alias cc:canonical
 * place}. Which IRI is chosen depends on the whole group of places linked by {@code skos:exactMatch} (a new source can
 * bring a better one), so it is not a rule of the derivation; it is chosen again from the links after every
 * derivation, which costs what the links cost, not what the store holds.
 */
final class CanonicalPlaces {
    private CanonicalPlaces() {
    }

    /**
     * Brings the recorded choice up to date with the links in {@code dataset}; call inside a write transaction,
     * after the rules have run. Returns how many triples the inferred graph gained (negative when it lost some).
     */
    static long update(DatasetGraph dataset) {
        Map<Node, Node> wanted = SamePlaces.chosen(dataset).asMap();
        List<Quad> stale = new ArrayList<>();
        dataset.find(CC.INFERRED_GRAPH, Node.ANY, CC.canonical, Node.ANY).forEachRemaining(q -> {
            if (!q.getObject().equals(wanted.get(q.getSubject()))) {
                stale.add(q);
            }
        });
        stale.forEach(dataset::delete);
        long added = 0;
        for (Map.Entry<Node, Node> alias : wanted.entrySet()) {
            Quad quad = Quad.create(CC.INFERRED_GRAPH, alias.getKey(), CC.canonical, alias.getValue());
            if (!dataset.contains(quad)) {
                dataset.add(quad);
                added++;
            }
        }
        return added - stale.size();
    }
}
