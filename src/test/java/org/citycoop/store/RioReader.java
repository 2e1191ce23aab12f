package org.citycoop.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/** Reads RDF with RDF4J Rio into a Jena dataset, so that tests can check that both RDF stacks read our output. */
public final class RioReader {
    private RioReader() {
    }

    /** Parses bytes of the given media type; statements without a graph go to the default graph. */
    public static DatasetGraph read(byte[] bytes, String mediaType) {
        RDFFormat format = Rio.getParserFormatForMIMEType(mediaType)
            .orElseThrow(() -> new IllegalArgumentException("RDF4J has no parser for " + mediaType));
        return read(bytes, format);
    }

    public static DatasetGraph read(byte[] bytes, RDFFormat format) {
        try {
            Model model = Rio.parse(new ByteArrayInputStream(bytes), "", format);
            DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
            for (Statement st : model) {
                Triple triple = Triple.create(node(st.getSubject()), node(st.getPredicate()), node(st.getObject()));
                Node graph = st.getContext() == null ? Quad.defaultGraphIRI : node(st.getContext());
                dataset.add(Quad.create(graph, triple));
            }
            return dataset;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node node(Value value) {
        if (value.isIRI()) {
            return NodeFactory.createURI(value.stringValue());
        }
        if (value.isBNode()) {
            return NodeFactory.createBlankNode(((Resource) value).stringValue());
        }
        Literal literal = (Literal) value;
        return literal.getLanguage().map(lang -> NodeFactory.createLiteralLang(literal.getLabel(), lang))
            .orElseGet(() -> NodeFactory.createLiteralDT(literal.getLabel(),
                TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue())));
    }
}
