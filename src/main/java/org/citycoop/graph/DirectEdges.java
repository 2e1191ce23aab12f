package org.citycoop.graph;

import java.util.Iterator;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * The edges of the visual graph that a source states directly between two things, around one node: the first
 * branch of {@code edges.rq}, read as quads from the store's indexes. In SPARQL, each of a hub's thousand quads went
 * through five filters that decode and compare strings; here a quad is kept or left by comparing its terms.
 */
final class DirectEdges {
    private static final String SOURCES = CC.ID + "source/";
    /** Predicates that are not edges of the visual graph: typing, provenance, or the inner links of n-ary things. */
    private static final Set<Node> LEFT_OUT = Set.of(Vocab.RDF_TYPE, CC.statedIn, CC.excerptOf, Vocab.GEO_HAS_GEOMETRY,
        Vocab.PROV_WAS_DERIVED_FROM, Vocab.SKOS_EXACT_MATCH, CC.inEvent, CC.participation, CC.agent, CC.inCapacityOf,
        CC.onBehalfOf, CC.inDelegation, CC.holder, CC.post);

    private DirectEdges() {
    }

    /** Hands every quad of a named graph with the node as subject or object that is an edge; in a read transaction. */
    static void around(DatasetGraph dataset, Node focus, Consumer<Quad> edge) {
        keep(dataset.findNG(Node.ANY, focus, Node.ANY, Node.ANY), edge);
        keep(dataset.findNG(Node.ANY, Node.ANY, Node.ANY, focus), edge);
    }

    private static void keep(Iterator<Quad> quads, Consumer<Quad> edge) {
        while (quads.hasNext()) {
            Quad quad = quads.next();
            if (isEdge(quad)) {
                edge.accept(quad);
            }
        }
    }

    static boolean isEdge(Quad quad) {
        Node graph = quad.getGraph();
        if (graph.equals(CC.ONTOLOGY_GRAPH) || graph.equals(CC.INFERRED_GRAPH)
                || LEFT_OUT.contains(quad.getPredicate())) {
            return false;
        }
        Node s = quad.getSubject();
        Node o = quad.getObject();
        return s.isURI() && o.isURI() && isThing(s.getURI())
            && (isThing(o.getURI()) || o.getURI().startsWith(CC.TOPIC));
    }

    private static boolean isThing(String iri) {
        return iri.startsWith(CC.ID) && !iri.startsWith(SOURCES);
    }
}
