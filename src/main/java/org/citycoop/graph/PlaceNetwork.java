package org.citycoop.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.Resources;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.GraphStore;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The cooperation network of places as a JGraphT graph: a vertex per place that cooperates, an edge per pair of
 * places that cooperate ({@link CooperationLinks}, the network {@code cc:cooperatesWith} and the exports hold),
 * weighted by the number of sources that say so. Each place keeps its name, country and province or
 * prefecture, for tables and aggregates.
 *
 * <pre>{@code
 * PlaceNetwork network = PlaceNetwork.read(store);
 * NetworkFigures figures = NetworkFigures.of(network);
 * }</pre>
 */
public final class PlaceNetwork {
    private static final Query PLACES = QueryFactory.create(Resources.text(PlaceNetwork.class, "network-places.rq"));
    private final Graph<Node, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    private final Map<Node, PlaceInfo> places = new LinkedHashMap<>();

    /** A place of the network: its name, its country's ISO code and its province or prefecture (null if unknown). */
    public record PlaceInfo(Node iri, String name, String country, Node region, String regionName) {
    }

    /** Adds a place, or tells more of one. */
    public PlaceNetwork place(PlaceInfo place) {
        places.put(place.iri(), place);
        graph.addVertex(place.iri());
        return this;
    }

    /** Adds one source's word that two places cooperate: the first makes the edge, each more adds to its weight. */
    public PlaceNetwork link(Node place, Node other) {
        return link(place, other, 1);
    }

    /** Adds the word of {@code sources} sources that two places cooperate, to the edge's weight. */
    public PlaceNetwork link(Node place, Node other, int sources) {
        if (place.equals(other)) {
            return this;
        }
        for (Node end : List.of(place, other)) {
            if (graph.addVertex(end)) {
                places.put(end, new PlaceInfo(end, end.getURI(), null, null, null));
            }
        }
        DefaultWeightedEdge edge = graph.getEdge(place, other);
        if (edge == null) {
            graph.setEdgeWeight(graph.addEdge(place, other), sources);
        } else {
            graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + sources);
        }
        return this;
    }

    /** The graph, for JGraphT's algorithms. */
    public Graph<Node, DefaultWeightedEdge> graph() {
        return graph;
    }

    public PlaceInfo info(Node place) {
        return places.get(place);
    }

    public Collection<PlaceInfo> places() {
        return places.values();
    }

    /** The places whose names are this one (any of their names, case ignored). */
    public List<Node> named(String name) {
        return places.values().stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).map(PlaceInfo::iri).toList();
    }

    /** The shortest cooperation path between two places (fewest links), empty if none joins them. */
    public List<Node> path(Node from, Node to) {
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
            return List.of();
        }
        org.jgrapht.GraphPath<Node, DefaultWeightedEdge> path = BFSShortestPath.findPathBetween(graph, from, to);
        return path == null ? List.of() : path.getVertexList();
    }

    /**
     * Reads the network the store holds ({@link CooperationLinks}: the places {@code cc:cooperatesWith} joins, each
     * link weighted by the sources that state it); call outside a transaction.
     */
    public static PlaceNetwork read(GraphStore store) {
        return read(store, List.of());
    }

    /**
     * Reads the links that every one of some sources states (by their keys; none: every link), each weighted by
     * all the sources that state it; call outside a transaction.
     *
     * @throws CityCoopException CC403 for a key of no source the store holds
     */
    public static PlaceNetwork read(GraphStore store, List<String> sources) {
        return store.read(() -> {
            for (String key : sources) {
                Node graph = NodeFactory.createURI(CC.GRAPH + key);
                if (!store.curated().contains(Node.ANY, graph, Vocab.RDF_TYPE, CC.SourceGraph)) {
                    throw new CityCoopException(ErrorId.BAD_OPTION, "--source " + key + ": the store holds no source "
                        + "of that key (./citycoop sources lists them)");
                }
            }
            PlaceNetwork network = new PlaceNetwork();
            for (CooperationLinks.Link link : CooperationLinks.read(store)) {
                if (link.sources().containsAll(sources)) {
                    network.link(link.one(), link.other(), link.weight());
                }
            }
            Map<Node, NamedPlace> named = new HashMap<>();
            store.select(PLACES, row -> named.computeIfAbsent(node(row, "place"), NamedPlace::new).add(row));
            named.values().stream().filter(place -> network.graph.containsVertex(place.iri))
                .forEach(place -> network.place(place.info()));
            return network;
        });
    }

    private static Node node(QuerySolution row, String variable) {
        return row.get(variable).asNode();
    }

    /** A place's rows of {@code network-places.rq}: its English name before a plain one before any other. */
    private static final class NamedPlace {
        private final Node iri;
        private final PreferredName name = new PreferredName();
        private String country;
        private Node region;
        private String regionName;

        NamedPlace(Node iri) {
            this.iri = iri;
        }

        void add(QuerySolution row) {
            if (row.contains("name")) {
                name.offer(row.getLiteral("name"));
            }
            if (row.contains("country")) {
                country = row.getLiteral("country").getLexicalForm();
            }
            if (row.contains("region")) {
                region = node(row, "region");
                regionName = row.getLiteral("regionName").getLexicalForm();
            }
        }

        PlaceInfo info() {
            return new PlaceInfo(iri, name.orElse(iri.getURI()), country, region, regionName);
        }
    }
}
