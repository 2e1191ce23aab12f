package org.citycoop.graph;

/**
 * An edge of the visual graph.
 *
 * @param id       a stable id made of its ends and property
 * @param source   the IRI of the node it starts at
 * @param target   the IRI of the node it ends at
 * @param property the IRI of the property it stands for
 * @param label    the property's label, or the role for a participation ("host", "leader")
 * @param relation the property's label, always: what a filter of relations names it by
 */
public record GraphEdge(String id, String source, String target, String property, String label, String relation) {

    static GraphEdge of(String source, String property, String target, String label, String relation) {
        return new GraphEdge(source + " " + property + " " + target, source, target, property, label, relation);
    }

    /** The end that is not {@code node}. */
    public String other(String node) {
        return source.equals(node) ? target : source;
    }
}
