package org.citycoop.store;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * The store's dataset as every writer sees it: a write transaction rebuilds the inferred graph from what the
 * transaction leaves behind, just before it commits. So derived facts always follow from the premises the store
 * holds, whoever wrote them: a load, a removal, SPARQL Update or the Graph Store Protocol. A transaction that
 * aborts derives nothing.
 *
 * <p>Queries run on the TDB2 dataset beneath (ARQ unwraps a {@link DatasetGraphWrapper} for its query engine),
 * with the same context, so the union default graph and TDB2's query engine apply.
 */
public final class DerivingDatasetGraph extends DatasetGraphWrapper {
    private final Inferencer inferencer = new Inferencer();

    DerivingDatasetGraph(DatasetGraph base) {
        super(base);
    }

    @Override
    public void commit() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) {
            inferencer.infer(getWrapped());
        }
        super.commit();
    }
}
