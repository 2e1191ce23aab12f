package org.citycoop.store;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.citycoop.ontology.CC;

/**
 * The graphs of drafts (sources made by {@code extract}), which the curated view leaves out. As a TDB2 tuple filter
 * (the mechanism of Fuseki's graph-level access control) it drops their quads inside TDB2's own query engine, so
 * the union default graph of the curated view is the union of the other graphs.
 */
final class DraftGraphs implements Predicate<Tuple<NodeId>> {
    private static final Node EXTRACTED = NodeFactory.createURI(CC.METHOD + "extracted");
    private final DatasetGraph base;
    private final DatasetGraph storage;
    private volatile Set<Node> graphs = Set.of();
    private volatile Resolved resolved;

    /** Node ids of the draft graphs in one generation of the TDB2 storage (compaction makes a new one). */
    private record Resolved(DatasetGraphTDB storage, Set<Node> graphs, Set<NodeId> ids) {
    }

    /**
     * @param base    the dataset to read the graph descriptions from
     * @param storage the TDB2 dataset beneath it, whose node ids the filter compares
     */
    DraftGraphs(DatasetGraph base, DatasetGraph storage) {
        this.base = base;
        this.storage = storage;
    }

    /** Reads which graphs hold drafts; call inside a transaction, after every write. */
    void refresh() {
        Set<Node> found = new HashSet<>();
        base.find(Node.ANY, Node.ANY, CC.method, EXTRACTED).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) {
                found.add(q.getGraph());
            }
        });
        graphs = Set.copyOf(found);
    }

    /** Whether a graph holds drafts. */
    boolean contains(Node graph) {
        return graphs.contains(graph);
    }

    boolean isEmpty() {
        return graphs.isEmpty();
    }

    @Override
    public boolean test(Tuple<NodeId> tuple) {
        return tuple.len() != 4 || graphs.isEmpty() || !ids().contains(tuple.get(0));
    }

    private Set<NodeId> ids() {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(storage);
        Resolved now = resolved;
        if (now == null || now.storage() != tdb || now.graphs() != graphs) {
            Set<Node> current = graphs;
            NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
            Set<NodeId> ids = new HashSet<>();
            for (Node graph : current) {
                NodeId id = nodes.getNodeIdForNode(graph);
                if (id != null && !NodeId.isDoesNotExist(id)) {
                    ids.add(id);
                }
            }
            now = new Resolved(tdb, current, Set.copyOf(ids));
            resolved = now;
        }
        return now.ids();
    }
}
