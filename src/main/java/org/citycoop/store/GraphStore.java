package org.citycoop.store;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What reads the graph needs of a store, whichever store holds it: the embedded TDB2 store ({@link Store}) or a
 * remote SPARQL store (in {@code store.remote}). Pages, the explorer, the map, exports, statistics and queries read
 * through this.
 */
public interface GraphStore extends AutoCloseable {
    /** Curated and imported sources, and what is derived from them, without drafts: what users are shown. */
    DatasetGraph curated();

    /** The curated view as Jena's {@link Dataset}, for query executions. */
    Dataset curatedDataset();

    /** The curated view with drafts too, where the store keeps drafts. */
    Optional<DatasetGraph> withDrafts();

    /** Runs {@code action} in a read transaction. */
    <T> T read(Supplier<T> action);

    /**
     * The version of the data this thread's read transaction sees, if the store can tell: two reads of one version
     * see the same data, so what is computed from one may be kept for the other. Call inside a transaction.
     */
    OptionalLong readVersion();

    /** Which IRI stands for a place several sources name. Call inside a transaction. */
    SamePlaces samePlaces();

    /** Things whose labels or names match every word of {@code text}, best first. Call inside a transaction. */
    List<Node> searchLabels(String text, int limit);

    /** Runs a SELECT query over the curated view, giving each row to {@code action}; call inside a transaction. */
    default void select(Query query, Consumer<QuerySolution> action) {
        try (org.apache.jena.query.QueryExecution execution = org.apache.jena.query.QueryExecution
                .dataset(curatedDataset()).query(query).build()) {
            execution.execSelect().forEachRemaining(action);
        }
    }

    /** The sources the store holds, in the order of their keys. Call inside a transaction. */
    List<StoredSource> sources();

    /** How many triples a source's graph holds. Call inside a transaction. */
    long triples(StoredSource source);

    /** How many triples the inferred graph holds. Call inside a transaction. */
    long inferredTriples();

    /** Whether the store holds no source yet. */
    default boolean isEmpty() {
        return read(() -> sources().isEmpty());
    }

    /** Where the store is, for people: a folder, or a URL. */
    String description();

    @Override
    void close();
}
