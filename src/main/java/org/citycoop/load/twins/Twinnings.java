package org.citycoop.load.twins;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.citycoop.load.record.Keys;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * Twinnings as every twin-town source writes them: named by their two places ({@code
 * id/twinning/<place>--<place>}, in order), so that a pair listed both ways is one twinning, and the same pair from
 * another source is the same twinning with both sources.
 */
final class Twinnings {
    private Twinnings() {
    }

    /** The name of the pair of two places, the same whichever comes first. */
    static String pair(Node first, Node second) {
        String a = local(first);
        String b = local(second);
        return a.compareTo(b) < 0 ? a + "--" + b : b + "--" + a;
    }

    /** Writes the twinning of a pair (as {@link #pair} names it) of two places. */
    static void write(StreamRDF out, String pair, Node first, Node second, Node label) {
        Node twinning = NodeFactory.createURI(CC.ID + "twinning/" + pair);
        add(out, twinning, Vocab.RDF_TYPE, CC.Twinning);
        add(out, twinning, Vocab.RDFS_LABEL, label);
        for (Node twin : List.of(first, second)) {
            add(out, twinning, CC.twin, twin);
            add(out, twinning, CC.partner, twin);
        }
    }

    /** The part of a place's IRI that tells it from others: {@code geonames-1650357}, {@code city-bandung}. */
    private static String local(Node place) {
        String iri = place.getURI();
        return (iri.startsWith(CC.ID) ? iri.substring(CC.ID.length()) : Keys.slug(iri)).replace('/', '-');
    }

    static void add(StreamRDF out, Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
    }
}
