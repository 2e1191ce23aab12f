package org.citycoop.store.remote;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphQuads;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.TransactionalLock;
import org.apache.jena.sparql.engine.binding.Binding;
import org.citycoop.Resources;
import org.citycoop.ontology.CC;

/**
 * A remote SPARQL store seen as a read-only Jena dataset. SPARQL queries over it are sent to the store whole
 * ({@link RemoteQueryEngine}); the find methods, which pages use to read one resource's statements, become a SELECT
 * each, but for a thing's statements, read whole once per transaction ({@link ReadCache}). Its default graph is the store's (the union of its graphs in Fuseki configured for CityCoop, and in
 * Virtuoso). Only CityCoop's graphs are listed. Writes are refused: a remote store is written through a local store
 * that keeps it a copy ({@link RemoteCopy}).
 */
public final class RemoteDatasetGraph extends DatasetGraphQuads {
    private final RemoteClient client;
    private final Transactional transactional = TransactionalLock.createMRSW();
    private final PrefixMap prefixes = PrefixMapFactory.create();
    /** What this thread's read transaction has read of things' statements. */
    private final ThreadLocal<ReadCache> reads = new ThreadLocal<>();

    public RemoteDatasetGraph(RemoteClient client) {
        this.client = client;
        prefixes.putAll(org.citycoop.store.Exporter.prefixes());
        RemoteQueryEngine.register();
    }

    public RemoteClient client() {
        return client;
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g == null || g == Node.ANY) {
            // the default graph is the union of the named graphs: its triples are those quads already
            return findNG(Node.ANY, s, p, o);
        }
        if (Quad.isDefaultGraph(g) || Quad.isUnionGraph(g)) {
            return quads(Quad.isDefaultGraph(g) ? Quad.defaultGraphIRI : Quad.unionGraph, s, p, o).iterator();
        }
        return findNG(g, s, p, o);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return quads(g == null ? Node.ANY : g, s, p, o).iterator();
    }

    /**
     * The quads of a pattern, from the named graphs ({@code g} concrete or ANY) or from the default graph. In a read
     * transaction, the named graphs' statements about a thing are read once, whole, and kept for the rest of it.
     */
    private List<Quad> quads(Node g, Node s, Node p, Node o) {
        Node subject = orAny(s);
        Node object = orAny(o);
        boolean named = g != null && !Quad.isDefaultGraph(g) && !Quad.isUnionGraph(g);
        ReadCache cache = named ? reads.get() : null;
        if (cache != null) {
            List<Quad> kept = cache.find(g, subject, orAny(p), object,
                () -> asked(Node.ANY, subject, Node.ANY, Node.ANY, ReadCache.PER_THING + 1));
            if (kept != null) {
                return kept;
            }
        }
        List<Quad> quads = asked(g, subject, orAny(p), object, -1);
        if (cache != null && !g.isConcrete() && !subject.isConcrete() && !orAny(p).isConcrete() && object.isConcrete()) {
            cache.keepObject(object, quads);
        }
        return quads;
    }

    private static Node orAny(Node node) {
        return node == null ? Node.ANY : node;
    }

    /** The quads of a pattern as the store answers it, at most {@code limit} (all if negative). */
    private List<Quad> asked(Node g, Node s, Node p, Node o, long limit) {
        boolean named = g != null && !Quad.isDefaultGraph(g) && !Quad.isUnionGraph(g);
        ParameterizedSparqlString query = new ParameterizedSparqlString(
            Resources.text(RemoteDatasetGraph.class, named ? "find-named.rq" : "find-default.rq"));
        bind(query, "g", named ? g : Node.ANY);
        bind(query, "s", s);
        bind(query, "p", p);
        bind(query, "o", o);
        query.setLiteral("base", CC.GRAPH);
        org.apache.jena.query.Query select = query.asQuery();
        if (limit >= 0) {
            select.setLimit(limit);
        }
        List<Quad> quads = new ArrayList<>();
        client.select(select).forEachRemaining(row -> quads.add(Quad.create(
            named ? value(row, "g", g) : g, value(row, "s", s), value(row, "p", p), value(row, "o", o))));
        return quads;
    }

    private static void bind(ParameterizedSparqlString query, String name, Node value) {
        if (value != null && value.isConcrete()) {
            query.setParam(name, value);
        }
    }

    private static Node value(Binding row, String name, Node given) {
        return given != null && given.isConcrete() ? given : row.get(name);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return RemoteCopy.graphs(client).iterator();
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a remote store is written through a local store that keeps it a copy"
            + " (load --target URL)");
    }

    @Override
    public PrefixMap prefixes() {
        return prefixes;
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public void begin(TxnType type) {
        transactional.begin(type);
        reads.set(new ReadCache());
    }

    @Override
    public void begin(ReadWrite readWrite) {
        begin(TxnType.convert(readWrite));
    }

    @Override
    public boolean promote(Promote mode) {
        return false;
    }

    @Override
    public void commit() {
        transactional.commit();
    }

    @Override
    public void abort() {
        transactional.abort();
    }

    @Override
    public void end() {
        reads.remove();
        transactional.end();
    }

    @Override
    public ReadWrite transactionMode() {
        return transactional.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return transactional.transactionType();
    }

    @Override
    public boolean isInTransaction() {
        return transactional.isInTransaction();
    }
}
