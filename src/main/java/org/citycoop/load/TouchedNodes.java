package org.citycoop.load;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The nodes a change touched, which a load checks against the shapes: the subjects of the graphs it writes and
 * removes. Past a bound it becomes "everything": a check of the whole store then costs about what a check of that
 * many nodes would, without holding them all in memory.
 */
final class TouchedNodes {
    /** Beyond this many nodes the whole store is checked. */
    static final int LIMIT = 200_000;
    private Set<Node> nodes;

    private TouchedNodes(Set<Node> nodes) {
        this.nodes = nodes;
    }

    /** None yet. */
    static TouchedNodes none() {
        return new TouchedNodes(new HashSet<>());
    }

    /** Everything: for a full check, or when the ontology changed. */
    static TouchedNodes everything() {
        return new TouchedNodes(null);
    }

    /** Adds the subjects of a graph's triples: their descriptions change with the graph. */
    void addSubjectsOf(Graph graph) {
        if (nodes == null) {
            return;
        }
        graph.find().forEachRemaining(t -> nodes.add(t.getSubject()));
        if (nodes.size() > LIMIT) {
            nodes = null;
        }
    }

    boolean isEverything() {
        return nodes == null;
    }

    /** The nodes touched; call only when not {@link #isEverything()}. */
    Set<Node> nodes() {
        return nodes;
    }
}
