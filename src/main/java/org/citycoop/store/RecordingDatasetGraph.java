package org.citycoop.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * The store's dataset beneath every writer (loads, derivations, SPARQL Update), noting in {@link WrittenGraphs} what
 * each write transaction wrote, while a copy of the store elsewhere is kept ({@link Store#publishTo}). Without one
 * it only passes writes on.
 */
final class RecordingDatasetGraph extends DatasetGraphWrapper {
    private static final int SLICE = 10_000;
    private volatile WrittenGraphs written;

    RecordingDatasetGraph(DatasetGraph base) {
        super(base);
    }

    /** Starts noting writes into {@code into}; null stops. */
    void recordInto(WrittenGraphs into) {
        this.written = into;
    }

    @Override
    public void add(Quad quad) {
        add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        WrittenGraphs into = written;
        if (into != null) {
            into.quad(Quad.create(g, s, p, o));
        }
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        WrittenGraphs into = written;
        if (into != null) {
            into.quad(Quad.create(g, s, p, o));
        }
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        WrittenGraphs into = written;
        if (into == null) {
            super.deleteAny(g, s, p, o);
        } else if (g.isConcrete() && !s.isConcrete() && !p.isConcrete() && !o.isConcrete()) {
            into.graph(g);
            super.deleteAny(g, s, p, o);
        } else {
            deleteNoting(g, s, p, o);
        }
    }

    /** Deletes by pattern in slices, noting each quad: finding and deleting at once is not allowed. */
    private void deleteNoting(Node g, Node s, Node p, Node o) {
        List<Quad> slice;
        do {
            slice = new ArrayList<>(SLICE);
            Iterator<Quad> found = find(g, s, p, o);
            while (found.hasNext() && slice.size() < SLICE) {
                slice.add(found.next());
            }
            slice.forEach(this::delete);
        } while (slice.size() == SLICE);
    }

    @Override
    public void removeGraph(Node graphName) {
        deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        removeGraph(graphName);
        graph.find().forEachRemaining(t -> add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void clear() {
        WrittenGraphs into = written;
        if (into != null) {
            into.everything();
        }
        super.clear();
    }

    /** Graph views whose writes come back here, so that they are noted too. */
    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }
}
