package org.citycoop.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citycoop.Progress;

/**
 * A copy of the store kept as a file of N-Quads (compressed when its name ends in {@code .gz}): every write that
 * commits writes the store's graphs, drafts left out, to a file beside it, which takes the file's place once the
 * store has committed. A write that fails leaves the file as it was.
 *
 * <pre>{@code
 * NQuadsCopy.attach(store, Path.of("citycoop.nq.gz"), progress);
 * }</pre>
 */
public final class NQuadsCopy implements Publisher {
    private final Path file;
    private final Path next;

    private NQuadsCopy(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.next = this.file.resolveSibling(this.file.getFileName() + ".next");
    }

    /** Keeps {@code file} a copy of the store from now on; writes it at once when it is not there yet. */
    public static NQuadsCopy attach(Store store, Path file, Progress progress) {
        NQuadsCopy copy = new NQuadsCopy(file);
        store.publishTo(copy, 0);
        if (!Files.exists(copy.file)) {
            store.publishEverything(progress);
        }
        return copy;
    }

    @Override
    public void publish(DatasetGraph curated, WrittenGraphs written, Progress progress) {
        try (Progress.Phase writing = progress.phase("writing the copy", -1, " quads");
                OutputStream out = open(next)) {
            writing.at(file.toString());
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            curated.find().forEachRemaining(quad -> {
                Node graph = quad.getGraph();
                if (WrittenGraphs.counts(graph)) {
                    writer.quad(quad);
                    writing.stepBy(1);
                }
            });
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the copy of the store to " + next, e);
        }
    }

    @Override
    public void committed() {
        try {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the store committed, but its copy could not take the place of " + file
                + " (it is in " + next + ")", e);
        }
    }

    private static OutputStream open(Path path) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        return path.getFileName().toString().endsWith(".gz.next") ? new GZIPOutputStream(out, 1 << 16) : out;
    }
}
