package org.citycoop.load;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.VOID;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * Wraps a quad sink so that a source's triples land in its named graph, and adds, when the source is done,
 * the PROV-O description of that graph: what it was derived from, when, how and with what confidence, and how many
 * triples the source stated ({@code void:triples}), so that counting them never needs a scan of the graph.
 */
public final class IntoGraph extends StreamRDFWrapper {
    private final Source source;
    private final Node graph;
    private final Clock clock;
    private long triples;

    public IntoGraph(StreamRDF quads, Source source) {
        this(quads, source, Clock.systemUTC());
    }

    /** With the clock that stamps when the graph was generated. */
    public IntoGraph(StreamRDF quads, Source source, Clock clock) {
        super(quads);
        this.source = source;
        this.graph = source.graph();
        this.clock = clock;
    }

    @Override
    public void triple(Triple triple) {
        triples++;
        super.quad(Quad.create(graph, triple));
    }

    @Override
    public void quad(Quad quad) {
        triple(quad.asTriple());
    }

    /** How many triples the source wrote, provenance not counted. */
    public long triples() {
        return triples;
    }

    /**
     * Writes the provenance of the graph, with the stamp of the file it was read from (or none: null). Called once,
     * after the source's own triples.
     */
    public void describeGraph(String stamp) {
        if (stamp != null) {
            quad(CC.fileStamp, NodeFactory.createLiteralString(stamp));
        }
        Node now = dateTime(clock.instant());
        quad(Vocab.RDF_TYPE, CC.SourceGraph);
        quad(Vocab.PROV_WAS_DERIVED_FROM, source.sourceIri());
        quad(CC.method, NodeFactory.createURI(CC.METHOD + source.method()));
        quad(CC.confidence, NodeFactory.createLiteralDT(source.confidence(), XSDDatatype.XSDdecimal));
        quad(CC.contentDigest, NodeFactory.createLiteralString(source.digest()));
        quad(CC.loadedFrom, NodeFactory.createLiteralString(source.file()));
        quad(CC.filePath, NodeFactory.createLiteralString(source.path()));
        quad(Vocab.PROV_GENERATED_AT_TIME, now);
        quad(VOID.triples.asNode(), NodeFactory.createLiteralDT(Long.toString(triples), XSDDatatype.XSDinteger));
        source.terms().ifPresent(terms -> {
            quad(org.apache.jena.vocabulary.DCTerms.license.asNode(), terms.licence().node());
            quad(org.apache.jena.vocabulary.DCTerms.rights.asNode(), NodeFactory.createLiteralString(
                terms.licence().label() + ": " + terms.attribution()));
        });
    }

    /**
     * The instant to the second as an xsd:dateTime in UTC. The formatter writes the seconds even when they are
     * zero, where {@code OffsetDateTime.toString()} leaves them out and so makes an invalid lexical form.
     */
    static Node dateTime(Instant instant) {
        String lexical = DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdateTime);
    }

    private void quad(Node p, Node o) {
        super.quad(Quad.create(graph, graph, p, o));
    }
}
