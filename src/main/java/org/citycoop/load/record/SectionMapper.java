package org.citycoop.load.record;

import java.util.Set;

import org.apache.jena.graph.Node;

/** Maps the records of one section of a record file ({@code places}, {@code events}...) to triples. */
public interface SectionMapper {
    /** The family the section's records define. */
    Family family();

    /** The field names a record of this section may have. */
    Set<String> fields();

    /** The class used when a record gives no {@code type}, or null when {@code type} is required. */
    Node defaultType();

    /** Emits the triples of one record, whose definition (key, IRI, class) is already known. */
    void emit(Fields record, Definition self, Emitter out);
}
