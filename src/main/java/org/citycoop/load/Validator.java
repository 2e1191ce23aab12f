package org.citycoop.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.P_Link;
import org.citycoop.ShapeViolationException;
import org.citycoop.ShapeViolationException.Violation;
import org.citycoop.load.record.Provenance;
import org.citycoop.ontology.Ontology;

/**
 * Checks a graph against the ontology's SHACL shapes and reports violations at the records and fields
 * that produced them.
 */
public final class Validator {
    private final Shapes shapes;

    public Validator(Ontology ontology) {
        this.shapes = Shapes.parse(ontology.shapes());
    }

    /** Throws {@link ShapeViolationException} listing every violation; returns quietly when the graph conforms. */
    public void check(Graph data, Provenance provenance) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (report.conforms()) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            if (entry.severity() != Severity.Violation) {
                continue;
            }
            Node focus = entry.focusNode();
            Node property = entry.resultPath() instanceof P_Link link ? link.getNode() : null;
            String field = property == null ? "(record)" : provenance.fieldName(property);
            String value = entry.value() == null ? "" : " (found " + shortName(entry.value()) + ")";
            violations.add(new Violation(provenance.locate(focus, property), provenance.recordName(focus), field,
                entry.message() + value));
        }
        violations.sort(Comparator.comparing(v -> v.location() == null ? "~" : v.location().toString()));
        throw new ShapeViolationException(violations);
    }

    private static String shortName(Node node) {
        return node.isURI() ? "<" + node.getURI() + ">" : node.toString();
    }
}
