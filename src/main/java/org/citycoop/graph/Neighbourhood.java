package org.citycoop.graph;

import java.util.List;

/**
 * The part of the graph around a node, in the shape Cytoscape.js reads ({@code elements.nodes[].data},
 * {@code elements.edges[].data}), with the neighbours left out by the cap counted per property.
 *
 * @param elements the nodes and edges
 * @param more     for each node and property whose neighbours were capped, how many were left out
 */
public record Neighbourhood(Elements elements, List<More> more) {

    /** Nodes and edges, each wrapped in {@code data} as Cytoscape.js expects. */
    public record Elements(List<Data<GraphNode>> nodes, List<Data<GraphEdge>> edges) {
    }

    /** Cytoscape.js's wrapper of an element's fields. */
    public record Data<T>(T data) {
    }

    /**
     * Neighbours not returned.
     *
     * @param node     the node whose neighbours were capped
     * @param property the property they are linked by
     * @param label    the property's label
     * @param count    how many were left out
     */
    public record More(String node, String property, String label, int count) {
    }
}
