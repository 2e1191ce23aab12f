package org.citycoop.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.citycoop.TestProject;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every export format parses back, with Jena and with RDF4J, to the store's dataset (or its union). */
class ExportTest {

    @ParameterizedTest
    @EnumSource(Exporter.Format.class)
    void anExportParsesBackToTheSameDataWithJenaAndWithRdf4j(Exporter.Format format) {
        Store store = TestProject.dataStore();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(store).write(format, out);
        byte[] bytes = out.toByteArray();
        DatasetGraph expected = TestProject.snapshot(store, Set.of());
        boolean keepsGraphs = format == Exporter.Format.TRIG || format == Exporter.Format.NQUADS
            || format == Exporter.Format.JSONLD;

        DatasetGraph byJena = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.rdfFormat().getLang()).parse(byJena);
        DatasetGraph byRdf4j = rdf4j(bytes, format);

        if (keepsGraphs) {
            assertTrue(IsoMatcher.isomorphic(expected, byJena), "Jena reads back another dataset from " + format);
            assertTrue(IsoMatcher.isomorphic(expected, byRdf4j), "RDF4J reads back another dataset from " + format);
        } else {
            Graph union = union(expected);
            assertTrue(IsoMatcher.isomorphic(union, byJena.getDefaultGraph()), "Jena reads back another graph from " + format);
            assertTrue(IsoMatcher.isomorphic(union, byRdf4j.getDefaultGraph()), "RDF4J reads back another graph from " + format);
        }
    }

    private static Graph union(DatasetGraph dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }

    private static DatasetGraph rdf4j(byte[] bytes, Exporter.Format format) {
        RDFFormat rioFormat = switch (format) {
            case TRIG -> RDFFormat.TRIG;
            case NQUADS -> RDFFormat.NQUADS;
            case JSONLD -> RDFFormat.JSONLD;
            case TURTLE -> RDFFormat.TURTLE;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case RDFXML -> RDFFormat.RDFXML;
        };
        return RioReader.read(bytes, rioFormat);
    }
}
