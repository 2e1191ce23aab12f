package org.citycoop.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.load.record.Family;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Exporter;
import org.citycoop.store.GraphStore;

/**
 * The visual graph of a store, in memory: its nodes with labels, types and dates, and its edges, for exports of
 * whole networks. The explorer reads neighbourhoods from the store and searches its text index
 * ({@link StoreNetwork}).
 *
 * <pre>{@code
 * NetworkModel model = NetworkModel.read(store);
 * Network whole = model.network(NetworkKind.FULL, Set.of(), null);
 * }</pre>
 */
public final class NetworkModel {
    private static final String EDGES = readEdgesQuery();
    private final Map<String, GraphNode> nodes;
    private final List<GraphEdge> edges;
    private final Map<String, String> propertyLabels;

    private NetworkModel(Map<String, GraphNode> nodes, List<GraphEdge> edges, Map<String, String> propertyLabels) {
        this.nodes = nodes;
        this.edges = edges;
        this.propertyLabels = propertyLabels;
    }

    private static String readEdgesQuery() {
        return org.citycoop.Resources.text(NetworkModel.class, "edges.rq");
    }

    /** Reads the visual graph of a store. */
    public static NetworkModel read(GraphStore store) {
        Ontology ontology = Ontology.load();
        return store.read(() -> {
            Map<String, String> propertyLabels = new HashMap<>();
            List<GraphEdge> edges = new ArrayList<>();
            Set<String> ends = new LinkedHashSet<>();
            try (QueryExecution exec = QueryExecution.dataset(store.curatedDataset()).query(EDGES).build()) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    String s = row.getResource("s").getURI();
                    String p = row.getResource("p").getURI();
                    String o = row.getResource("o").getURI();
                    String propertyLabel = propertyLabels.computeIfAbsent(p, iri -> termLabel(ontology, iri));
                    String label = row.contains("role") ? row.getLiteral("role").getLexicalForm() : propertyLabel;
                    edges.add(GraphEdge.of(s, p, o, label, propertyLabel));
                    ends.add(s);
                    ends.add(o);
                }
            }
            Map<String, GraphNode> nodes = new LinkedHashMap<>();
            for (String id : ends) {
                List<Node> texts = labelsOf(store.curated(), id);
                nodes.put(id, node(store.curated(), ontology, id, texts));
            }
            List<GraphEdge> unique = weighted(store, edges.stream().distinct().toList());
            return new NetworkModel(nodes, unique, propertyLabels);
        });
    }

    /** The links between places with the sources that state them ({@link CooperationLinks}). */
    private static List<GraphEdge> weighted(GraphStore store, List<GraphEdge> edges) {
        Map<String, CooperationLinks.Link> links = new HashMap<>();
        CooperationLinks.read(store).forEach(link -> links.put(link.one().getURI() + " " + link.other().getURI(), link));
        return edges.stream().map(edge -> {
            CooperationLinks.Link link = edge.property().equals(CC.cooperatesWith.getURI())
                ? links.get(edge.source() + " " + edge.target()) : null;
            return link == null ? edge : edge.statedBy(link.weight(), link.sources());
        }).toList();
    }

    /**
     * The cooperation network alone ({@link CooperationLinks}), its places described and its links weighted by their
     * sources: read without the rest of the store, so that it takes seconds on a store of any size. Its
     * {@link #network} is the one of kind {@link NetworkKind#COOPERATION}.
     */
    public static NetworkModel cooperation(GraphStore store) {
        Ontology ontology = Ontology.load();
        return store.read(() -> {
            String property = CC.cooperatesWith.getURI();
            String label = termLabel(ontology, property);
            Map<String, GraphNode> nodes = new LinkedHashMap<>();
            List<GraphEdge> edges = new ArrayList<>();
            for (CooperationLinks.Link link : CooperationLinks.read(store)) {
                for (Node end : List.of(link.one(), link.other())) {
                    nodes.computeIfAbsent(end.getURI(), id -> node(store.curated(), ontology, id,
                        labelsOf(store.curated(), id)));
                }
                edges.add(GraphEdge.of(link.one().getURI(), property, link.other().getURI(), label, label)
                    .statedBy(link.weight(), link.sources()));
            }
            return new NetworkModel(nodes, edges, Map.of(property, label));
        });
    }

    static String termLabel(Ontology ontology, String iri) {
        return ontology.terms().find(NodeFactory.createURI(iri), Vocab.RDFS_LABEL, Node.ANY)
            .filterKeep(t -> t.getObject().getLiteralLanguage().equals("en"))
            .mapWith(t -> t.getObject().getLiteralLexicalForm()).nextOptional()
            .orElse(iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1));
    }

    static List<Node> labelsOf(DatasetGraph dataset, String id) {
        return dataset.stream(Node.ANY, NodeFactory.createURI(id), Vocab.RDFS_LABEL, Node.ANY).map(Quad::getObject)
            .filter(Node::isLiteral).distinct().toList();
    }

    /** The label a node is shown with: English, else Indonesian, else any, else the end of its IRI. */
    static String shownLabel(String id, List<Node> labels) {
        String en = inLanguage(labels, "en");
        String indonesian = inLanguage(labels, "id");
        String any = labels.stream().map(Node::getLiteralLexicalForm).findFirst().orElse(id.substring(id.lastIndexOf('/') + 1));
        return en != null ? en : indonesian != null ? indonesian : any;
    }

    private static String inLanguage(List<Node> labels, String language) {
        return labels.stream().filter(l -> l.getLiteralLanguage().equals(language)).map(Node::getLiteralLexicalForm)
            .findFirst().orElse(null);
    }

    static GraphNode node(DatasetGraph dataset, Ontology ontology, String id, List<Node> labels) {
        Node subject = NodeFactory.createURI(id);
        List<Node> types = dataset.stream(Node.ANY, subject, Vocab.RDF_TYPE, Node.ANY)
            .filter(q -> !q.getGraph().equals(CC.INFERRED_GRAPH)).map(Quad::getObject)
            .filter(t -> t.isURI() && t.getURI().startsWith(CC.NS)).distinct().toList();
        Node type = types.stream().filter(t -> types.stream().noneMatch(u -> !u.equals(t) && ontology.isSubClassOf(u, t)))
            .findFirst().orElse(null);
        return new GraphNode(id, shownLabel(id, labels), inLanguage(labels, "id"),
            type == null ? "Thing" : type.getLocalName(), kind(ontology, type), date(dataset, subject, CC.earliest),
            date(dataset, subject, CC.latest), number(dataset, subject, CC.degree),
            number(dataset, subject, CC.rankInCountry));
    }

    /** A whole-number figure of the node ({@code ./citycoop analyze}), or null. */
    private static Long number(DatasetGraph dataset, Node subject, Node property) {
        return dataset.stream(Node.ANY, subject, property, Node.ANY).map(Quad::getObject)
            .filter(o -> o.isLiteral() && o.getLiteralLexicalForm().matches("-?\\d{1,18}"))
            .map(o -> Long.valueOf(o.getLiteralLexicalForm())).findFirst().orElse(null);
    }

    private static String kind(Ontology ontology, Node type) {
        if (type == null) {
            return "other";
        }
        if (ontology.isSubClassOf(type, CC.Delegation)) {
            return "delegation";
        }
        if (ontology.isSubClassOf(type, CC.Topic)) {
            return "topic";
        }
        for (Family family : Family.values()) {
            if (ontology.isSubClassOf(type, family.base())) {
                return family.name().toLowerCase(Locale.ROOT);
            }
        }
        return "other";
    }

    private static LocalDate date(DatasetGraph dataset, Node subject, Node property) {
        return dataset.stream(Node.ANY, subject, property, Node.ANY).map(q -> LocalDate.parse(q.getObject()
            .getLiteralLexicalForm())).findFirst().orElse(null);
    }

    /** The node with this IRI, or null. */
    public GraphNode node(String id) {
        return nodes.get(id);
    }

    /** The properties of the edges, by IRI, with their labels. */
    public Map<String, String> relations() {
        return Map.copyOf(propertyLabels);
    }

    /**
     * Reads relation names as the API and the command line accept them: full IRIs, prefixed names
     * ({@code cc:party}, {@code org:holds}) or CityCoop local names ({@code party}).
     */
    public Set<String> relationsNamed(List<String> names) {
        return Relations.named(names, propertyLabels.keySet());
    }

    /** The network of a kind, restricted to some relations (empty: all) and a time window (null: all time). */
    public Network network(NetworkKind kind, Set<String> relations, TimeWindow window) {
        Set<String> wanted = kind == NetworkKind.COOPERATION ? Set.of(CC.cooperatesWith.getURI()) : relations;
        List<GraphEdge> kept = edges.stream()
            .filter(e -> wanted.isEmpty() || wanted.contains(e.property()))
            .filter(e -> nodes.get(e.source()).within(window) && nodes.get(e.target()).within(window)).toList();
        List<GraphNode> members;
        if (kind == NetworkKind.COOPERATION || !relations.isEmpty()) {
            Set<String> ends = new LinkedHashSet<>();
            kept.forEach(e -> {
                ends.add(e.source());
                ends.add(e.target());
            });
            members = ends.stream().map(nodes::get).toList();
        } else {
            members = nodes.values().stream().filter(n -> n.within(window)).toList();
        }
        return new Network(members, kept, kind != NetworkKind.COOPERATION);
    }
}
