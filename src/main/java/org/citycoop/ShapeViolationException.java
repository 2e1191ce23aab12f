package org.citycoop;

import java.util.List;

/**
 * One or more records break the SHACL shapes of the ontology. Each violation names the record, the field
 * and, where the record came from a file, its line and column.
 */
public class ShapeViolationException extends CityCoopException {
    private static final long serialVersionUID = 1L;
    /** A message lists this many violations; {@link #violations()} has them all. */
    static final int MAX_LISTED = 20;
    private final transient List<Violation> violations;

    public ShapeViolationException(List<Violation> violations) {
        super(ErrorId.SHAPE_VIOLATION, describe(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        StringBuilder text = new StringBuilder();
        text.append(violations.size()).append(violations.size() == 1 ? " record breaks" : " records break")
            .append(" the shapes:");
        int shown = 0;
        for (Violation violation : violations) {
            if (shown++ == MAX_LISTED) {
                text.append(System.lineSeparator()).append("  ... and ").append(violations.size() - MAX_LISTED)
                    .append(" more");
                break;
            }
            text.append(System.lineSeparator()).append("  ").append(violation);
        }
        return text.toString();
    }

    /**
     * One broken constraint.
     *
     * @param location where the field or record is written, or null for records from RDF files
     * @param record   the record, as its key or IRI
     * @param field    the field (property) that breaks the shape
     * @param message  what is wrong
     */
    public record Violation(Location location, String record, String field, String message) {
        @Override
        public String toString() {
            String where = location == null ? "" : location + ": ";
            return where + "record " + record + ", field " + field + ": " + message;
        }
    }
}
