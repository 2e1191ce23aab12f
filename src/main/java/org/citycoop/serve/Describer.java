package org.citycoop.serve;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.SamePlaces;
import org.citycoop.store.GraphStore;
import org.citycoop.store.VersionedCache;

/**
 * Builds the {@link Description} of a resource from the store: outgoing statements, the first incoming links (up to
 * a cap), the labels of every IRI they name, and the provenance of the source graphs that state the resource's own
 * statements.
 */
public final class Describer {
    /** Hubs such as a country have thousands of incoming links; a description names the first ones. */
    public static final int INCOMING_CAP = 100;
    /** The last page of links a description goes to: skipping to a page passes over the links before it. */
    public static final int MAX_LINKS_PAGE = 10_000;
    private static final List<Node> SOURCE_FACTS = List.of(Vocab.RDF_TYPE, Vocab.DCT_TITLE, Vocab.RDFS_LABEL);
    private static final List<Node> EXCERPT_FACTS = List.of(CC.text, CC.excerptOf, CC.paragraph);
    /** Things whose labels are kept between requests, labels counted with them: some tens of megabytes at most. */
    private static final long LABELS_KEPT = 100_000;
    private final GraphStore store;
    /**
     * The labels of the things descriptions name, kept while the data stays at one version: the same properties,
     * classes and places are named by description after description, and looking each up was the most of one.
     */
    private final VersionedCache<Node, List<Quad>> labels = new VersionedCache<>(0, LABELS_KEPT, l -> 1L + l.size());

    public Describer(GraphStore store) {
        this.store = store;
    }

    /** The pages of things whose IRIs are near one that names nothing, for a reader who mistyped it. */
    List<String> near(String iri) {
        return NearMisses.things(store, iri);
    }

    /** Whether the store says anything about the resource. */
    public boolean exists(Node subject) {
        return store.read(() -> store.curated().find(Node.ANY, subject, Node.ANY, Node.ANY).hasNext());
    }

    /**
     * The IRI that stands for the subject when another source's IRI does ({@link SamePlaces}), or empty when the
     * subject stands for itself.
     */
    public java.util.Optional<Node> canonical(Node subject) {
        return store.read(() -> {
            SamePlaces same = store.samePlaces();
            return same.isAlias(subject) ? java.util.Optional.of(same.canonical(subject)) : java.util.Optional.<Node>empty();
        });
    }

    /**
     * Where the subject is (latitude, longitude): its own geometry's point, or that of a place it is the same as; empty
     * for a thing without one.
     */
    public java.util.Optional<double[]> point(Node subject) {
        return store.read(() -> {
            DatasetGraph dataset = store.curated();
            java.util.List<Node> candidates = new java.util.ArrayList<>(List.of(subject));
            dataset.stream(Node.ANY, subject, Vocab.SKOS_EXACT_MATCH, Node.ANY)
                .map(Quad::getObject).filter(Node::isURI).forEach(candidates::add);
            return candidates.stream().flatMap(place -> pointsOf(dataset, place).values().stream()).findFirst();
        });
    }

    /** Where each of the subject's own geometries is (latitude, longitude), by geometry; points only. */
    public java.util.Map<Node, double[]> geometries(Node subject) {
        return store.read(() -> pointsOf(store.curated(), subject));
    }

    private static java.util.Map<Node, double[]> pointsOf(DatasetGraph dataset, Node place) {
        java.util.Map<Node, double[]> points = new java.util.LinkedHashMap<>();
        dataset.stream(Node.ANY, place, Vocab.GEO_HAS_GEOMETRY, Node.ANY).map(Quad::getObject).distinct()
            .forEach(g -> dataset.stream(Node.ANY, g, Vocab.GEO_AS_WKT, Node.ANY).findFirst()
                .flatMap(w -> org.citycoop.load.gazetteer.Geometry.latLon(w.getObject().getLiteralLexicalForm()))
                .ifPresent(point -> points.put(g, point)));
        return points;
    }

    /** The description with the first links to the subject. */
    public Description describe(Node subject) {
        return describe(subject, 0);
    }

    /**
     * The description with the links to the subject of one page: page {@code n} holds links {@code n * INCOMING_CAP}
     * onwards, in the store's order, which stays the same while the data does.
     */
    public Description describe(Node subject, int linksPage) {
        if (linksPage < 0 || linksPage > MAX_LINKS_PAGE) {
            throw new IllegalArgumentException("page of links " + linksPage + " outside 0 to " + MAX_LINKS_PAGE);
        }
        return store.read(() -> build(store.curated(), subject, linksPage));
    }

    private Description build(DatasetGraph dataset, Node subject, int linksPage) {
        DatasetGraph out = DatasetGraphFactory.create();
        dataset.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(out::add);
        boolean more = addIncoming(dataset, subject, (long) linksPage * INCOMING_CAP, out);
        addLabels(dataset, out);
        Instant lastModified = addProvenance(dataset, subject, out);
        return new Description(subject, out, linksPage, more, lastModified);
    }

    /**
     * The links to the subject after the first {@code skipped}, up to the cap; returns whether there are more. The
     * links beyond are not counted: a hub's count would cost a pass over all of them, at every request.
     */
    private static boolean addIncoming(DatasetGraph store, Node subject, long skipped, DatasetGraph out) {
        Iterator<Quad> incoming = store.find(Node.ANY, Node.ANY, Node.ANY, subject);
        try {
            for (long passed = 0; passed < skipped && incoming.hasNext(); passed++) {
                incoming.next();
            }
            for (int kept = 0; incoming.hasNext(); kept++) {
                if (kept == INCOMING_CAP) {
                    return true;
                }
                out.add(incoming.next());
            }
            return false;
        } finally {
            Iter.close(incoming);
        }
    }

    /** Labels of every IRI the description names, from whichever graph states them. */
    private void addLabels(DatasetGraph dataset, DatasetGraph out) {
        Set<Node> named = new HashSet<>();
        out.stream().forEach(q -> {
            named.add(q.getSubject());
            named.add(q.getPredicate());
            named.add(q.getObject());
        });
        OptionalLong version = store.readVersion();
        for (Node node : named) {
            if (node.isURI()) {
                labels.get(node, version, n -> labelsOf(dataset, n)).forEach(out::add);
            }
        }
    }

    /**
     * A thing's labels; for an unnamed participation or tenure, which a page would otherwise show by the end of its
     * IRI, the links that name it instead (who took part, in which event; who held which post) and their labels.
     */
    private static List<Quad> labelsOf(DatasetGraph dataset, Node node) {
        List<Quad> found = new java.util.ArrayList<>(Iter.toList(dataset.find(Node.ANY, node, Vocab.RDFS_LABEL, Node.ANY)));
        // an excerpt is shown by its words, where the store has them, with its source and paragraph
        for (Node quoted : EXCERPT_FACTS) {
            found.addAll(Iter.toList(dataset.find(Node.ANY, node, quoted, Node.ANY)));
        }
        if (found.stream().anyMatch(q -> q.getPredicate().equals(CC.text))) {
            found.stream().filter(q -> q.getPredicate().equals(CC.excerptOf)).map(Quad::getObject).toList()
                .forEach(source -> found.addAll(Iter.toList(dataset.find(Node.ANY, source, Vocab.DCT_TITLE,
                    Node.ANY))));
        }
        if (found.isEmpty()) {
            for (Node part : Labels.PARTS) {
                Iter.toList(dataset.find(Node.ANY, node, part, Node.ANY)).stream().limit(1).forEach(link -> {
                    found.add(link);
                    found.addAll(Iter.toList(dataset.find(Node.ANY, link.getObject(), Vocab.RDFS_LABEL, Node.ANY)));
                });
            }
        }
        return List.copyOf(found);
    }

    /**
     * The provenance of each source graph that states something of the subject; returns the newest load time. The
     * graphs of the links to it are named with the links, and described at their own address: a hub is linked from
     * hundreds of sources.
     */
    private static Instant addProvenance(DatasetGraph store, Node subject, DatasetGraph out) {
        Set<Node> graphs = new HashSet<>();
        out.stream(Node.ANY, subject, Node.ANY, Node.ANY).map(Quad::getGraph)
            .filter(g -> !g.equals(CC.ONTOLOGY_GRAPH)).forEach(graphs::add);
        Instant newest = null;
        for (Node graph : graphs) {
            store.find(graph, graph, Node.ANY, Node.ANY).forEachRemaining(out::add);
            for (Node source : List.copyOf(out.getGraph(graph).find(graph, Vocab.PROV_WAS_DERIVED_FROM, Node.ANY)
                    .mapWith(t -> t.getObject()).toList())) {
                for (Node fact : SOURCE_FACTS) {
                    store.find(graph, source, fact, Node.ANY).forEachRemaining(out::add);
                }
            }
            Iterator<Quad> loaded = store.find(graph, graph, Vocab.PROV_GENERATED_AT_TIME, Node.ANY);
            if (loaded.hasNext()) {
                Instant when = OffsetDateTime.parse(loaded.next().getObject().getLiteralLexicalForm()).toInstant();
                newest = newest == null || when.isAfter(newest) ? when : newest;
            }
        }
        return newest;
    }
}
