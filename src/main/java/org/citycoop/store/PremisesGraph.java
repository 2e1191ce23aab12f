package org.citycoop.store;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.citycoop.ontology.CC;

/**
 * The union of a dataset's graphs without the inferred graph: what sources state, drafts included. What a write is
 * checked against, before the inferred graph is brought up to date with it at commit: inferences from premises the
 * write took away must not count.
 */
final class PremisesGraph extends GraphBase {
    private final DatasetGraph dataset;

    PremisesGraph(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Iterator<Quad> quads = dataset.findNG(Node.ANY, pattern.getMatchSubject(), pattern.getMatchPredicate(),
            pattern.getMatchObject());
        Iterator<Triple> triples = Iter.map(Iter.filter(quads, q -> !CC.INFERRED_GRAPH.equals(q.getGraph())),
            Quad::asTriple);
        // a triple stated by several sources is one triple
        return WrappedIterator.create(Iter.distinct(triples));
    }

    @Override
    protected boolean graphBaseContains(Triple triple) {
        return graphBaseFind(triple).hasNext();
    }
}
