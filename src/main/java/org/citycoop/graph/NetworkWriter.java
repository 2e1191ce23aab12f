package org.citycoop.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.WeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes a {@link Network} as GraphML or GEXF (which Gephi opens with labels and types as attributes), or as CSV
 * node and edge lists.
 *
 * <pre>{@code
 * new NetworkWriter(model.network(NetworkKind.COOPERATION, Set.of(), null)).write(NetworkFormat.GEXF, writer);
 * }</pre>
 */
public final class NetworkWriter {
    private static final String[] NODE_ATTRIBUTES = {"iri", "label_id", "type", "kind", "earliest", "latest"};
    private static final String[] EDGE_ATTRIBUTES = {"property", "sources"};
    /** Between the keys of an edge's sources: no key holds it, since keys are parts of IRIs. */
    private static final String SOURCES_SEPARATOR = " ";
    private final Network network;

    public NetworkWriter(Network network) {
        this.network = network;
    }

    public void write(NetworkFormat format, Writer out) {
        try {
            switch (format) {
                case GRAPHML -> graphml(out);
                case GEXF -> gexf(out);
                case NODES_CSV -> nodes(out);
                case EDGES_CSV -> edges(out);
                default -> throw new IllegalStateException("unhandled " + format);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Node and edge ids are positions ({@code n0}, {@code e0}): GraphML requires XML name tokens, which IRIs are not.
     * The IRI travels as the attribute {@code iri}.
     */
    private java.util.function.Function<GraphNode, String> nodeIds() {
        Map<String, String> ids = new java.util.HashMap<>();
        network.nodes().forEach(n -> ids.put(n.id(), "n" + ids.size()));
        return n -> ids.get(n.id());
    }

    private java.util.function.Function<GraphEdge, String> edgeIds() {
        Map<String, String> ids = new java.util.HashMap<>();
        network.edges().forEach(e -> ids.put(e.id(), "e" + ids.size()));
        return e -> ids.get(e.id());
    }

    private Graph<GraphNode, GraphEdge> graph() {
        Graph<GraphNode, GraphEdge> graph = network.directed() ? new DirectedWeightedPseudograph<>(GraphEdge.class)
            : new WeightedPseudograph<>(GraphEdge.class);
        Map<String, GraphNode> byId = new LinkedHashMap<>();
        network.nodes().forEach(n -> {
            byId.put(n.id(), n);
            graph.addVertex(n);
        });
        network.edges().forEach(e -> {
            graph.addEdge(byId.get(e.source()), byId.get(e.target()), e);
            graph.setEdgeWeight(e, e.weight());
        });
        return graph;
    }

    private static Map<String, Attribute> nodeAttributes(GraphNode node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(node.label()));
        attributes.put("iri", DefaultAttribute.createAttribute(node.id()));
        put(attributes, "label_id", node.labelId());
        attributes.put("type", DefaultAttribute.createAttribute(node.type()));
        attributes.put("kind", DefaultAttribute.createAttribute(node.kind()));
        put(attributes, "earliest", node.earliest() == null ? null : node.earliest().toString());
        put(attributes, "latest", node.latest() == null ? null : node.latest().toString());
        return attributes;
    }

    private static void put(Map<String, Attribute> attributes, String name, String value) {
        if (value != null) {
            attributes.put(name, DefaultAttribute.createAttribute(value));
        }
    }

    private static Map<String, Attribute> edgeAttributes(GraphEdge edge) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(edge.label()));
        attributes.put("property", DefaultAttribute.createAttribute(edge.property()));
        put(attributes, "sources", edge.sources().isEmpty() ? null : String.join(SOURCES_SEPARATOR, edge.sources()));
        return attributes;
    }

    private void graphml(Writer out) {
        GraphMLExporter<GraphNode, GraphEdge> exporter = new GraphMLExporter<>(nodeIds());
        exporter.setEdgeIdProvider(edgeIds());
        // the labels as the attribute "label", which Gephi and yEd show
        exporter.setExportVertexLabels(true);
        exporter.setVertexLabelAttributeName("label");
        exporter.setExportEdgeLabels(true);
        exporter.setEdgeLabelAttributeName("label");
        // the number of sources, as the attribute "weight" that Gephi and networkx read
        exporter.setExportEdgeWeights(true);
        for (String name : NODE_ATTRIBUTES) {
            exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        for (String name : EDGE_ATTRIBUTES) {
            exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        }
        exporter.setVertexAttributeProvider(NetworkWriter::nodeAttributes);
        exporter.setEdgeAttributeProvider(NetworkWriter::edgeAttributes);
        exporter.exportGraph(graph(), out);
    }

    private void gexf(Writer out) {
        GEXFExporter<GraphNode, GraphEdge> exporter = new GEXFExporter<>(nodeIds(), edgeIds());
        exporter.setCreator("CityCoop");
        exporter.setDescription("City cooperation network");
        for (String name : NODE_ATTRIBUTES) {
            exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        }
        for (String name : EDGE_ATTRIBUTES) {
            exporter.registerAttribute(name, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        }
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        exporter.setVertexAttributeProvider(NetworkWriter::nodeAttributes);
        exporter.setEdgeAttributeProvider(NetworkWriter::edgeAttributes);
        exporter.exportGraph(graph(), out);
    }

    private void nodes(Writer out) throws IOException {
        // the printer is flushed, not closed: the caller owns the writer
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "label", "label_id", "type",
            "kind", "earliest", "latest").get());
        for (GraphNode node : network.nodes()) {
            csv.printRecord(node.id(), node.label(), node.labelId(), node.type(), node.kind(), node.earliest(),
                node.latest());
        }
        csv.flush();
    }

    private void edges(Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("source", "target", "property",
            "label", "weight", "sources").get());
        for (GraphEdge edge : network.edges()) {
            csv.printRecord(edge.source(), edge.target(), edge.property(), edge.label(), edge.weight(),
                String.join(SOURCES_SEPARATOR, edge.sources()));
        }
        csv.flush();
    }
}
