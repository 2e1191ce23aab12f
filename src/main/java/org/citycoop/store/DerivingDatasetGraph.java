package org.citycoop.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import org.citycoop.Progress;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * The store's dataset as every writer sees it: a write transaction brings the inferred graph up to date with what
 * the transaction changed, just before it commits. So derived facts always follow from the premises the store
 * holds, whoever wrote them: a load, a removal, SPARQL Update or the Graph Store Protocol. Writes are noted in a
 * {@link ChangeLog}, so the derivation costs what the change costs; a transaction that aborts derives nothing.
 * What is derived follows from the curated and imported sources only ({@link CuratedView}).
 *
 * <p>Queries run on the TDB2 dataset beneath (ARQ unwraps a {@link DatasetGraphWrapper} for its query engine),
 * with the same context, so the union default graph and TDB2's query engine apply.
 */
public final class DerivingDatasetGraph extends DatasetGraphWrapper {
    /** Changes noted quad by quad up to this many; a bigger write derives everything again. */
    private static final int CHANGES_FOLLOWED = 500_000;
    /** Quads deleted per slice when deleting by pattern: finding and deleting at once is not allowed. */
    private static final int DELETE_SLICE = 10_000;
    private final Inferencer inferencer = new Inferencer();
    private final DraftGraphs drafts;
    private final DatasetGraph curated;
    private final ChangeLog changes = new ChangeLog(CHANGES_FOLLOWED);
    private final ThreadLocal<Boolean> abortedWrite = ThreadLocal.withInitial(() -> false);
    private final ThreadLocal<Progress> progress = ThreadLocal.withInitial(() -> Progress.NONE);
    private volatile Runnable beforeCommit = () -> { };
    private volatile Publisher publisher;
    private volatile WrittenGraphs written;

    DerivingDatasetGraph(DatasetGraph base, DraftGraphs drafts) {
        super(base);
        this.drafts = drafts;
        this.curated = new CuratedView(base, drafts);
    }

    /** Derives from the curated view: drafts are statements waiting for review, and nothing follows from them. */
    @Override
    public void commit() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) {
            boolean published;
            try {
                derive();
                // a write the copy refuses leaves no trace, the count of writes included: a raised count would
                // have the next copy sent whole
                published = publish();
                beforeCommit.run();
            } catch (RuntimeException | Error e) {
                // the write must not stay open: a caller whose commit failed (Jena's Txn among them) does not end it
                abort();
                end();
                throw e;
            }
            try (Progress.Phase committing = progress.get().phase("committing", -1, "")) {
                super.commit();
            }
            if (published) {
                publisher.committed();
            }
            return;
        }
        super.commit();
    }

    private void derive() {
        drafts.refresh();
        if (changes.needsRebuild()) {
            inferencer.infer(curated, progress.get());
        } else if (!changes.isEmpty()) {
            Predicate<Node> premises = g -> !drafts.contains(g) && !Quad.isDefaultGraph(g);
            inferencer.update(curated, changes.removedTriples(premises), changes.addedTriples(premises),
                progress.get());
        }
        changes.clear();
    }

    /** Sends what the write wrote to the copy of the store, if one is kept; false when there was nothing to send. */
    private boolean publish() {
        Publisher to = publisher;
        if (to == null || written.isEmpty()) {
            return false;
        }
        to.publish(curated, written, progress.get());
        written.clear();
        return true;
    }

    /** Runs {@code action} in every write transaction, after its derivation, before it commits. */
    void beforeCommit(Runnable action) {
        this.beforeCommit = action;
    }

    /** Keeps a copy of the store up to date with every write from now on, from what {@code into} notes. */
    void publishTo(Publisher to, WrittenGraphs into) {
        this.written = into;
        this.publisher = to;
    }

    /** What the running write wrote, for a copy of the store; null when none is kept. */
    WrittenGraphs writtenGraphs() {
        return written;
    }

    /** Asks the running write transaction to derive the inferred graph from scratch when it commits. */
    void rebuildAtCommit() {
        changes.rebuild();
    }

    /** Runs a write on this thread, telling {@code listener} how the derivation at its commit goes. */
    <T> T reporting(Progress listener, java.util.function.Supplier<T> write) {
        progress.set(listener);
        try {
            return write.get();
        } finally {
            progress.remove();
        }
    }

    @Override
    public void add(Quad quad) {
        add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        changes.added(Quad.create(g, s, p, o));
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        if (contains(g, s, p, o)) {
            changes.removed(Quad.create(g, s, p, o));
            super.delete(g, s, p, o);
        }
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (changes.stopped()) {
            super.deleteAny(g, s, p, o);
            return;
        }
        List<Quad> slice;
        do {
            slice = new ArrayList<>(DELETE_SLICE);
            Iterator<Quad> found = find(g, s, p, o);
            while (found.hasNext() && slice.size() < DELETE_SLICE) {
                slice.add(found.next());
            }
            for (Quad quad : slice) {
                changes.removed(quad);
                super.delete(quad);
            }
        } while (slice.size() == DELETE_SLICE);
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
        changes.rebuild();
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

    /**
     * A write that aborts may have changed which graphs are drafts before it did: read them again once it ends. What
     * it wrote is forgotten now, as the dataset may no longer count it as in a write when it ends.
     */
    @Override
    public void abort() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) {
            abortedWrite.set(true);
            changes.clear();
            if (written != null) {
                written.clear();
            }
        }
        super.abort();
    }

    @Override
    public void end() {
        boolean writing = isInTransaction() && transactionMode() == ReadWrite.WRITE;
        super.end();
        if (writing) {
            changes.clear();
            if (written != null) {
                written.clear();
            }
        }
        if (abortedWrite.get()) {
            abortedWrite.set(false);
            changes.clear();
            org.apache.jena.system.Txn.executeRead(getWrapped(), drafts::refresh);
        }
    }
}
