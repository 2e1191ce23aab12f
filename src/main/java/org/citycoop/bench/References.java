package org.citycoop.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.citycoop.Progress;
import org.citycoop.store.Store;

/**
 * The references a load is set beside, in the same run: Jena's TDB2 bulk loader (the phased loader of
 * {@code tdb2.tdbloader}) loading the very quads the load left in the store, the same quads added to a new TDB2
 * store in one write transaction (the least a load that is all or nothing pays: the bulk loader writes outside
 * transactions), and RIOT only parsing them, the floor for any load.
 *
 * <pre>{@code
 * List<Figure> figures = new References(folder, progress)
 *     .alongside(store, "import x.csv", millis, rows, "rows", "x", "");
 * }</pre>
 */
public final class References {
    private final Path folder;
    private final Progress progress;

    /**
     * @param folder   where the quads and the reference store are written
     * @param progress told of each step
     */
    public References(Path folder, Progress progress) {
        this.folder = folder;
        this.progress = progress;
    }

    /**
     * A load's figure side by side with its references: the store's quads (inferred ones included) written as
     * N-Quads, loaded by the TDB2 phased loader into a new store and parsed by RIOT alone. Returns the load's figure
     * (its rates and both ratios) and the two references'.
     *
     * @param job    what was loaded, as the figure names it
     * @param millis how long the load took
     * @param items  how many records or rows it read
     * @param unit   what they are ("records", "rows")
     * @param name   a name for the files of the references, unique in the folder
     * @param detail said after the ratios (the heap's peak, say), or empty
     */
    public List<Figure> alongside(Store store, String job, double millis, long items, String unit, String name,
            String detail) {
        Path quads = folder.resolve("quads-" + name + ".nq");
        long count = export(store, quads);
        double tdb2 = bulkLoad(quads, folder.resolve("tdb2-" + name));
        double transaction = transactionLoad(quads, folder.resolve("txn-" + name));
        double riot = parse(quads);
        String ratios = String.format("; %.2f x tdb2 loader, %.2f x one tdb2 write transaction, %.2f x RIOT parse",
            tdb2 / millis, transaction / millis, riot / millis);
        return List.of(
            new Figure(job, millis, rate(items, millis, unit) + ", " + rate(count, millis, "quads") + ratios
                + (detail.isEmpty() ? "" : "; " + detail)),
            new Figure("tdb2 phased loader, the same quads", tdb2, rate(count, tdb2, "quads")),
            new Figure("tdb2, one write transaction, the same quads", transaction, rate(count, transaction, "quads")),
            new Figure("RIOT parse only, the same quads", riot, rate(count, riot, "quads")));
    }

    /** Every quad of the store, inferred ones included, as N-Quads; returns how many. */
    private long export(Store store, Path file) {
        progress.note("writing the store's quads to " + file.getFileName());
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            StreamRDFCounting counting = StreamRDFLib.count(writer);
            store.read(() -> {
                counting.start();
                StreamRDFOps.sendDatasetToStream(store.dataset(), counting);
                counting.finish();
                return null;
            });
            return counting.countQuads() + counting.countTriples();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double bulkLoad(Path quads, Path location) {
        progress.note("loading the same quads with the tdb2 phased loader");
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(location.toString()));
        try {
            long start = System.nanoTime();
            DataLoader loader = LoaderFactory.phasedLoader(dataset, (format, args) -> { });
            loader.startBulk();
            loader.load(quads.toString());
            loader.finishBulk();
            double elapsed = millis(start);
            Txn.executeRead(dataset, () -> dataset.find().hasNext());
            return elapsed;
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    private double transactionLoad(Path quads, Path location) {
        progress.note("adding the same quads to a new tdb2 store in one write transaction");
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(location.toString()));
        try {
            long start = System.nanoTime();
            Txn.executeWrite(dataset, () -> RDFParser.source(quads).parse(dataset));
            return millis(start);
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    private double parse(Path quads) {
        progress.note("parsing the same quads with RIOT");
        long start = System.nanoTime();
        RDFParser.source(quads).parse(StreamRDFLib.count());
        return millis(start);
    }

    private static String rate(long count, double millis, String unit) {
        return String.format("%,.0f %s/s", count * 1000.0 / millis, unit);
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
