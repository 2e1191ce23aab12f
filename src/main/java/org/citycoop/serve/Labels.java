package org.citycoop.serve;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.ontology.Vocab;

/** Human labels of the nodes of a description: English first, then Indonesian, then any, then the IRI's end. */
final class Labels {
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
            .map(Node::getLiteralLexicalForm)).orElseGet(() -> shortName(node));
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
