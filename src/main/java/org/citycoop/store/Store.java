package org.citycoop.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.dboe.base.file.Location;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.ontology.CC;

/**
 * The TDB2 store that holds the graph: one named graph per source, the ontology and the inferred graph.
 * Queries see the union of all graphs as their default graph.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("store"))) {
 *     long quads = store.read(() -> store.dataset().stream().count());
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {
    private final DatasetGraph dataset;
    private final String description;

    private Store(DatasetGraph dataset, String description) {
        this.dataset = dataset;
        this.description = description;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the TDB2 store in a folder. */
    public static Store open(Path folder) {
        try {
            Files.createDirectories(folder);
            return new Store(DatabaseMgr.connectDatasetGraph(Location.create(folder.toString())), folder.toString());
        } catch (java.io.IOException | RuntimeException e) {
            throw new CityCoopException(ErrorId.STORE_UNAVAILABLE, "cannot open the store in " + folder + ": "
                + e.getMessage() + " (is another citycoop process using it? choose another with --store)", e);
        }
    }

    /** A TDB2 store in memory, for trial loads and tests. */
    public static Store inMemory() {
        return new Store(DatabaseMgr.createDatasetGraph(), "memory");
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** The dataset as Jena's {@link Dataset}, for query executions. */
    public Dataset asDataset() {
        return DatasetFactory.wrap(dataset);
    }

    public String description() {
        return description;
    }

    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    /** Whether the store holds no source graph yet (the ontology alone does not count). */
    public boolean isEmpty() {
        return read(() -> sourceDigests().isEmpty());
    }

    /** The content digest of every source graph, by graph. Call inside a transaction. */
    public Map<Node, String> sourceDigests() {
        Map<Node, String> digests = new HashMap<>();
        String query = "SELECT ?g ?d WHERE { GRAPH ?g { ?g <" + CC.contentDigest.getURI() + "> ?d } }";
        try (QueryExecution exec = QueryExecution.dataset(asDataset()).query(query).build()) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                digests.put(row.get("g").asNode(), row.getLiteral("d").getLexicalForm());
            }
        }
        return digests;
    }

    @Override
    public void close() {
        dataset.close();
    }
}
