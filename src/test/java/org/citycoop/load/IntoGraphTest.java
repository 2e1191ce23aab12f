package org.citycoop.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongConsumer;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.load.record.Definition;
import org.citycoop.load.record.KeyIndex;
import org.citycoop.load.record.Provenance;
import org.citycoop.ontology.Vocab;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntoGraphTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T00:18:00Z", "2026-11-25T00:00:00Z", "2026-11-25T13:45:07.250Z"})
    void theGraphIsStampedWithAValidDateTimeToTheSecond(String instant) {
        DatasetGraph quads = DatasetGraphFactory.create();
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        IntoGraph into = new IntoGraph(StreamRDFLib.dataset(quads), new OneSource(), clock);
        into.describeGraph(null);

        List<Quad> stamps = quads.stream(Node.ANY, Node.ANY, Vocab.PROV_GENERATED_AT_TIME, Node.ANY).toList();
        assertEquals(1, stamps.size());
        Node stamp = stamps.get(0).getObject();
        String lexical = stamp.getLiteralLexicalForm();
        assertTrue(stamp.getLiteralDatatype().isValid(lexical), lexical + " is not a valid xsd:dateTime");
        assertEquals(Instant.parse(instant).getEpochSecond(), Instant.parse(lexical).getEpochSecond());
    }

    /** A source with nothing in it but its description. */
    private static final class OneSource implements Source {
        @Override
        public String key() {
            return "stamped";
        }

        @Override
        public String file() {
            return "stamped.yaml";
        }

        @Override
        public String digest() {
            return "0";
        }

        @Override
        public String method() {
            return "curated";
        }

        @Override
        public List<Definition> definitions() {
            return List.of();
        }

        @Override
        public void emit(StreamRDF out, KeyIndex keys, Provenance provenance, LongConsumer bytesRead) {
            // nothing but the description, which IntoGraph writes
        }
    }
}
