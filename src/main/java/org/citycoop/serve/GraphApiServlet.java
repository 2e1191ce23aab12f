package org.citycoop.serve;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.CityCoopException;
import org.citycoop.graph.GraphNode;
import org.citycoop.graph.Network;
import org.citycoop.graph.FiguresTable;
import org.citycoop.graph.NetworkFormat;
import org.citycoop.graph.NetworkKind;
import org.citycoop.graph.NetworkModel;
import org.citycoop.graph.StoreNetwork;
import org.citycoop.store.GraphStore;
import org.citycoop.graph.NetworkWriter;
import org.citycoop.graph.TimeWindow;
import org.citycoop.ontology.Vocab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON API of the explorer. {@code /api/graph?node=IRI&depth=1..3&relations=a,b&from=&to=&limit=N&nodes=M}: a
 * node's neighbourhood as Cytoscape.js elements, capped per property and in all. {@code /api/search?q=}: things by label.
 * {@code /api/facts?node=IRI}: a node's facts for the side panel. {@code /api/export?format=&network=}: the network
 * as GraphML, GEXF or CSV. Parameters are checked first; a bad one is a 400 with a message.
 */
final class GraphApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final transient Function<NetworkKind, NetworkModel> model;
    private final transient Describer describer;
    private final transient StoreNetwork network;
    private final transient GraphStore store;

    GraphApiServlet(GraphStore store, Function<NetworkKind, NetworkModel> model, Describer describer) {
        this.store = store;
        this.network = new StoreNetwork(store);
        this.model = model;
        this.describer = describer;
    }

    /** A parameter that is wrong: answered with 400 and the message. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            switch (action) {
                case "/graph" -> json(request, response, graph(request));
                case "/search" -> json(request, response, search(request));
                case "/facts" -> json(request, response, facts(request));
                case "/relations" -> json(request, response, Map.of("relations", model.apply(NetworkKind.FULL).relations()));
                case "/export" -> export(request, response);
                default -> error(response, HttpServletResponse.SC_NOT_FOUND,
                    "no API " + action + "; the API has /api/graph, /api/search, /api/facts, /api/relations and /api/export");
            }
        } catch (BadRequest | CityCoopException e) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (NotFound e) {
            error(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (org.apache.jena.query.QueryCancelledException e) {
            // the server's query timeout: a whole full network of a big store takes longer than a request may
            error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "reading " + action + " took longer than the "
                + "server's query timeout (serve --timeout); the cooperation network reads quickly, and the command "
                + "line (./citycoop export, ./citycoop analyze) reads any network without a timeout");
        }
    }

    /** A node the store does not know: answered with 404. */
    private static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    private Object graph(HttpServletRequest request) {
        String node = nodeParameter(request);
        int depth = number(request, "depth", 1, 1, 3);
        int limit = number(request, "limit", 50, 1, 500);
        int nodes = number(request, "nodes", StoreNetwork.MAX_NODES, 1, 5000);
        Set<String> relations = network.relationsNamed(list(request.getParameter("relations")));
        TimeWindow window = TimeWindow.parse(request.getParameter("from"), request.getParameter("to"));
        return network.neighbourhood(node, depth, relations, window, limit, nodes)
            .orElseThrow(() -> notFound(node));
    }

    private Object search(HttpServletRequest request) {
        String query = request.getParameter("q");
        if (query == null || query.isBlank()) {
            throw new BadRequest("parameter 'q' is required: the start of a name, such as Band");
        }
        int limit = number(request, "limit", 20, 1, 200);
        List<Map<String, Object>> results = new ArrayList<>();
        for (GraphNode node : network.search(query, limit)) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", node.id());
            result.put("label", node.label());
            result.put("labelId", node.labelId());
            result.put("type", node.type());
            result.put("kind", node.kind());
            result.put("degree", node.degree());
            result.put("rankInCountry", node.rankInCountry());
            result.put("page", LinkedDataPaths.pageOf(NodeFactory.createURI(node.id())));
            results.add(result);
        }
        return Map.of("query", query, "results", results);
    }

    private Object facts(HttpServletRequest request) {
        GraphNode node = node(request);
        String id = node.id();
        Description description = describer.describe(NodeFactory.createURI(id));
        Labels labels = new Labels(description.quads());
        List<Map<String, Object>> facts = new ArrayList<>();
        for (Quad quad : description.outgoing()) {
            if (!Description.fromSource(quad) || quad.getPredicate().equals(Vocab.RDF_TYPE)) {
                continue;
            }
            Node value = quad.getObject();
            Map<String, Object> fact = new LinkedHashMap<>();
            fact.put("property", quad.getPredicate().getURI());
            fact.put("propertyLabel", labels.of(quad.getPredicate()));
            fact.put("value", value.isURI() ? value.getURI() : value.isLiteral() ? value.getLiteralLexicalForm() : "");
            fact.put("valueLabel", labels.of(value));
            fact.put("link", value.isURI() ? LinkedDataPaths.pageOf(value) : null);
            facts.add(fact);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("node", node);
        result.put("page", LinkedDataPaths.pageOf(NodeFactory.createURI(id)));
        result.put("facts", facts);
        return result;
    }

    private void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String formatName = request.getParameter("format") == null ? "gexf" : request.getParameter("format");
        NetworkFormat format = NetworkFormat.parse(formatName);
        if (format == NetworkFormat.FIGURES_CSV) {
            figures(response);
            return;
        }
        NetworkKind kind = NetworkKind.parse(request.getParameter("network") == null ? "cooperation"
            : request.getParameter("network"));
        NetworkModel network = model.apply(kind);
        Set<String> relations = network.relationsNamed(list(request.getParameter("relations")));
        TimeWindow window = TimeWindow.parse(request.getParameter("from"), request.getParameter("to"));
        Network chosen = network.network(kind, relations, window);
        Responses.cors(response);
        response.setContentType(format.mediaType() + "; charset=utf-8");
        String name = "citycoop-" + kind.name().toLowerCase(java.util.Locale.ROOT)
            + (format == NetworkFormat.NODES_CSV ? "-nodes" : format == NetworkFormat.EDGES_CSV ? "-edges" : "");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        new NetworkWriter(chosen).write(format, out);
    }

    /** The figures of the last analysis as CSV; 404 when the store holds none. */
    private void figures(HttpServletResponse response) throws IOException {
        java.io.StringWriter table = new java.io.StringWriter();
        if (FiguresTable.write(store, table) == 0) {
            throw new NotFound("the store holds no figures of the network: ./citycoop analyze computes and writes them");
        }
        Responses.cors(response);
        response.setContentType(NetworkFormat.FIGURES_CSV.mediaType() + "; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"citycoop-figures.csv\"");
        response.getOutputStream().write(table.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The node a request names, as the graph shows it: 400 without one, 404 for one the graph lacks. */
    private GraphNode node(HttpServletRequest request) {
        String node = nodeParameter(request);
        GraphNode known = network.node(node);
        if (known == null) {
            throw notFound(node);
        }
        return known;
    }

    /** The IRI a request names in 'node': 400 without one. */
    private static String nodeParameter(HttpServletRequest request) {
        String node = request.getParameter("node");
        if (node == null || node.isBlank()) {
            throw new BadRequest("parameter 'node' is required: the IRI of a thing, such as "
                + "https://w3id.org/citycoop/id/city/bandung");
        }
        return node.strip();
    }

    private static NotFound notFound(String node) {
        return new NotFound("no node " + node + " in the graph; find things with /api/search?q=");
    }

    private static int number(HttpServletRequest request, String name, int fallback, int min, int max) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the allowed range
        }
        throw new BadRequest("parameter '" + name + "' is '" + value + "', expected a whole number from " + min + " to " + max);
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : List.of(value.split(","));
    }

    private static void json(HttpServletRequest request, HttpServletResponse response, Object body) throws IOException {
        Responses.send(request, response, "application/json", JSON.writeValueAsBytes(body), null);
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        Responses.cors(response);
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("status", status, "error", message)));
    }
}
