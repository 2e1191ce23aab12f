package org.citycoop.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.ontology.CC;

/**
 * What one write transaction wrote, as a copy of the store elsewhere needs it: the quads it added or removed in each
 * graph, or only that a graph changed as a whole when it was removed or rewritten, or too much of it changed to be
 * worth listing. Whether a listed quad was added or removed is read from the store when the transaction ends, so
 * a quad added and removed again is simply not there. Only CityCoop's named graphs count; the graph that holds
 * removed triples during a derivation is empty again when it commits.
 */
public final class WrittenGraphs {
    private final int listedPerGraph;
    private final Map<Node, Set<Quad>> listed = new HashMap<>();
    private final Set<Node> whole = new HashSet<>();
    private final Set<Node> outside = new HashSet<>();
    private boolean everything;

    /** @param listedPerGraph how many quads of one graph are listed before the graph counts as changed as a whole */
    WrittenGraphs(int listedPerGraph) {
        this.listedPerGraph = listedPerGraph;
    }

    /** Notes a quad written (added or removed). */
    void quad(Quad quad) {
        Node graph = quad.getGraph();
        noteOutside(graph);
        if (everything || !counts(graph) || whole.contains(graph)) {
            return;
        }
        // a blank node cannot be named in an update that removes it elsewhere, and a graph whose method changes may
        // turn from a draft (kept out of copies) into a source: such graphs are sent whole
        if (quad.getSubject().isBlank() || quad.getObject().isBlank() || quad.getPredicate().equals(CC.method)) {
            graph(graph);
            return;
        }
        Set<Quad> quads = listed.computeIfAbsent(graph, g -> new LinkedHashSet<>());
        quads.add(quad);
        if (quads.size() > listedPerGraph) {
            graph(graph);
        }
    }

    /** Notes a graph changed as a whole (removed, or rewritten from nothing). */
    void graph(Node graph) {
        noteOutside(graph);
        if (!everything && counts(graph)) {
            listed.remove(graph);
            whole.add(graph);
        }
    }

    /** Notes that anything may have changed (the dataset was cleared, or a copy is made from nothing). */
    public void everything() {
        everything = true;
        listed.clear();
        whole.clear();
    }

    /** Notes a graph that a copy does not keep, other than the one a derivation empties. */
    private void noteOutside(Node graph) {
        if (!counts(graph) && !graph.equals(CC.RETRACTING_GRAPH)) {
            outside.add(graph);
        }
    }

    /**
     * The graphs written that a copy does not keep: the default graph, and graphs outside CityCoop's (written over
     * HTTP). A copy refuses such a write rather than let the two stores differ.
     */
    public Set<Node> outside() {
        return Set.copyOf(outside);
    }

    /** Whether the whole store is to be sent. */
    public boolean isEverything() {
        return everything;
    }

    /** The graphs changed as a whole. */
    public Set<Node> wholeGraphs() {
        return Set.copyOf(whole);
    }

    /** The graphs with listed quads, each with the quads written in it. */
    public Map<Node, Set<Quad>> listedQuads() {
        return Map.copyOf(listed);
    }

    /** Whether nothing was written. */
    public boolean isEmpty() {
        return !everything && whole.isEmpty() && listed.isEmpty() && outside.isEmpty();
    }

    void clear() {
        everything = false;
        listed.clear();
        whole.clear();
        outside.clear();
    }

    /** Whether a graph is one of CityCoop's named graphs that a copy keeps (not the one a derivation empties). */
    static boolean counts(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(CC.GRAPH) && !graph.equals(CC.RETRACTING_GRAPH);
    }
}
