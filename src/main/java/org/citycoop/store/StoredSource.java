package org.citycoop.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * A source as the store records it: its graph and key, the file it was loaded from (as the user named it, and
 * as an absolute path), how its statements were made and when it was loaded. (How many triples its graph holds
 * is {@link Store#triples(StoredSource)}: counting them costs a pass over the graph.)
 *
 * @param graph    the source's named graph
 * @param key      the source's key, the last segment of its graph IRI
 * @param file     the file as named when it was loaded
 * @param path     the file's absolute path when it was loaded, or null for stores made before it was recorded
 * @param method   how the statements were made: curated, imported or extracted
 * @param loadedAt when the graph was written, as an xsd:dateTime
 * @param digest   the digest of the file's bytes and the loader version: unchanged, nothing to load again
 * @param stamp    the file's size and time when it was read, with the loader and ontology versions, or null
 */
public record StoredSource(Node graph, String key, String file, String path, String method, String loadedAt,
        String digest, String stamp) {

    /**
     * Every source in a dataset, by key. Call inside a transaction. Each property of the graph descriptions is read
     * in one pass over its index, not graph by graph: a store may hold a hundred thousand sources.
     */
    public static List<StoredSource> all(DatasetGraph dataset) {
        Map<Node, Map<Node, String>> byProperty = new HashMap<>();
        for (Node property : DESCRIBED_BY) {
            byProperty.put(property, values(dataset, property));
        }
        List<StoredSource> sources = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, CC.SourceGraph).forEachRemaining(quad -> {
            Node graph = quad.getGraph();
            if (graph.equals(quad.getSubject())) {
                sources.add(described(graph, property -> byProperty.get(property).get(graph)));
            }
        });
        sources.sort(Comparator.comparing(StoredSource::key));
        return sources;
    }

    /**
     * The graph, file path and stamp of every source loaded from a file, in two passes over the store's indexes
     * instead of the six a whole description takes. Call inside a transaction.
     */
    static List<StoredFile> files(DatasetGraph dataset) {
        Map<Node, String> stamps = values(dataset, CC.fileStamp);
        List<StoredFile> files = new ArrayList<>();
        values(dataset, CC.filePath).forEach((graph, path) -> files.add(new StoredFile(graph, path, stamps.get(graph))));
        return files;
    }

    /** The properties of a source graph's description of itself that a stored source holds. */
    private static final List<Node> DESCRIBED_BY = List.of(CC.loadedFrom, CC.filePath, CC.method,
        Vocab.PROV_GENERATED_AT_TIME, CC.contentDigest, CC.fileStamp);

    /** The source of a graph, from the value of each property of its description (null where it has none). */
    private static StoredSource described(Node graph, java.util.function.Function<Node, String> valueOf) {
        String iri = graph.getURI();
        String how = java.util.Objects.requireNonNullElse(valueOf.apply(CC.method), "");
        return new StoredSource(graph, iri.startsWith(CC.GRAPH) ? iri.substring(CC.GRAPH.length()) : iri,
            java.util.Objects.requireNonNullElse(valueOf.apply(CC.loadedFrom), ""), valueOf.apply(CC.filePath),
            how.substring(how.lastIndexOf('/') + 1),
            java.util.Objects.requireNonNullElse(valueOf.apply(Vocab.PROV_GENERATED_AT_TIME), ""),
            java.util.Objects.requireNonNullElse(valueOf.apply(CC.contentDigest), ""), valueOf.apply(CC.fileStamp));
    }

    /**
     * The source whose graph is {@code graph}, read from its description alone, or null when the dataset holds no such
     * source. Call inside a transaction.
     */
    static StoredSource of(DatasetGraph dataset, Node graph) {
        if (!dataset.contains(graph, graph, Vocab.RDF_TYPE, CC.SourceGraph)) {
            return null;
        }
        Map<Node, String> described = new HashMap<>();
        dataset.find(graph, graph, Node.ANY, Node.ANY).forEachRemaining(q -> described.putIfAbsent(q.getPredicate(), text(q)));
        return described(graph, described::get);
    }

    /** The sources loaded from the file at this absolute path, found through the index of its value. */
    static List<StoredSource> fromPath(DatasetGraph dataset, String path) {
        List<StoredSource> sources = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, CC.filePath, org.apache.jena.graph.NodeFactory.createLiteralString(path))
            .forEachRemaining(quad -> {
                StoredSource source = quad.getGraph().equals(quad.getSubject()) ? of(dataset, quad.getGraph()) : null;
                if (source != null) {
                    sources.add(source);
                }
            });
        return sources;
    }

    /** The value of a property of each graph's description of itself, by graph. */
    private static Map<Node, String> values(DatasetGraph dataset, Node property) {
        Map<Node, String> values = new HashMap<>();
        dataset.find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(quad -> {
            if (quad.getGraph().equals(quad.getSubject())) {
                values.putIfAbsent(quad.getGraph(), text(quad));
            }
        });
        return values;
    }

    private static String text(Quad quad) {
        Node object = quad.getObject();
        return object.isLiteral() ? object.getLiteralLexicalForm() : object.toString();
    }
}
