package org.citycoop.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Exporter;

/** The whole ontology ({@code /ontology}): its classes, properties and schemes, as RDF or as an HTML index. */
final class OntologyDocument {
    private final Ontology ontology = Ontology.load();

    void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Representation> chosen = DataServlet.choose(request, Representation.TURTLE);
        if (chosen.isEmpty()) {
            Responses.error(request, response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable",
                "The ontology is available as " + Representation.offered());
            return;
        }
        response.addHeader("Vary", "Accept");
        serve(request, response, chosen.get());
    }

    void serve(HttpServletRequest request, HttpServletResponse response, Representation representation) throws IOException {
        byte[] body = representation == Representation.HTML ? index().getBytes(StandardCharsets.UTF_8) : rdf(representation);
        Responses.send(request, response, representation.mediaType(), body, null);
    }

    private byte[] rdf(Representation representation) {
        Graph terms = ontology.terms();
        Exporter.prefixes().forEach((prefix, uri) -> terms.getPrefixMapping().setNsPrefix(prefix, uri));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (representation.keepsGraphs()) {
            DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
            terms.find().forEachRemaining(t -> dataset.add(Quad.create(CC.ONTOLOGY_GRAPH, t)));
            RDFWriter.source(dataset).format(representation.format()).output(out);
        } else {
            RDFWriter.source(terms).format(representation.format()).output(out);
        }
        return out.toByteArray();
    }

    private String index() {
        StringBuilder body = new StringBuilder("<h1>CityCoop ontology</h1>\n<p class=\"iri\"><code>")
            .append(CC.ONTOLOGY).append("</code></p>\n<p class=\"formats\">As data: ");
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) {
                body.append(Html.link("/ontology?format=" + r.extension(), r.extension())).append(' ');
            }
        }
        body.append("</p>\n");
        section(body, "Classes", OWL.Class.asNode());
        section(body, "Object properties", OWL.ObjectProperty.asNode());
        section(body, "Data properties", OWL.DatatypeProperty.asNode());
        return Html.page("Ontology", "", body.toString());
    }

    private void section(StringBuilder body, String title, Node kind) {
        Graph terms = ontology.terms();
        List<Node> members = terms.find(Node.ANY, Vocab.RDF_TYPE, kind).mapWith(Triple::getSubject)
            .filterKeep(n -> n.isURI() && n.getURI().startsWith(CC.NS)).toList();
        members.sort(Comparator.comparing(Node::getLocalName));
        body.append("<h2>").append(title).append("</h2>\n<dl class=\"terms\">\n");
        for (Node term : members) {
            body.append("<dt>").append(Html.link(LinkedDataPaths.pageOf(term), term.getLocalName())).append(" — ")
                .append(Html.escape(literal(term, Vocab.RDFS_LABEL, "en"))).append(" / <span lang=\"id\">")
                .append(Html.escape(literal(term, Vocab.RDFS_LABEL, "id"))).append("</span></dt><dd>")
                .append(Html.escape(literal(term, org.apache.jena.graph.NodeFactory.createURI(Vocab.SKOS + "definition"), "en")))
                .append("</dd>\n");
        }
        body.append("</dl>\n");
    }

    private String literal(Node term, Node property, String language) {
        return ontology.terms().find(term, property, Node.ANY).mapWith(Triple::getObject)
            .filterKeep(o -> o.isLiteral() && o.getLiteralLanguage().equals(language))
            .mapWith(Node::getLiteralLexicalForm).nextOptional().orElse("");
    }
}
