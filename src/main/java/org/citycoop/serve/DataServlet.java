package org.citycoop.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.ontology.CC;

/**
 * The documents about a thing: {@code /page/<rest>} in HTML, {@code /data/<rest>} in the RDF form that
 * {@code Accept} asks for, {@code /data/<rest>.ttl} (and {@code .jsonld}, {@code .rdf}, {@code .nt}, {@code .trig})
 * in a fixed form; {@code ?format=} overrides them all.
 */
final class DataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Describer describer;
    private final boolean page;

    /**
     * @param describer builds descriptions
     * @param page      true for the {@code /page/} documents (HTML), false for {@code /data/} (RDF)
     */
    DataServlet(Describer describer, boolean page) {
        this.describer = describer;
        this.page = page;
    }

    /** The form asked for by {@code ?format=}, else by {@code Accept}; empty when nothing fits. */
    static Optional<Representation> choose(HttpServletRequest request, Representation fallback) {
        String format = request.getParameter("format");
        if (format != null) {
            return Representation.byName(format);
        }
        return Representation.negotiate(request.getHeader("Accept"), fallback);
    }

    private byte[] page(Node subject, Description description) {
        return new EntityPage(description, describer.canonical(subject).orElse(null), describer.point(subject).orElse(null),
            describer.geometries(subject)).render().getBytes(StandardCharsets.UTF_8);
    }

    /** The page of links to the thing that {@code ?links=} asks for (0 when absent), or empty when it is no page. */
    static Optional<Integer> linksPage(String given) {
        if (given == null) {
            return Optional.of(0);
        }
        if (!given.matches("[0-9]{1,5}")) {
            return Optional.empty();
        }
        int page = Integer.parseInt(given);
        return page <= Describer.MAX_LINKS_PAGE ? Optional.of(page) : Optional.empty();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rest = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean negotiated = true;
        Optional<Representation> chosen;
        int dot = rest.lastIndexOf('.');
        Optional<Representation> byEnding = dot > rest.lastIndexOf('/') ? Representation.byName(rest.substring(dot + 1))
            : Optional.empty();
        if (page) {
            chosen = Optional.of(Representation.HTML);
            negotiated = false;
        } else if (byEnding.isPresent() && request.getParameter("format") == null) {
            rest = rest.substring(0, dot);
            chosen = byEnding;
            negotiated = false;
        } else {
            chosen = choose(request, Representation.TURTLE).filter(r -> r != Representation.HTML);
        }
        if (chosen.isEmpty()) {
            String asked = request.getParameter("format") != null ? "format=" + request.getParameter("format")
                : "Accept: " + request.getHeader("Accept");
            Responses.error(request, response, request.getParameter("format") != null ? HttpServletResponse.SC_BAD_REQUEST
                : HttpServletResponse.SC_NOT_ACCEPTABLE, "Unknown format", "Found " + asked
                + ", expected one of ttl, jsonld, rdf, nt, trig (" + Representation.offered() + ")");
            return;
        }
        String iri = LinkedDataPaths.iri(rest);
        if (iri.equals(CC.ONTOLOGY)) {
            new OntologyDocument().serve(request, response, chosen.get());
            return;
        }
        Node subject = NodeFactory.createURI(iri);
        if (rest.isEmpty() || !describer.exists(subject)) {
            Responses.error(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found",
                "Nothing is known about " + iri + ".", describer.near(iri));
            return;
        }
        Optional<Integer> linksPage = linksPage(request.getParameter("links"));
        if (linksPage.isEmpty()) {
            Responses.error(request, response, HttpServletResponse.SC_BAD_REQUEST, "Bad page of links",
                "Found links=" + request.getParameter("links") + ", expected a whole number from 0 to "
                + Describer.MAX_LINKS_PAGE);
            return;
        }
        Description description = describer.describe(subject, linksPage.get());
        Representation representation = chosen.get();
        byte[] body = representation == Representation.HTML ? page(subject, description) : description.write(representation);
        if (negotiated) {
            response.addHeader("Vary", "Accept");
            response.setHeader("Content-Location", LinkedDataPaths.dataOf(iri, representation));
        }
        response.setHeader("Link", "<" + iri + ">; rel=\"about\"");
        Responses.send(request, response, representation.mediaType(), body, description.lastModified());
    }
}
