package org.citycoop.load.record;

import java.util.Set;

import org.apache.jena.graph.Node;

/** Maps the records of one section of a record file ({@code places}, {@code events}...) to triples. */
abstract class SectionMapper {
    private final Family family;
    private final Node defaultType;
    private final Set<String> fields;

    /**
     * @param family      the family the section's records define
     * @param defaultType the class used when a record gives no {@code type}, or null when {@code type} is required
     * @param fields      the field names a record may have besides key, type, note and evidence
     */
    SectionMapper(Family family, Node defaultType, String... fields) {
        this.family = family;
        this.defaultType = defaultType;
        this.fields = Set.of(fields);
    }

    final Family family() {
        return family;
    }

    final Set<String> fields() {
        return fields;
    }

    final Node defaultType() {
        return defaultType;
    }

    /** Emits the triples of one record, whose definition (key, IRI, class) is already known. */
    abstract void emit(Fields record, Definition self, Emitter out);
}
