package org.citycoop.serve;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.NodeFactory;

/**
 * A thing's IRI on this server ({@code /id/city/bandung}, {@code /ontology/City}): answers 303 See Other to the
 * document that describes it, chosen by {@code Accept} (HTML page or RDF description) or {@code ?format=}.
 */
final class IdentifierServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Describer describer;

    IdentifierServlet(Describer describer) {
        this.describer = describer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        int dot = path.lastIndexOf('.');
        Optional<Representation> ending = dot > path.lastIndexOf('/') ? Representation.byName(path.substring(dot + 1))
            : Optional.empty();
        if (ending.isPresent() && ending.get() != Representation.HTML) {
            // /ontology.ttl, /id/city/bandung.jsonld: the document in that form, as /data/... serves it
            String thing = LinkedDataPaths.iri(path.substring(0, dot));
            Responses.seeOther(response, thing.equals(org.citycoop.ontology.CC.ONTOLOGY)
                ? "/ontology?format=" + ending.get().extension() : LinkedDataPaths.dataOf(thing, ending.get()));
            return;
        }
        String iri = LinkedDataPaths.iri(path);
        if (iri.equals(org.citycoop.ontology.CC.ONTOLOGY)) {
            new OntologyDocument().serve(request, response);
            return;
        }
        if (!describer.exists(NodeFactory.createURI(iri))) {
            Responses.error(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found",
                "Nothing is known about " + iri + ".", describer.near(iri));
            return;
        }
        Optional<Representation> chosen = DataServlet.choose(request, Representation.TURTLE);
        if (chosen.isEmpty()) {
            Responses.error(request, response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable",
                "This resource is available as " + Representation.offered());
            return;
        }
        Representation representation = chosen.get();
        Responses.seeOther(response, representation == Representation.HTML ? "/page" + path
            : LinkedDataPaths.dataOf(iri, representation));
    }
}
