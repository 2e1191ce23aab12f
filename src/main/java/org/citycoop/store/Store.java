package org.citycoop.store;

import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.query.ARQ;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.base.file.Location;
import org.citycoop.ontology.CC;

/**
 * The TDB2 store that holds the graph: one named graph per source, the ontology and the inferred graph.
 * Queries see the union of all graphs as their default graph. Every write transaction brings the inferred graph
 * up to date before it commits ({@link DerivingDatasetGraph}).
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("store"))) {
 *     long quads = store.read(() -> store.dataset().stream().count());
 * }
 * }</pre>
 */
public final class Store implements GraphStore {
    /**
     * How many solutions an update collects (and DISTINCT, ORDER BY and GROUP BY hold) in memory before ARQ writes them
     * to a temporary file: a rule's INSERT over millions of triples then needs no heap in proportion to its result.
     */
    private static final long SPILL_THRESHOLD = 100_000;
    private final DerivingDatasetGraph dataset;
    private final DatasetGraph storage;
    private final DatasetGraph curated;
    private final String description;

    private final DraftGraphs drafts;
    private final LabelIndex labels;
    private final RecordingDatasetGraph recording;
    private final WriteStamp writes;
    private final Path folder;
    /** Which IRI stands for a place several sources name: read once per version of the data, for every reader. */
    private final VersionedCache<String, SamePlaces> samePlaces = new VersionedCache<>(0, 1, s -> 1L);

    private Store(DatasetGraph storage, LabelIndex labels, Path folder) {
        storage.getContext().set(TDB2.symUnionDefaultGraph, true);
        storage.getContext().set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
        this.recording = new RecordingDatasetGraph(labels.indexing(storage));
        DatasetGraph base = recording;
        base.getContext().set(TDB2.symUnionDefaultGraph, true);
        base.getContext().set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
        DraftGraphs drafts = new DraftGraphs(base, storage);
        this.drafts = drafts;
        this.labels = labels;
        this.storage = storage;
        Txn.executeRead(base, drafts::refresh);
        this.dataset = new DerivingDatasetGraph(base, drafts);
        // writes through the curated view (SPARQL Update at /ds) commit through the deriving dataset
        this.curated = new CuratedView(dataset, drafts);
        this.folder = folder;
        this.writes = new WriteStamp(folder);
        dataset.beforeCommit(writes::raise);
        this.description = folder == null ? "memory" : folder.toString();
    }

    /**
     * Opens the TDB2 store in a folder. A folder that does not exist (or is empty) gets a new store, made complete
     * in a folder beside it and then moved in place, so that a process killed while creating it leaves no half-made
     * store behind.
     */
    public static Store open(Path folder) {
        StoreFolder.createIfAbsent(folder);
        try {
            return new Store(DatabaseMgr.connectDatasetGraph(Location.create(folder.toString())), LabelIndex.open(folder),
                folder);
        } catch (RuntimeException e) {
            throw StoreFolder.cannotOpen(folder, e);
        }
    }

    /** A TDB2 store in memory, for trial loads and tests. */
    public static Store inMemory() {
        return new Store(DatabaseMgr.createDatasetGraph(), LabelIndex.open(null), null);
    }

    @Override
    public java.util.Optional<DatasetGraph> withDrafts() {
        return java.util.Optional.of(dataset);
    }

    /** Everything the store holds, drafts included; writes go here. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** The dataset as Jena's {@link Dataset}, for query executions over everything, drafts included. */
    public Dataset asDataset() {
        return DatasetFactory.wrap(dataset);
    }

    /**
     * The curated view: curated and imported sources and what is derived from them, without drafts. What the
     * public endpoint, the pages, the explorer, the dumps and {@code query} show. Its context is its own (it holds
     * the filter that leaves drafts out); settings such as timeouts go on both.
     */
    @Override
    public DatasetGraph curated() {
        return curated;
    }

    /** The curated view as Jena's {@link Dataset}, for query executions. */
    @Override
    public Dataset curatedDataset() {
        return DatasetFactory.wrap(curated);
    }

    @Override
    public String description() {
        return description;
    }

    /** The folder the store lives in, or empty for a store in memory. */
    public java.util.Optional<Path> folder() {
        return java.util.Optional.ofNullable(folder);
    }

    /** How many write transactions the store has committed (-1 when the count cannot be read). */
    public long writes() {
        return writes.count();
    }

    /**
     * Keeps a copy of the store up to date from now on: every write transaction hands {@code publisher} what it
     * wrote, after its derivation and before it commits. Call before the first write that is to be copied.
     *
     * @param listedPerGraph how many quads of a graph one write lists before the graph is sent whole
     */
    public void publishTo(Publisher publisher, int listedPerGraph) {
        WrittenGraphs written = new WrittenGraphs(listedPerGraph);
        recording.recordInto(written);
        dataset.publishTo(publisher, written);
    }

    /**
     * Runs a write transaction that sends the whole store to the publisher ({@link #publishTo}): the first copy of
     * it. Nothing in the store changes.
     */
    public void publishEverything(org.citycoop.Progress progress) {
        if (dataset.writtenGraphs() == null) {
            throw new IllegalStateException("publishEverything: no copy is kept; call publishTo first");
        }
        write(progress, () -> {
            dataset.writtenGraphs().everything();
            return null;
        });
    }

    @Override
    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    /** Which IRI stands for a place several sources name ({@link SamePlaces}); call inside a transaction. */
    @Override
    public SamePlaces samePlaces() {
        return samePlaces.get("", readVersion(), k -> SamePlaces.recorded(curated));
    }

    /** Runs a write transaction, telling {@code progress} how the derivation at its commit goes. */
    public <T> T write(org.citycoop.Progress progress, Supplier<T> action) {
        return dataset.reporting(progress, () -> Txn.calculateWrite(dataset, action));
    }

    /** The sources the store holds, in the order of their keys. Call inside a transaction. */
    @Override
    public java.util.List<StoredSource> sources() {
        return StoredSource.all(dataset);
    }

    /**
     * The sources loaded from files, with each file's path and stamp: what a load of a folder compares its files
     * with, without reading every source's whole description. Call inside a transaction.
     */
    public java.util.List<StoredFile> sourceFiles() {
        return StoredSource.files(dataset);
    }

    /** The source whose graph this is, or null when the store holds none. Call inside a transaction. */
    public StoredSource source(org.apache.jena.graph.Node graph) {
        return StoredSource.of(dataset, graph);
    }

    /**
     * The sources loaded from the file at this absolute path (one, unless several keys came from it over time), read
     * without a pass over every source. Call inside a transaction.
     */
    public java.util.List<StoredSource> sourcesFromPath(String path) {
        return StoredSource.fromPath(dataset, path);
    }

    /**
     * What sources state, drafts included, without what is derived from them: what loads are checked against
     * before their commit derives from them. Call inside a transaction.
     */
    public org.apache.jena.graph.Graph premises() {
        return new PremisesGraph(dataset);
    }

    /** Asks the running write transaction to derive the inferred graph from scratch when it commits. */
    public void deriveAllAtCommit() {
        dataset.rebuildAtCommit();
    }

    /**
     * Things whose labels or names match every word of {@code text}, each word as the start of a word, ignoring
     * case and accents; exact words and short labels first. Drafts are left out. Call inside a transaction.
     */
    @Override
    public java.util.List<org.apache.jena.graph.Node> searchLabels(String text, int limit) {
        return labels.search(text, limit, graph -> !drafts.contains(graph));
    }

    /** How many triples a source's graph holds, its provenance included. Call inside a transaction. */
    @Override
    public long triples(StoredSource source) {
        return dataset.getGraph(source.graph()).size();
    }

    /**
     * The version of the data that this thread's read transaction sees, or empty in a write transaction (whose own
     * changes no version names yet) and outside any. Two read transactions of one version see the same data, so what
     * is computed from one may be kept for the other. Call inside a transaction.
     */
    @Override
    public OptionalLong readVersion() {
        Transaction txn = TDBInternal.getDatasetGraphTDB(storage).getTxnSystem().getThreadTransaction();
        return txn != null && txn.getTxnType() == TxnType.READ ? OptionalLong.of(txn.getDataVersion())
            : OptionalLong.empty();
    }

    /** How many triples the inferred graph holds. Call inside a transaction. */
    @Override
    public long inferredTriples() {
        return Inferencer.size(dataset);
    }

    @Override
    public void close() {
        dataset.close();
    }
}
