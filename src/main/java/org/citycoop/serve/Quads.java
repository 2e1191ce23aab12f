package org.citycoop.serve;

import java.util.Comparator;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;

/** A stable order of quads: by predicate, object, subject, graph. */
final class Quads {
    private static final Comparator<Node> NODES = NodeCmp::compareRDFTerms;
    static final Comparator<Quad> ORDER = Comparator.comparing(Quad::getPredicate, NODES)
        .thenComparing(Quad::getObject, NODES)
        .thenComparing(Quad::getSubject, NODES)
        .thenComparing(Quad::getGraph, NODES);

    private Quads() {
    }
}
