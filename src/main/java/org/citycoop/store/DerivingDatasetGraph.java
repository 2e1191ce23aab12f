package org.citycoop.store;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * The store's dataset as every writer sees it: a write transaction rebuilds the inferred graph from what the
 * transaction leaves behind, just before it commits. So derived facts always follow from the premises the store
 * holds, whoever wrote them: a load, a removal, SPARQL Update or the Graph Store Protocol. A transaction that
 * aborts derives nothing. What is derived follows from the curated and imported sources only ({@link CuratedView}).
 *
 * <p>Queries run on the TDB2 dataset beneath (ARQ unwraps a {@link DatasetGraphWrapper} for its query engine),
 * with the same context, so the union default graph and TDB2's query engine apply.
 */
public final class DerivingDatasetGraph extends DatasetGraphWrapper {
    private final Inferencer inferencer = new Inferencer();
    private final DraftGraphs drafts;
    private final DatasetGraph curated;
    private final ThreadLocal<Boolean> abortedWrite = ThreadLocal.withInitial(() -> false);
    private final ThreadLocal<java.util.function.Consumer<String>> progress = ThreadLocal.withInitial(() -> m -> { });

    DerivingDatasetGraph(DatasetGraph base, DraftGraphs drafts) {
        super(base);
        this.drafts = drafts;
        this.curated = new CuratedView(base, drafts);
    }

    /** Derives from the curated view: drafts are statements waiting for review, and nothing follows from them. */
    @Override
    public void commit() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) {
            drafts.refresh();
            inferencer.infer(curated, progress.get());
        }
        super.commit();
    }

    /** Runs a write on this thread, telling {@code listener} how the derivation at its commit goes. */
    <T> T reporting(java.util.function.Consumer<String> listener, java.util.function.Supplier<T> write) {
        progress.set(listener);
        try {
            return write.get();
        } finally {
            progress.remove();
        }
    }

    /** A write that aborts may have changed which graphs are drafts before it did: read them again once it ends. */
    @Override
    public void abort() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) {
            abortedWrite.set(true);
        }
        super.abort();
    }

    @Override
    public void end() {
        super.end();
        if (abortedWrite.get()) {
            abortedWrite.set(false);
            org.apache.jena.system.Txn.executeRead(getWrapped(), drafts::refresh);
        }
    }
}
