package org.citycoop.graph;

import java.util.List;

/**
 * An edge of the visual graph.
 *
 * @param id       a stable id made of its ends and property
 * @param source   the IRI of the node it starts at
 * @param target   the IRI of the node it ends at
 * @param property the IRI of the property it stands for
 * @param label    the property's label, or the role for a participation ("host", "leader")
 * @param relation the property's label, always: what a filter of relations names it by
 * @param weight   how many sources state a link between places ({@link CooperationLinks}); 1 for other edges
 * @param sources  the keys of those sources; empty for other edges
 */
public record GraphEdge(String id, String source, String target, String property, String label, String relation,
        int weight, List<String> sources) {

    static GraphEdge of(String source, String property, String target, String label, String relation) {
        return new GraphEdge(source + " " + property + " " + target, source, target, property, label, relation, 1,
            List.of());
    }

    /** The same edge, stated by these sources. */
    GraphEdge statedBy(int count, List<String> keys) {
        return new GraphEdge(id, source, target, property, label, relation, count, List.copyOf(keys));
    }

    /** The end that is not {@code node}. */
    public String other(String node) {
        return source.equals(node) ? target : source;
    }
}
