package org.citycoop.store;

import java.io.OutputStream;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * Writes the store in an RDF syntax. Dataset syntaxes (TriG, N-Quads, JSON-LD) keep the named graphs;
 * graph syntaxes (Turtle, N-Triples, RDF/XML) write the union of all graphs. TriG, N-Quads, Turtle and
 * N-Triples are written as a stream, without building the output in memory.
 */
public final class Exporter {
    /** The export formats and the Jena writers they use. */
    public enum Format {
        TRIG(RDFFormat.TRIG_BLOCKS, true), NQUADS(RDFFormat.NQUADS, true), JSONLD(RDFFormat.JSONLD11, true),
        TURTLE(RDFFormat.TURTLE_BLOCKS, false), NTRIPLES(RDFFormat.NTRIPLES, false), RDFXML(RDFFormat.RDFXML_PLAIN, false);

        private final RDFFormat rdfFormat;
        private final boolean dataset;

        Format(RDFFormat rdfFormat, boolean dataset) {
            this.rdfFormat = rdfFormat;
            this.dataset = dataset;
        }

        public RDFFormat rdfFormat() {
            return rdfFormat;
        }

        public static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CityCoopException(ErrorId.BAD_OPTION, "unknown export format '" + name + "', expected one of "
                    + Stream.of(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")), e);
            }
        }
    }

    private final GraphStore store;

    public Exporter(GraphStore store) {
        this.store = store;
    }

    /** The prefixes the project writes its RDF with. */
    public static PrefixMap prefixes() {
        PrefixMap map = PrefixMapFactory.create();
        map.add("cc", CC.NS);
        map.add("id", CC.ID);
        map.add("topic", CC.TOPIC);
        map.add("status", CC.STATUS);
        map.add("role", CC.ROLE);
        map.add("org", Vocab.ORG);
        map.add("foaf", Vocab.FOAF);
        map.add("schema", Vocab.SCHEMA);
        map.add("skos", Vocab.SKOS);
        map.add("prov", Vocab.PROV);
        map.add("dcterms", Vocab.DCTERMS);
        map.add("geo", Vocab.GEO);
        map.add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        map.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        return map;
    }

    public void write(Format format, OutputStream out) {
        store.read(() -> {
            DatasetGraph dataset = store.curated();
            if (format.dataset) {
                RDFWriter.source(dataset).format(format.rdfFormat).output(out);
            } else {
                Graph union = dataset.getUnionGraph();
                Graph withPrefixes = new org.apache.jena.sparql.graph.GraphWrapper(union) {
                    @Override
                    public org.apache.jena.shared.PrefixMapping getPrefixMapping() {
                        return org.apache.jena.riot.system.Prefixes.adapt(prefixes());
                    }
                };
                RDFWriter.source(withPrefixes).format(format.rdfFormat).output(out);
            }
            return null;
        });
    }
}
