package org.citycoop.store.remote;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import java.util.Iterator;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.http.Push;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citycoop.Progress;

/**
 * Sends whole graphs to a remote store through the Graph Store Protocol: each part of a graph is written from the
 * store to a compressed N-Triples file first (the store is read inside its write transaction, on its own thread; the
 * file can be sent again on a retry and holds nothing in memory), then sent. Compressed when the store takes a compressed
 * body, plain otherwise: the first upload finds out.
 */
final class GraphUploads {
    /** Triples sent in one request. */
    static final long PART = 100_000;
    private static final java.util.Set<String> WKT_TYPES = java.util.Set.of(
        "http://www.opengis.net/ont/geosparql#wktLiteral", "http://www.openlinksw.com/schemas/virtrdf#Geometry");
    private static final java.util.regex.Pattern POINT = java.util.regex.Pattern.compile(
        "POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)");
    /** Graphs up to this size are compared triple by triple when the store keeps fewer than were sent. */
    private static final long CHECKED_BY_VALUE = 1_000_000;
    private final RemoteClient client;
    private final long part;
    private Boolean gzipAccepted;

    /** @param part how many triples one request sends at most */
    GraphUploads(RemoteClient client, long part) {
        this.client = client;
        this.part = part;
    }

    /**
     * Writes the graph {@code graph} of {@code store} into {@code target} of the remote store, in parts of at most
     * {@code part} triples ({@link #PART} unless a test asks for fewer): the first replaces what the target held (PUT), the others are added to it (POST), each
     * a transaction of its own in the store, so that no request holds a big graph whole. A graph with blank nodes
     * goes in one request (a blank node is one node within a request only).
     */
    long upload(DatasetGraph store, Node graph, Node target, Progress.Phase phase) {
        try {
            Iterator<Quad> quads = store.find(graph, Node.ANY, Node.ANY, Node.ANY);
            long sent = 0;
            boolean first = true;
            while (first || quads.hasNext()) {
                Part next = write(quads, part);
                if (next.blank() && first && quads.hasNext()) {
                    next.delete();
                    next = write(store.find(graph, Node.ANY, Node.ANY, Node.ANY), Long.MAX_VALUE);
                    quads = java.util.Collections.emptyIterator();
                }
                try {
                    send(first ? Push.PUT : Push.POST, target, next.file());
                } finally {
                    next.delete();
                }
                sent += next.triples();
                phase.stepBy(next.triples());
                first = false;
            }
            verify(store, graph, target, sent);
            return sent;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a graph to a temporary file for its upload", e);
        }
    }

    /** A part of a graph written to a compressed N-Triples file. */
    private record Part(Path file, long triples, boolean blank) {
        void delete() {
            GraphUploads.delete(file);
        }
    }

    /**
     * Checks that the store kept what was sent. A store may keep fewer triples than it was sent where it holds
     * literals by value (Virtuoso keeps "1.50" and "1.5" as one); then every triple sent must be there by value.
     */
    private void verify(DatasetGraph store, Node graph, Node target, long sent) {
        long kept = count(target);
        if (kept == sent) {
            return;
        }
        Triple missing = kept < sent && sent <= CHECKED_BY_VALUE ? missing(store, graph, target) : null;
        if (kept > sent || sent > CHECKED_BY_VALUE || missing != null) {
            throw new org.citycoop.CityCoopException(org.citycoop.ErrorId.REMOTE_REFUSED, "the store at "
                + client.endpoints().describe() + " kept " + kept + " of the " + sent + " triples uploaded for "
                + graph.getURI() + (missing != null ? "; it lacks " + missing : "")
                + " (does it take request bodies of this size and type?)");
        }
    }

    /** A triple of the graph that the store lacks, compared by value, or null when it holds them all. */
    private Triple missing(DatasetGraph store, Node graph, Node target) {
        org.apache.jena.graph.Graph there = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        client.get(target, org.apache.jena.riot.system.StreamRDFLib.graph(there));
        java.util.Set<Triple> values = new java.util.HashSet<>();
        there.find().forEachRemaining(t -> values.add(byValue(t)));
        Iterator<Quad> quads = store.find(graph, Node.ANY, Node.ANY, Node.ANY);
        while (quads.hasNext()) {
            Triple triple = quads.next().asTriple();
            if (!values.contains(byValue(triple))) {
                return triple;
            }
        }
        return null;
    }

    private static Triple byValue(Triple triple) {
        Node object = triple.getObject();
        if (object.isLiteral() && WKT_TYPES.contains(object.getLiteralDatatypeURI())) {
            // a store may keep a point as a geometry of its own type, in single precision (Virtuoso)
            java.util.regex.Matcher point = POINT.matcher(object.getLiteralLexicalForm());
            object = org.apache.jena.graph.NodeFactory.createLiteralString(point.matches() ? String.format(
                java.util.Locale.ROOT, "POINT(%.4f %.4f)", Double.parseDouble(point.group(1)),
                Double.parseDouble(point.group(2))) : object.getLiteralLexicalForm());
        } else if (object.isLiteral()) {
            String lang = object.getLiteralLanguage();
            object = lang == null || lang.isEmpty()
                ? org.apache.jena.riot.process.normalize.NormalizeRDFTerms.get().normalize(object)
                : org.apache.jena.graph.NodeFactory.createLiteralLang(object.getLiteralLexicalForm(),
                    lang.toLowerCase(java.util.Locale.ROOT));
        }
        return Triple.create(triple.getSubject(), triple.getPredicate(), object);
    }

    private void send(Push method, Node target, Path file) {
        if (!Boolean.FALSE.equals(gzipAccepted)) {
            try {
                client.send(method, target, file, true);
                gzipAccepted = true;
                return;
            } catch (org.citycoop.CityCoopException e) {
                if (gzipAccepted != null || e.id() != org.citycoop.ErrorId.REMOTE_REFUSED) {
                    throw e;
                }
                gzipAccepted = false;
            }
        }
        client.send(method, target, file, false);
    }

    /** Writes up to {@code most} triples of {@code quads} to a new temporary file. */
    private static Part write(Iterator<Quad> quads, long most) throws IOException {
        Path file = Files.createTempFile("citycoop-graph-", ".nt.gz");
        long count = 0;
        boolean blank = false;
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
            writer.start();
            while (count < most && quads.hasNext()) {
                Quad quad = quads.next();
                blank |= quad.getSubject().isBlank() || quad.getObject().isBlank();
                writer.triple(quad.asTriple());
                count++;
            }
            writer.finish();
        }
        return new Part(file, count, blank);
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
