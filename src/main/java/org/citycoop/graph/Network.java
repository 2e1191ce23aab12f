package org.citycoop.graph;

import java.util.List;

/**
 * A whole network (or a filtered part), ready to export.
 *
 * @param nodes    the nodes
 * @param edges    the edges between them
 * @param directed whether an edge goes from its source to its target (a cooperation goes both ways)
 */
public record Network(List<GraphNode> nodes, List<GraphEdge> edges, boolean directed) {
}
