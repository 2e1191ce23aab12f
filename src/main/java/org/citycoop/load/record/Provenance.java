package org.citycoop.load.record;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.citycoop.Location;

/**
 * Where each subject and each (subject, property) pair of a load was written, so that a SHACL violation on
 * a node can be reported at the line of the record and field that produced it.
 */
public final class Provenance {
    private final Map<Node, Location> records = new HashMap<>();
    private final Map<Node, String> names = new HashMap<>();
    private final Map<Node, Map<Node, Location>> fields = new HashMap<>();
    private final Map<Node, String> fieldNames = new HashMap<>();

    void record(Node subject, String name, Location location) {
        records.putIfAbsent(subject, location);
        names.putIfAbsent(subject, name);
    }

    void field(Node subject, Node property, String fieldName, Location location) {
        fields.computeIfAbsent(subject, s -> new HashMap<>()).putIfAbsent(property, location);
        fieldNames.putIfAbsent(property, fieldName);
    }

    /** Where the field is written, else the record, else null. */
    public Location locate(Node subject, Node property) {
        Map<Node, Location> byProperty = fields.get(subject);
        if (byProperty != null && property != null && byProperty.containsKey(property)) {
            return byProperty.get(property);
        }
        return records.get(subject);
    }

    /** The record as a reader knows it: "event 'x'", or the IRI. */
    public String recordName(Node subject) {
        String name = names.get(subject);
        return name != null ? name : "<" + subject + ">";
    }

    /** The field name records use for a property, or the property's IRI. */
    public String fieldName(Node property) {
        String name = fieldNames.get(property);
        return name != null ? "'" + name + "'" : "<" + property + ">";
    }
}
