package org.citycoop.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /citycoop}: the landing page with what the server offers, and {@code /citycoop/site.css}. */
final class SiteServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rest = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (rest.equals("/site.css")) {
            try (InputStream in = SiteServlet.class.getResourceAsStream("site.css")) {
                Responses.send(request, response, "text/css", in.readAllBytes(), null);
            }
            return;
        }
        if (!rest.equals("/")) {
            Responses.error(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found", "No page " + rest);
            return;
        }
        String body = """
            <h1>CityCoop</h1>
            <p>An open knowledge graph of city cooperation networks: who works with whom, through which visits,
            agreements and programmes, on which topics, and which source says so.</p>
            <ul>
            <li><a href="/page/id/city/bandung">Bandung</a>, <a href="/page/id/city/yokohama">Yokohama</a>,
            <a href="/page/id/city/toyota">Toyota</a>, <a href="/page/id/regency/simeulue">Simeulue</a>: entity pages</li>
            <li><a href="/queries">Example queries</a> and the <a href="/">SPARQL query editor</a>
            (endpoint <code>/ds/sparql</code>)</li>
            <li><a href="/explore">Graph explorer</a></li>
            <li><a href="/page/ontology">The ontology</a> (<a href="/ontology?format=ttl">Turtle</a>)</li>
            <li><a href="/.well-known/void">Dataset description</a> (VoID, DCAT) and dumps:
            <a href="/dumps/citycoop.trig.gz">TriG</a>, <a href="/dumps/citycoop.nq.gz">N-Quads</a></li>
            </ul>
            <p>Every IRI <code>https://w3id.org/citycoop/&lt;path&gt;</code> is served here at <code>/&lt;path&gt;</code>:
            it answers 303 See Other to <code>/page/&lt;path&gt;</code> (HTML) or <code>/data/&lt;path&gt;</code> (RDF by
            content negotiation).</p>
            """;
        Responses.send(request, response, "text/html", Html.page("Home", "", body).getBytes(StandardCharsets.UTF_8), null);
    }
}
