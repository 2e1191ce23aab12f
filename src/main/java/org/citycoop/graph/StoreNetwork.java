package org.citycoop.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.citycoop.ontology.Ontology;
import org.citycoop.store.SamePlaces;
import org.citycoop.store.GraphStore;
import org.citycoop.store.VersionedCache;

/**
 * The visual graph read from the store a node at a time: the edges around a node come from the quads that state
 * them ({@link DirectEdges}) and one query through the store's indexes ({@code edges-around.rq}), the nodes'
 * labels, types and dates from lookups, and search from the store's index of labels. What the explorer and the
 * graph API show of a store of any size, without a copy of the whole network in memory.
 *
 * <pre>{@code
 * Neighbourhood around = new StoreNetwork(store).neighbourhood(bandungIri, 2, Set.of(), null, 50).orElseThrow();
 * }</pre>
 */
public final class StoreNetwork {
    /** Parsed once: parsing it took most of a neighbourhood's time, node after node. */
    private static final Query EDGES_AROUND = QueryFactory.create(read("edges-around.rq"));
    /** Nodes a neighbourhood holds at most unless asked otherwise: more than a reader can take in at once. */
    public static final int MAX_NODES = 500;
    /** Edges a node has at least for them to be kept between requests: a few milliseconds' reading. */
    private static final int HUB_EDGES = 500;
    /** Edges kept between requests at most, of all nodes together: some tens of megabytes. */
    private static final int HUB_EDGES_KEPT = 200_000;
    private final GraphStore store;
    private final Ontology ontology = Ontology.load();
    private final Map<String, String> propertyLabels = new ConcurrentHashMap<>();
    private final Set<String> relations = new java.util.HashSet<>();
    private final VersionedCache<String, Set<GraphEdge>> hubs =
        new VersionedCache<>(HUB_EDGES, HUB_EDGES_KEPT, Set::size);

    public StoreNetwork(GraphStore store) {
        this.store = store;
        ontology.terms().find(Node.ANY, org.citycoop.ontology.Vocab.RDF_TYPE, org.apache.jena.vocabulary.OWL.ObjectProperty.asNode())
            .filterKeep(t -> t.getSubject().isURI()).forEachRemaining(t -> relations.add(t.getSubject().getURI()));
    }

    private static String read(String resource) {
        return org.citycoop.Resources.text(StoreNetwork.class, resource);
    }

    /** The node as the explorer shows it, or null when no edge of the visual graph touches it. */
    public GraphNode node(String id) {
        return store.read(() -> edges(id).isEmpty() ? null : describe(id));
    }

    /**
     * The nodes and edges within {@code depth} steps of a node, or empty when no edge of the visual graph touches
     * it. At each node, at most {@code limit} neighbours per property are followed (the first by IRI); the rest
     * are counted in {@link Neighbourhood#more()}.
     */
    public Optional<Neighbourhood> neighbourhood(String id, int depth, Set<String> relations, TimeWindow window,
            int limit) {
        return neighbourhood(id, depth, relations, window, limit, MAX_NODES);
    }

    /**
     * As {@link #neighbourhood(String, int, Set, TimeWindow, int)}, with at most {@code maxNodes} nodes: once as
     * many are found, no new node is added (those left out are counted in {@link Neighbourhood#more()}), and the
     * nodes not yet expanded stay as they are, to be expanded on their own.
     */
    public Optional<Neighbourhood> neighbourhood(String id, int depth, Set<String> relations, TimeWindow window,
            int limit, int maxNodes) {
        return store.read(() -> {
            Set<GraphEdge> around = edges(id);
            if (around.isEmpty()) {
                return Optional.<Neighbourhood>empty();
            }
            Walk walk = new Walk(new Filter(relations, window, limit, maxNodes));
            walk.found.put(id, describe(id));
            List<String> frontier = List.of(id);
            for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
                List<String> next = new ArrayList<>();
                for (String current : frontier) {
                    if (walk.found.size() >= maxNodes) {
                        break;
                    }
                    // the focus's edges were read to know it exists; the others are read as they are reached
                    expand(current, level == 0 ? around : edges(current), walk, next);
                }
                frontier = next;
            }
            return Optional.of(new Neighbourhood(new Neighbourhood.Elements(
                walk.found.values().stream().map(Neighbourhood.Data::new).toList(),
                walk.linked.values().stream().map(Neighbourhood.Data::new).toList()), walk.more));
        });
    }

    /**
     * Which edges a neighbourhood follows: of these relations (all if none), within a window, so many per property,
     * so many nodes in all.
     */
    private record Filter(Set<String> relations, TimeWindow window, int limit, int maxNodes) {
    }

    /** What one neighbourhood has reached so far. */
    private static final class Walk {
        final Filter filter;
        final Map<String, GraphNode> found = new LinkedHashMap<>();
        final Map<String, GraphEdge> linked = new LinkedHashMap<>();
        final List<Neighbourhood.More> more = new ArrayList<>();
        /** Nodes described to check them against the time window, kept or not. */
        final Map<String, GraphNode> described = new HashMap<>();

        Walk(Filter filter) {
            this.filter = filter;
        }
    }

    /**
     * Follows the edges of one node: of each property, the first {@code limit} other ends by IRI; only those kept
     * are described: a hub's neighbour has hundreds of edges.
     */
    private void expand(String current, Set<GraphEdge> edges, Walk walk, List<String> next) {
        Filter filter = walk.filter;
        Map<String, List<GraphEdge>> byProperty = new LinkedHashMap<>();
        for (GraphEdge edge : edges) {
            if (!filter.relations().isEmpty() && !filter.relations().contains(edge.property())) {
                continue;
            }
            // the window needs the other end's dates: then it is described before it is kept
            if (filter.window() == null || known(edge.other(current), walk).within(filter.window())) {
                byProperty.computeIfAbsent(edge.property(), p -> new ArrayList<>()).add(edge);
            }
        }
        byProperty.forEach((property, group) -> {
            // the first by the other end's IRI: by label, a hub's neighbour would cost a lookup per edge it has
            group.sort(Comparator.comparing((GraphEdge e) -> e.other(current)).thenComparing(GraphEdge::id));
            int kept = 0;
            for (GraphEdge edge : group) {
                String other = edge.other(current);
                boolean added = !walk.found.containsKey(other);
                if (kept == filter.limit() || added && walk.found.size() >= filter.maxNodes()) {
                    continue;
                }
                kept++;
                walk.linked.put(edge.id(), edge);
                if (added) {
                    walk.found.put(other, known(other, walk));
                    next.add(other);
                }
            }
            if (group.size() > kept) {
                walk.more.add(new Neighbourhood.More(current, property, propertyLabel(property), group.size() - kept));
            }
        });
    }

    /** The node as the walk has it, or described now. */
    private GraphNode known(String id, Walk walk) {
        GraphNode node = walk.found.get(id);
        return node != null ? node : walk.described.computeIfAbsent(id, this::describe);
    }

    /**
     * The edges of the visual graph that touch a node; call inside a transaction. A node with hundreds of edges (a
     * country is in the first ring of most neighbourhoods) has them kept between requests at one version of the data.
     */
    private Set<GraphEdge> edges(String id) {
        return hubs.get(id, store.readVersion(), this::readEdges);
    }

    private Set<GraphEdge> readEdges(String id) {
        Set<GraphEdge> edges = new LinkedHashSet<>();
        DirectEdges.around(store.curated(), NodeFactory.createURI(id), quad -> {
            String label = propertyLabel(quad.getPredicate().getURI());
            edges.add(GraphEdge.of(quad.getSubject().getURI(), quad.getPredicate().getURI(), quad.getObject().getURI(),
                label, label));
        });
        try (QueryExecution exec = QueryExecution.dataset(store.curatedDataset()).query(EDGES_AROUND)
                .substitution("focus", ResourceFactory.createResource(id)).build()) {
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String p = row.getResource("p").getURI();
                String label = row.contains("role") ? row.getLiteral("role").getLexicalForm() : propertyLabel(p);
                edges.add(GraphEdge.of(row.getResource("s").getURI(), p, row.getResource("o").getURI(), label,
                    propertyLabel(p)));
            }
        }
        return Collections.unmodifiableSet(edges);
    }

    private GraphNode describe(String id) {
        return NetworkModel.node(store.curated(), ontology, id, NetworkModel.labelsOf(store.curated(), id));
    }

    private String propertyLabel(String iri) {
        return propertyLabels.computeIfAbsent(iri, p -> NetworkModel.termLabel(ontology, p));
    }

    /** Relation names checked against the object properties of the ontology (see {@link NetworkModel#relationsNamed}). */
    public Set<String> relationsNamed(List<String> names) {
        return Relations.named(names, relations);
    }

    /**
     * Things whose labels match a query (every word of it starts a word of a label, ignoring case and accents), best
     * first, as the explorer shows them: read through the store's text index. A place several sources name is
     * listed once, under the IRI that stands for it ({@link SamePlaces}).
     */
    public List<GraphNode> search(String query, int limit) {
        return store.read(() -> {
            SamePlaces same = store.samePlaces();
            // a place's other IRIs take places in the index's answer: ask for more, then keep each place once
            Set<Node> found = new LinkedHashSet<>();
            for (Node node : store.searchLabels(query, limit + Math.min(limit, 50))) {
                if (node.isURI() && found.size() < limit) {
                    found.add(same.canonical(node));
                }
            }
            return found.stream().map(node -> describe(node.getURI())).toList();
        });
    }
}
