package org.citycoop.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.ontology.CC;

/**
 * The quads one write transaction added and removed, net of each other: a graph removed and written again with
 * one triple changed leaves that triple, not the graph. Beyond a bound it only records that everything must be
 * derived again. Used by one write transaction at a time (TDB2 has one writer).
 */
final class ChangeLog {
    /** How each recorded quad stands against the start of the transaction. */
    private enum Change {
        /** present now; maybe absent before */
        ADDED,
        /** present before, absent now */
        REMOVED,
        /** absent now; maybe absent before too */
        MAYBE_REMOVED
    }

    private final int limit;
    private final Map<Quad, Change> quads = new HashMap<>();
    private boolean rebuild;

    ChangeLog(int limit) {
        this.limit = limit;
    }

    /** Notes a quad added (whether or not it was there). */
    void added(Quad quad) {
        if (rebuild) {
            return;
        }
        Change before = quads.get(quad);
        if (before == Change.REMOVED) {
            quads.remove(quad);
        } else {
            note(quad, Change.ADDED);
        }
    }

    /** Notes a quad removed that was present. */
    void removed(Quad quad) {
        if (rebuild) {
            return;
        }
        Change before = quads.get(quad);
        note(quad, before == null || before == Change.REMOVED ? Change.REMOVED : Change.MAYBE_REMOVED);
    }

    /** Asks for everything to be derived again, whatever else was written. */
    void rebuild() {
        rebuild = true;
        quads.clear();
    }

    /**
     * Whether everything must be derived again: asked for, too much changed, or the change alters what the rules
     * mean: the ontology, the inferred graph itself, or whether a graph is a draft.
     */
    boolean needsRebuild() {
        return rebuild || quads.keySet().stream().anyMatch(ChangeLog::changesRules) || switchesMethod();
    }

    /**
     * Whether a graph that stays changed how its statements were made: from a draft to curated, its unchanged
     * statements become premises. A graph that comes or goes with its method needs no more than its statements.
     */
    private boolean switchesMethod() {
        Map<org.apache.jena.graph.Node, Change> methods = new HashMap<>();
        for (Map.Entry<Quad, Change> entry : quads.entrySet()) {
            if (entry.getKey().getPredicate().equals(CC.method)) {
                boolean added = entry.getValue() == Change.ADDED;
                Change other = methods.put(entry.getKey().getGraph(), entry.getValue());
                if (other != null && (other == Change.ADDED) != added) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether it stopped noting changes (asked to, or beyond its bound): then writes need not be noted at all. */
    boolean stopped() {
        return rebuild;
    }

    boolean isEmpty() {
        return !rebuild && quads.isEmpty();
    }

    void clear() {
        rebuild = false;
        quads.clear();
    }

    /** The triples added to the graphs {@code counted} accepts. */
    List<Triple> addedTriples(Predicate<org.apache.jena.graph.Node> counted) {
        return triples(counted, true);
    }

    /** The triples removed from the graphs {@code counted} accepts. */
    List<Triple> removedTriples(Predicate<org.apache.jena.graph.Node> counted) {
        return triples(counted, false);
    }

    private List<Triple> triples(Predicate<org.apache.jena.graph.Node> counted, boolean added) {
        List<Triple> triples = new ArrayList<>();
        quads.forEach((quad, change) -> {
            if ((change == Change.ADDED) == added && counted.test(quad.getGraph())) {
                triples.add(quad.asTriple());
            }
        });
        return triples;
    }

    private void note(Quad quad, Change change) {
        quads.put(quad, change);
        if (quads.size() > limit) {
            rebuild();
        }
    }

    private static boolean changesRules(Quad quad) {
        return quad.getGraph().equals(CC.INFERRED_GRAPH) || quad.getGraph().equals(CC.ONTOLOGY_GRAPH);
    }
}
