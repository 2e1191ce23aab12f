package org.citycoop.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.citycoop.Progress;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
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
    /** Whether every shape reaches only from a node to its values (single-property paths, as in shapes.ttl). */
    private final boolean local;

    public Validator(Ontology ontology) {
        this.shapes = Shapes.parse(ontology.shapes());
        this.local = allPathsSingleProperties(shapes);
    }

    /**
     * Where the records that wrote some nodes are, asked only once the shapes have found which nodes break them,
     * so that a load need not keep the position of everything it writes.
     */
    @FunctionalInterface
    public interface Positions {
        /** Positions of (at least) these nodes. */
        Provenance of(Set<Node> nodes);
    }

    /** Throws {@link ShapeViolationException} listing every violation; returns quietly when the graph conforms. */
    public void check(Graph data, Provenance provenance) {
        check(data, nodes -> provenance, Progress.NONE.phase("validating", -1, ""));
    }

    /** As {@link #check(Graph, Provenance)}, counting in {@code phase} each focus node checked. */
    public void check(Graph data, Positions positions, Progress.Phase phase) {
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node node : VLib.focusNodes(data, shape)) {
                VLib.validateShape(context, data, shape, node);
                phase.stepBy(1);
            }
        }
        report(context.generateReport(), positions);
    }

    /**
     * Checks only the nodes a change touched: the subjects of the triples it added or removed, and the nodes that
     * refer to those (a shape may ask of a value its class). With single-property paths from the focus node no other
     * node's conformance can change (an object's own description is unchanged), so the result is that of
     * {@link #check(Graph, Provenance)}; with longer or inverse paths in the shapes, everything is checked.
     */
    public void check(Graph data, Positions positions, Set<Node> touched, Progress.Phase phase) {
        if (!local) {
            check(data, positions, phase);
            return;
        }
        Set<Node> nodes = new HashSet<>(touched);
        for (Node node : touched) {
            data.find(Node.ANY, Node.ANY, node).forEachRemaining(t -> nodes.add(t.getSubject()));
        }
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Node node : nodes) {
            for (Shape shape : shapes.getTargetShapes()) {
                if (VLib.isFocusNode(shape, node, data)) {
                    VLib.validateShape(context, data, shape, node);
                }
            }
            phase.stepBy(1);
        }
        report(context.generateReport(), positions);
    }

    private static boolean allPathsSingleProperties(Shapes shapes) {
        for (Shape shape : shapes.getShapeMap().values()) {
            for (PropertyShape property : shape.getPropertyShapes()) {
                if (!(property.getPath() instanceof P_Link)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void report(ValidationReport report, Positions positions) {
        if (report.conforms()) {
            return;
        }
        List<ReportEntry> entries = report.getEntries().stream().filter(e -> e.severity() == Severity.Violation)
            .toList();
        if (entries.isEmpty()) {
            return;
        }
        Provenance provenance = positions.of(entries.stream().map(ReportEntry::focusNode)
            .collect(java.util.stream.Collectors.toSet()));
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry entry : entries) {
            Node focus = entry.focusNode();
            Node property = entry.resultPath() instanceof P_Link link ? link.getNode() : null;
            String field = property == null ? "(record)" : provenance.fieldName(property);
            String value = entry.value() == null ? "" : " (found " + shortName(entry.value()) + ")";
            violations.add(new Violation(provenance.locate(focus, property), provenance.recordName(focus), field,
                entry.message() + value));
        }
        // a stable order, whichever order the engine found them in
        violations.sort(Comparator.comparing((Violation v) -> v.location() == null ? "~" : v.location().toString())
            .thenComparing(Violation::record).thenComparing(Violation::field).thenComparing(Violation::message));
        throw new ShapeViolationException(violations);
    }

    private static String shortName(Node node) {
        return node.isURI() ? "<" + node.getURI() + ">" : node.toString();
    }
}
