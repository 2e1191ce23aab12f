package org.citycoop.serve;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/** Human labels of the nodes of a description: English first, then Indonesian, then any, then the IRI's end. */
final class Labels {
    /** The links that name a thing that has no label of its own: a participation's, then a tenure's. */
    static final List<Node> PARTS = List.of(CC.agent, CC.inEvent, CC.holder, CC.post, CC.inCapacityOf, CC.measure,
        CC.observationAbout, CC.ratingScheme, CC.ratingOf);
    private final DatasetGraph quads;

    Labels(DatasetGraph quads) {
        this.quads = quads;
    }

    /** The label in one language, if there is one. */
    Optional<String> in(Node node, String language) {
        return all(node).stream().filter(l -> l.getLiteralLanguage().equals(language))
            .map(Node::getLiteralLexicalForm).findFirst();
    }

    /** The best single label for a reader of English. */
    String of(Node node) {
        if (!node.isURI()) {
            return node.isLiteral() ? node.getLiteralLexicalForm() : "(blank node)";
        }
        return in(node, "en").or(() -> all(node).stream().min(Comparator.comparing(l -> l.getLiteralLanguage().equals("id") ? 0 : 1))
            .map(Node::getLiteralLexicalForm)).or(() -> byParts(node)).orElseGet(() -> shortName(node));
    }

    /** "Ridwan Kamil in the visit to Bandung", "Ridwan Kamil as Mayor of Bandung": a name from the links that name it. */
    private Optional<String> byParts(Node node) {
        Optional<String> figure = part(node, PARTS.get(5)).flatMap(m -> part(node, PARTS.get(6)).map(p -> m + " of " + p));
        Optional<String> rating = part(node, PARTS.get(8)).map(o -> part(node, PARTS.get(7))
            .map(scheme -> scheme + " rating of " + o).orElse("Rating of " + o));
        if (figure.isPresent() || rating.isPresent()) {
            return figure.or(() -> rating);
        }
        Optional<String> who = part(node, PARTS.get(0)).or(() -> part(node, PARTS.get(2)))
            .or(() -> part(node, PARTS.get(4)));
        Optional<String> event = part(node, PARTS.get(1));
        Optional<String> post = part(node, PARTS.get(3));
        if (who.isEmpty()) {
            return Optional.empty();
        }
        return event.map(e -> who.get() + " in " + e).or(() -> post.map(p -> who.get() + " as " + p)).or(() -> who);
    }

    private Optional<String> part(Node node, Node link) {
        return quads.stream(Node.ANY, node, link, Node.ANY).map(Quad::getObject).filter(Node::isURI).findFirst()
            .flatMap(other -> in(other, "en").or(() -> all(other).stream().map(Node::getLiteralLexicalForm).findFirst()));
    }

    private List<Node> all(Node node) {
        return quads.stream(Node.ANY, node, Vocab.RDFS_LABEL, Node.ANY).map(Quad::getObject).filter(Node::isLiteral)
            .distinct().toList();
    }

    static String shortName(Node node) {
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
