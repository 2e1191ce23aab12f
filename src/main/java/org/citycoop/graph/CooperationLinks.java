package org.citycoop.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.Resources;
import org.citycoop.ontology.CC;
import org.citycoop.store.GraphStore;

/**
 * The cooperation network as the store defines it, the one definition every analysis and export reads: a link per
 * pair of places {@code cc:cooperatesWith} joins in the inferred graph, with the sources that state it (the graphs
 * in which one cooperation, agreement or twinning has a partner or party standing for each place, as the inference
 * rule pairs them, or that state the link itself). An alliance's members are not linked with one another, nor is an
 * island with anything, because the inference does not link them.
 *
 * <pre>{@code
 * List<CooperationLinks.Link> links = store.read(() -> CooperationLinks.read(store));
 * }</pre>
 */
public final class CooperationLinks {
    private static final Query STATEMENTS = QueryFactory.create(Resources.text(CooperationLinks.class,
        "cooperation-statements.rq"));
    private static final Query PLACES_OF = QueryFactory.create(Resources.text(CooperationLinks.class,
        "places-of-parties.rq"));

    /**
     * A link of the network.
     *
     * @param one     the end whose IRI sorts first
     * @param other   the other end
     * @param sources the keys of the sources that state it, sorted
     */
    public record Link(Node one, Node other, List<String> sources) {
        /** How many sources state the link; at least one, since the store holds it. */
        public int weight() {
            return Math.max(1, sources.size());
        }
    }

    private CooperationLinks() {
    }

    /** The links of the store's network, in the order of the store's index; call inside a read transaction. */
    public static List<Link> read(GraphStore store) {
        Map<List<Node>, Set<String>> links = new LinkedHashMap<>();
        Map<Node, Set<Node>> partners = new HashMap<>();
        store.curated().find(CC.INFERRED_GRAPH, Node.ANY, CC.cooperatesWith, Node.ANY).forEachRemaining(quad -> {
            partners.computeIfAbsent(quad.getSubject(), k -> new java.util.HashSet<>()).add(quad.getObject());
            links.computeIfAbsent(pair(quad.getSubject(), quad.getObject()), k -> new TreeSet<>());
        });
        statedLinks(store, links);
        Map<Node, List<Node>> placesOf = new HashMap<>();
        store.select(PLACES_OF, row -> placesOf.computeIfAbsent(row.get("agent").asNode(), k -> new ArrayList<>())
            .add(row.get("place").asNode()));
        Map<List<Node>, List<Node>> agents = new LinkedHashMap<>();
        store.select(STATEMENTS, row -> agents.computeIfAbsent(List.of(row.get("graph").asNode(),
            row.get("through").asNode()), k -> new ArrayList<>()).add(row.get("agent").asNode()));
        agents.forEach((statement, joined) -> pairUp(statement.get(0), joined, placesOf, partners, links));
        List<Link> read = new ArrayList<>(links.size());
        links.forEach((ends, sources) -> read.add(new Link(ends.get(0), ends.get(1), List.copyOf(sources))));
        return Collections.unmodifiableList(read);
    }

    /** Sources that state a link between places themselves ({@code cc:cooperatesWith}, {@code cc:twinnedWith}). */
    private static void statedLinks(GraphStore store, Map<List<Node>, Set<String>> links) {
        for (Node property : List.of(CC.cooperatesWith, CC.twinnedWith)) {
            store.curated().find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(quad -> {
                Set<String> sources = links.get(pair(quad.getSubject(), quad.getObject()));
                if (sources != null && !quad.getGraph().equals(CC.INFERRED_GRAPH) && !Quad.isDefaultGraph(quad.getGraph())) {
                    sources.add(key(quad.getGraph()));
                }
            });
        }
    }

    /** Gives the source each link between the places of two different agents of one statement. */
    private static void pairUp(Node graph, List<Node> joined, Map<Node, List<Node>> placesOf,
            Map<Node, Set<Node>> partners, Map<List<Node>, Set<String>> links) {
        for (int i = 0; i < joined.size(); i++) {
            for (int j = i + 1; j < joined.size(); j++) {
                if (joined.get(i).equals(joined.get(j))) {
                    continue;
                }
                for (Node place : places(joined.get(i), placesOf, partners)) {
                    for (Node other : places(joined.get(j), placesOf, partners)) {
                        if (partners.getOrDefault(place, Set.of()).contains(other)) {
                            links.get(pair(place, other)).add(key(graph));
                        }
                    }
                }
            }
        }
    }

    /** The places an agent stands for, and the agent itself where it is a place of the network. */
    private static List<Node> places(Node agent, Map<Node, List<Node>> placesOf, Map<Node, Set<Node>> partners) {
        List<Node> places = new ArrayList<>(placesOf.getOrDefault(agent, List.of()));
        if (partners.containsKey(agent) && !places.contains(agent)) {
            places.add(agent);
        }
        return places;
    }

    private static List<Node> pair(Node a, Node b) {
        return a.getURI().compareTo(b.getURI()) < 0 ? List.of(a, b) : List.of(b, a);
    }

    /** A source's key: its graph's IRI after the graphs' namespace. */
    static String key(Node graph) {
        String iri = graph.getURI();
        return iri.startsWith(CC.GRAPH) ? iri.substring(CC.GRAPH.length()) : iri;
    }
}
