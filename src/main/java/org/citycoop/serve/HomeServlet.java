package org.citycoop.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.citycoop.graph.GraphNode;
import org.citycoop.graph.StoreNetwork;
import org.citycoop.ontology.CC;
import org.citycoop.store.GraphStore;
import org.citycoop.store.Statistics;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The server's home at {@code /}: what the graph holds (things by kind, statements by source), a search box, and the
 * ways in (explorer, map, charts, queries, query editor, dataset, ontology); and {@code /search?q=}, the things whose
 * names match, each linked to its page. The counts are computed once per version of the data.
 */
final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where Fuseki's query editor opens on the dataset. */
    static final String EDITOR = "/editor#/dataset/ds/query";
    private static final int KINDS_SHOWN = 20;
    private final transient GraphStore store;
    private final transient StoreNetwork network;
    private final transient StoreFigures figures;

    HomeServlet(GraphStore store, StoreFigures figures) {
        this.store = store;
        this.figures = figures;
        this.network = new StoreNetwork(store);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals("/search")) {
            search(request, response);
        } else if (path.isEmpty() || path.equals("/")) {
            Responses.send(request, response, "text/html", Html.page("Home", "", home()).getBytes(StandardCharsets.UTF_8),
                null);
        } else {
            Responses.error(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found", "No page " + path);
        }
    }

    private String home() {
        Statistics stats = figures.now();
        StringBuilder body = new StringBuilder("""
            <h1>CityCoop</h1>
            <p>An open knowledge graph of city cooperation networks: who works with whom, through which visits,
            agreements and programmes, on which topics, and which source says so.</p>
            <form action="/search" method="get" role="search"><input type="search" name="q" placeholder="Bandung, Toyota, e-budgeting..."
            aria-label="Search names"> <button type="submit">Search</button></form>
            <ul class="ways">
            <li><a href="/explore?node=https://w3id.org/citycoop/id/city/bandung">Graph explorer</a>: the network around a thing</li>
            <li><a href="/map">Map</a> and <a href="/charts">charts</a> of the twin towns and cooperations</li>
            <li><a href="/queries">Example queries</a>, run here, and the <a href="%s">SPARQL query editor</a> (endpoint <code>/ds/sparql</code>)</li>
            <li><a href="/check">Across sources</a>: where sources agree and differ</li>
            <li><a href="/.well-known/void">The dataset</a> (VoID, DCAT), its dumps (<a href="/dumps/citycoop.trig.gz">TriG</a>,
            <a href="/dumps/citycoop.nq.gz">N-Quads</a>) and <a href="/page/ontology">the ontology</a></li>
            </ul>
            """.formatted(EDITOR));
        body.append("<h2>What the graph holds</h2>\n<p>").append(String.format("%,d", stats.quads()))
            .append(" statements in ").append(stats.graphs().size()).append(" graphs.</p>\n");
        java.util.Optional<Statistics> kinds = figures.classes();
        if (kinds.isEmpty()) {
            body.append("<p class=\"note\">The things are being counted by kind; reload the page in a moment.</p>\n");
        }
        body.append("<table class=\"counts\"><caption>Things by kind</caption><tr><th>kind</th><th>things</th></tr>\n");
        kinds.map(Statistics::classes).orElse(java.util.List.of()).stream().limit(KINDS_SHOWN).forEach(c -> body
            .append("<tr><td>").append(Html.link(LinkedDataPaths.pageOf(NodeFactory.createURI(c.name())),
                shortName(c.name(), CC.NS))).append("</td><td>").append(String.format("%,d", c.count()))
            .append("</td></tr>\n"));
        body.append("</table>\n<table class=\"counts\"><caption>Statements by source</caption><tr><th>graph</th>"
            + "<th>statements</th></tr>\n");
        stats.graphs().forEach(g -> body.append("<tr><td>")
            .append(Html.link(LinkedDataPaths.pageOf(NodeFactory.createURI(g.name())), shortName(g.name(), CC.GRAPH)))
            .append("</td><td>").append(String.format("%,d", g.count())).append("</td></tr>\n"));
        return body.append("</table>\n").toString();
    }

    private void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        if (text.length() > 200) {
            Responses.error(request, response, HttpServletResponse.SC_BAD_REQUEST, "Bad request",
                "a search of at most 200 characters");
            return;
        }
        List<GraphNode> found = text.isEmpty() ? List.of() : network.search(text, 50);
        StringBuilder body = new StringBuilder("<h1>Search</h1>\n<form action=\"/search\" method=\"get\" role=\"search\">"
            + "<input type=\"search\" name=\"q\" value=\"" + Html.escape(text) + "\" aria-label=\"Search names\"> "
            + "<button type=\"submit\">Search</button></form>\n");
        body.append("<p>").append(found.size()).append(found.size() == 1 ? " thing" : " things")
            .append(" whose names match ").append(Html.escape(text)).append(".</p>\n<ul>\n");
        found.forEach(node -> body.append("<li>").append(Html.link(LinkedDataPaths.pageOf(NodeFactory.createURI(
            node.id())), node.label())).append(node.type() == null ? "" : " <span class=\"kind\">" + Html.escape(
            node.type()) + "</span>").append("</li>\n"));
        body.append("</ul>\n");
        Responses.send(request, response, "text/html", Html.page("Search", "", body.toString())
            .getBytes(StandardCharsets.UTF_8), null);
    }

    private static String shortName(String iri, String namespace) {
        return iri.startsWith(namespace) ? iri.substring(namespace.length()) : iri;
    }
}
