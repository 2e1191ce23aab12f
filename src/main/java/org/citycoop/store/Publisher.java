package org.citycoop.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.citycoop.Progress;

/**
 * A copy of the store kept elsewhere (a remote SPARQL store), brought up to date with every write transaction
 * after its derivation and before the store commits it: a publisher that throws aborts the write, so the store and
 * its copy stay alike.
 */
public interface Publisher {
    /**
     * Sends what the write wrote. Called inside the write transaction.
     *
     * @param curated the store as it will be once the write commits, without drafts (which stay in the store)
     * @param written what the write wrote
     */
    void publish(DatasetGraph curated, WrittenGraphs written, Progress progress);

    /** The store committed the write that was published last. */
    void committed();
}
