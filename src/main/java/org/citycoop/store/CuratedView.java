package org.citycoop.store;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphZero;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.sys.SystemTDB;

/**
 * The store as analysts, linked-data consumers and visualisers see it: curated and imported sources, and what
 * follows from them, without drafts. SPARQL runs in TDB2's engine with the drafts' quads filtered out at the scan;
 * the find and stream methods leave them out as well. Writes pass through to the store.
 */
final class CuratedView extends DatasetGraphWrapper {
    private final DraftGraphs drafts;

    CuratedView(DatasetGraph dataset, DraftGraphs drafts) {
        super(dataset, withFilter(dataset.getContext(), drafts));
        this.drafts = drafts;
    }

    private static Context withFilter(Context base, DraftGraphs drafts) {
        Context context = base.copy();
        context.set(SystemTDB.symTupleFilter, drafts);
        return context;
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isUnionGraph(g)) {
            return Iter.map(Iter.distinct(Iter.map(findNG(Node.ANY, s, p, o), Quad::asTriple)),
                t -> Quad.create(Quad.unionGraph, t));
        }
        return visible(super.find(g, s, p, o));
    }

    @Override
    public Iterator<Quad> find() {
        return visible(super.find());
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return visible(super.findNG(g, s, p, o));
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return Iter.filter(super.listGraphNodes(), g -> !drafts.contains(g));
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return !drafts.contains(graphNode) && super.containsGraph(graphNode);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return drafts.contains(graphNode) ? GraphZero.instance() : super.getGraph(graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    private Iterator<Quad> visible(Iterator<Quad> quads) {
        return drafts.isEmpty() ? quads : Iter.filter(quads, q -> !drafts.contains(q.getGraph()));
    }
}
