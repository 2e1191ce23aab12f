package org.citycoop.load.record;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.citycoop.Location;

/**
 * Where each subject and each (subject, property) pair of a load was written, so that a SHACL violation on
 * a node can be reported at the line of the record and field that produced it. A load writes without it
 * ({@link #none()}) and, when the shapes find violations, reads the files that hold them again with one that notes
 * only the nodes in question ({@link #of(Set)}): positions cost memory in proportion to what is wrong, not to
 * what is loaded.
 */
public final class Provenance {
    private final Predicate<Node> noted;
    private final Map<Node, Location> records = new HashMap<>();
    private final Map<Node, String> names = new HashMap<>();
    private final Map<Node, Map<Node, Location>> fields = new HashMap<>();
    private final Map<Node, String> fieldNames = new HashMap<>();

    /** Notes every subject: for sources small enough to keep all positions of. */
    public Provenance() {
        this(subject -> true);
    }

    private Provenance(Predicate<Node> noted) {
        this.noted = noted;
    }

    /** Notes nothing. */
    public static Provenance none() {
        return new Provenance(subject -> false);
    }

    /** Notes only these subjects. */
    public static Provenance of(Set<Node> subjects) {
        return new Provenance(subjects::contains);
    }

    void record(Node subject, String name, Location location) {
        if (!noted.test(subject)) {
            return;
        }
        records.putIfAbsent(subject, location);
        names.putIfAbsent(subject, name);
    }

    void field(Node subject, Node property, String fieldName, Location location) {
        if (!noted.test(subject)) {
            return;
        }
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
