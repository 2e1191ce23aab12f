package org.citycoop.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
 */
public record StoredSource(Node graph, String key, String file, String path, String method, String loadedAt,
        String digest) {

    /** Every source in a dataset, by key. Call inside a transaction. */
    static List<StoredSource> all(DatasetGraph dataset) {
        List<StoredSource> sources = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, CC.SourceGraph).forEachRemaining(quad -> {
            if (quad.getGraph().equals(quad.getSubject())) {
                sources.add(of(dataset, quad.getGraph()));
            }
        });
        sources.sort(Comparator.comparing(StoredSource::key));
        return sources;
    }

    private static StoredSource of(DatasetGraph dataset, Node graph) {
        String iri = graph.getURI();
        String key = iri.startsWith(CC.GRAPH) ? iri.substring(CC.GRAPH.length()) : iri;
        String method = value(dataset, graph, CC.method).map(m -> m.substring(m.lastIndexOf('/') + 1)).orElse("");
        return new StoredSource(graph, key, value(dataset, graph, CC.loadedFrom).orElse(""),
            value(dataset, graph, CC.filePath).orElse(null), method,
            value(dataset, graph, Vocab.PROV_GENERATED_AT_TIME).orElse(""), value(dataset, graph, CC.contentDigest).orElse(""));
    }

    private static Optional<String> value(DatasetGraph dataset, Node graph, Node property) {
        java.util.Iterator<Quad> found = dataset.find(graph, graph, property, Node.ANY);
        return found.hasNext() ? Optional.of(text(found.next())) : Optional.empty();
    }

    private static String text(Quad quad) {
        Node object = quad.getObject();
        return object.isLiteral() ? object.getLiteralLexicalForm() : object.toString();
    }
}
