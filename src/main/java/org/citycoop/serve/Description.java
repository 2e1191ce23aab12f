package org.citycoop.serve;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Exporter;

/**
 * What the server says about one resource: its statements, the links to it, the labels of everything they name
 * and the provenance of the graphs they come from, each quad in the named graph (the source) that holds it.
 *
 * @param subject      the resource
 * @param quads        the description, with the graphs it comes from
 * @param linksPage    which page of the links to the resource it holds, from 0, each of up to
 *                     {@link Describer#INCOMING_CAP} links
 * @param moreIncoming whether more links to the resource exist after those the description holds
 * @param lastModified when the newest graph it draws on was loaded, or null
 */
public record Description(Node subject, DatasetGraph quads, int linksPage, boolean moreIncoming, Instant lastModified) {

    /** Outgoing quads of the subject, in a stable order. */
    public List<Quad> outgoing() {
        return quads.stream(Node.ANY, subject, Node.ANY, Node.ANY).sorted(Quads.ORDER).toList();
    }

    /** Quads that link to the subject. */
    public List<Quad> incoming() {
        return quads.stream(Node.ANY, Node.ANY, Node.ANY, subject).filter(q -> !q.getSubject().equals(subject))
            .sorted(Quads.ORDER).toList();
    }

    /** The union of all graphs of the description. */
    public Graph union() {
        Graph graph = GraphFactory.createDefaultGraph();
        Set<Triple> seen = new HashSet<>();
        quads.stream().map(Quad::asTriple).filter(seen::add).forEach(graph::add);
        Exporter.prefixes().forEach((prefix, uri) -> graph.getPrefixMapping().setNsPrefix(prefix, uri));
        return graph;
    }

    /** The description in an RDF form, as bytes. */
    public byte[] write(Representation representation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (representation.keepsGraphs()) {
            DatasetGraph withPrefixes = DatasetGraphFactory.create();
            quads.stream().forEach(withPrefixes::add);
            Exporter.prefixes().forEach((prefix, uri) -> withPrefixes.prefixes().add(prefix, uri));
            RDFWriter.source(withPrefixes).format(representation.format()).output(out);
        } else {
            RDFWriter.source(union()).format(representation.format()).output(out);
        }
        return out.toByteArray();
    }

    /** Whether the quad's graph is a source graph (not the ontology or the inferred graph). */
    public static boolean fromSource(Quad quad) {
        Node graph = quad.getGraph();
        return !graph.equals(CC.ONTOLOGY_GRAPH) && !graph.equals(CC.INFERRED_GRAPH);
    }

    /** Whether a node is the label property or the name property. */
    static boolean isLabel(Node property) {
        return property.equals(Vocab.RDFS_LABEL) || property.equals(Vocab.FOAF_NAME);
    }
}
