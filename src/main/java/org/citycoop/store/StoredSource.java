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
    static List<StoredSource> all(DatasetGraph dataset) {
        Map<Node, String> file = values(dataset, CC.loadedFrom);
        Map<Node, String> path = values(dataset, CC.filePath);
        Map<Node, String> method = values(dataset, CC.method);
        Map<Node, String> loaded = values(dataset, Vocab.PROV_GENERATED_AT_TIME);
        Map<Node, String> digest = values(dataset, CC.contentDigest);
        Map<Node, String> stamp = values(dataset, CC.fileStamp);
        List<StoredSource> sources = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, CC.SourceGraph).forEachRemaining(quad -> {
            Node graph = quad.getGraph();
            if (graph.equals(quad.getSubject())) {
                String iri = graph.getURI();
                String key = iri.startsWith(CC.GRAPH) ? iri.substring(CC.GRAPH.length()) : iri;
                String how = method.getOrDefault(graph, "");
                sources.add(new StoredSource(graph, key, file.getOrDefault(graph, ""), path.get(graph),
                    how.substring(how.lastIndexOf('/') + 1), loaded.getOrDefault(graph, ""),
                    digest.getOrDefault(graph, ""), stamp.get(graph)));
            }
        });
        sources.sort(Comparator.comparing(StoredSource::key));
        return sources;
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
        String iri = graph.getURI();
        String how = described.getOrDefault(CC.method, "");
        return new StoredSource(graph, iri.startsWith(CC.GRAPH) ? iri.substring(CC.GRAPH.length()) : iri,
            described.getOrDefault(CC.loadedFrom, ""), described.get(CC.filePath), how.substring(how.lastIndexOf('/') + 1),
            described.getOrDefault(Vocab.PROV_GENERATED_AT_TIME, ""), described.getOrDefault(CC.contentDigest, ""),
            described.get(CC.fileStamp));
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
