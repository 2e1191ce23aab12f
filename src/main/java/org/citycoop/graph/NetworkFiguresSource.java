package org.citycoop.graph;

import java.util.List;
import java.util.function.LongConsumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.citycoop.Sha256;
import org.citycoop.load.Source;
import org.citycoop.load.record.Definition;
import org.citycoop.load.record.KeyIndex;
import org.citycoop.load.record.Provenance;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * The figures of a network analysis as a source of its own ({@code graph/network-figures}), so that SPARQL can sort
 * places by them and a new analysis replaces the last one: {@code cc:degree}, {@code cc:weightedDegree}, {@code
 * cc:betweenness}, {@code cc:closeness}, {@code cc:component}, {@code cc:community} and {@code cc:rankInCountry} of
 * every place of the network.
 */
public final class NetworkFiguresSource implements Source {
    /** What the source's file and path say: the command that computed it. */
    private static final String MADE_BY = "citycoop analyze";
    private final NetworkFigures figures;
    private final String digest;

    public NetworkFiguresSource(NetworkFigures figures) {
        this.figures = figures;
        StringBuilder all = new StringBuilder();
        figures.ranked().forEach(f -> all.append(f).append('\n'));
        this.digest = Sha256.of(all.toString());
    }

    @Override
    public String key() {
        return "network-figures";
    }

    @Override
    public String file() {
        return MADE_BY;
    }

    @Override
    public String path() {
        return MADE_BY;
    }

    @Override
    public String digest() {
        return digest;
    }

    @Override
    public String method() {
        return "computed";
    }

    @Override
    public List<Definition> definitions() {
        return List.of();
    }

    @Override
    public void emit(StreamRDF out, KeyIndex keys, Provenance provenance, LongConsumer bytesRead) {
        add(out, sourceIri(), Vocab.RDF_TYPE, CC.Dataset);
        add(out, sourceIri(), Vocab.DCT_TITLE, NodeFactory.createLiteralLang("Figures of the cooperation network ("
            + figures.size() + " places)", "en"));
        for (NetworkFigures.PlaceFigures place : figures.ranked()) {
            Node iri = place.place().iri();
            add(out, iri, CC.degree, integer(place.degree()));
            add(out, iri, CC.weightedDegree, integer(place.weightedDegree()));
            if (!Double.isNaN(place.betweenness())) {
                add(out, iri, CC.betweenness, decimal(place.betweenness()));
            }
            if (!Double.isNaN(place.closeness())) {
                add(out, iri, CC.closeness, decimal(place.closeness()));
            }
            add(out, iri, CC.component, integer(place.component()));
            add(out, iri, CC.community, integer(place.community()));
            if (place.rankInCountry() > 0) {
                add(out, iri, CC.rankInCountry, integer(place.rankInCountry()));
            }
        }
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Node decimal(double value) {
        return NodeFactory.createLiteralDT(Double.toString(value), XSDDatatype.XSDdouble);
    }

    private static void add(StreamRDF out, Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
    }
}
