package org.citycoop.store.remote;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * The dataset a server over a remote store serves when it takes writes: a read transaction reads the remote store;
 * a write transaction (a SPARQL update, a Graph Store Protocol PUT, POST or DELETE) reads and writes the local store
 * that keeps the remote one a copy, so the write is validated and derived there and reaches the remote store before
 * the local store commits it ({@link RemoteCopy}). Which of the two a thread uses is fixed when its transaction
 * begins.
 */
final class CopyingDatasetGraph extends DatasetGraphWrapper {
    private final DatasetGraph remote;
    private final DatasetGraph local;
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** Reads {@code remote}; writes {@code local}, which publishes each write to {@code remote}'s store. */
    CopyingDatasetGraph(DatasetGraph remote, DatasetGraph local) {
        super(remote);
        this.remote = remote;
        this.local = local;
    }

    /** The dataset this thread's transaction uses. */
    DatasetGraph current() {
        return writing.get() ? local : remote;
    }

    @Override
    protected DatasetGraph get() {
        return current();
    }

    @Override
    public void begin(TxnType type) {
        boolean write = type != TxnType.READ;
        writing.set(write);
        current().begin(type);
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public void begin() {
        begin(TxnType.READ_PROMOTE);
    }

    @Override
    public boolean promote(Promote mode) {
        // a promotion would have to move from the remote store to the local one mid-transaction
        return writing.get() && local.promote(mode);
    }

    @Override
    public void end() {
        try {
            current().end();
        } finally {
            writing.remove();
        }
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return true;
    }
}
