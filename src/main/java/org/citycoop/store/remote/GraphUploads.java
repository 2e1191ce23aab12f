package org.citycoop.store.remote;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citycoop.Progress;

/**
 * Sends whole graphs to a remote store through the Graph Store Protocol: each is written from the store to a
 * compressed N-Triples file first (the store is read inside its write transaction, on its own thread; the file can
 * be sent again on a retry and holds nothing in memory), then PUT. Compressed when the store takes a compressed
 * body, plain otherwise: the first upload finds out.
 */
final class GraphUploads {
    private final RemoteClient client;
    private Boolean gzipAccepted;

    GraphUploads(RemoteClient client) {
        this.client = client;
    }

    /** Writes the graph {@code graph} of {@code store} into {@code target} of the remote store. */
    long upload(DatasetGraph store, Node graph, Node target, Progress.Phase phase) {
        Path file = null;
        try {
            file = Files.createTempFile("citycoop-graph-", ".nt.gz");
            long triples = write(store, graph, file);
            put(target, file);
            long kept = count(target);
            if (kept != triples) {
                throw new org.citycoop.CityCoopException(org.citycoop.ErrorId.REMOTE_REFUSED, "the store at "
                    + client.endpoints().describe() + " kept " + kept + " of the " + triples + " triples uploaded for "
                    + graph.getURI() + " (does it take request bodies of this size and type?)");
            }
            phase.stepBy(triples);
            return triples;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a graph to a temporary file for its upload", e);
        } finally {
            delete(file);
        }
    }

    private void put(Node target, Path file) {
        if (!Boolean.FALSE.equals(gzipAccepted)) {
            try {
                client.put(target, file, true);
                gzipAccepted = true;
                return;
            } catch (org.citycoop.CityCoopException e) {
                if (gzipAccepted != null || e.id() != org.citycoop.ErrorId.REMOTE_REFUSED) {
                    throw e;
                }
                gzipAccepted = false;
            }
        }
        client.putPlain(target, file);
    }

    private static long write(DatasetGraph store, Node graph, Path file) throws IOException {
        long[] count = {0};
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
            writer.start();
            store.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                writer.triple(q.asTriple());
                count[0]++;
            });
            writer.finish();
        }
        return count[0];
    }

    /** How many triples the remote store holds in a graph. */
    private long count(Node graph) {
        org.apache.jena.query.ParameterizedSparqlString query = new org.apache.jena.query.ParameterizedSparqlString(
            org.citycoop.Resources.text(GraphUploads.class, "count.rq"));
        query.setParam("graph", graph);
        return client.select(query.asQuery()).next().get("triples").getLiteralValue() instanceof Number n
            ? n.longValue() : -1;
    }

    private static void delete(Path file) {
        if (file != null) {
            if (!file.getFileName().toString().endsWith(".nt")) {
                delete(file.resolveSibling(file.getFileName() + ".nt"));
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is the system's to clear; the upload's outcome stands
                file.toFile().deleteOnExit();
            }
        }
    }
}
