package org.citycoop.serve;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /queries}: the example queries, each with links that open it in the query editor or run it;
 * {@code /queries/<file>.rq} gives one query's text.
 */
final class QueriesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient ExampleQueries queries;

    QueriesServlet(ExampleQueries queries) {
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (file.isEmpty()) {
            Responses.send(request, response, "text/html", index().getBytes(StandardCharsets.UTF_8), null);
            return;
        }
        for (ExampleQueries.Example example : queries.examples()) {
            if (example.file().equals(file)) {
                Responses.send(request, response, "application/sparql-query", example.text().getBytes(StandardCharsets.UTF_8), null);
                return;
            }
        }
        Responses.error(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found", "No example query named " + file);
    }

    private String index() {
        StringBuilder body = new StringBuilder("<h1>Example queries</h1>\n<p>The competency questions of CityCoop, "
            + "each answered by one SPARQL query. The SPARQL endpoint is <code>/ds/sparql</code>.</p>\n<ol class=\"queries\">\n");
        for (ExampleQueries.Example example : queries.examples()) {
            String encoded = URLEncoder.encode(example.text(), StandardCharsets.UTF_8);
            body.append("<li><strong>").append(Html.escape(example.title())).append("</strong><br>")
                .append(Html.link("/#/dataset/ds/query?query=" + encoded, "open in the query editor")).append(" · ")
                .append(Html.link("/ds/sparql?query=" + encoded + "&format=json", "run (JSON)")).append(" · ")
                .append(Html.link("/ds/sparql?query=" + encoded + "&format=csv", "run (CSV)")).append(" · ")
                .append(Html.link("/queries/" + example.file(), example.file())).append("</li>\n");
        }
        return Html.page("Example queries", "", body.append("</ol>\n").toString());
    }
}
