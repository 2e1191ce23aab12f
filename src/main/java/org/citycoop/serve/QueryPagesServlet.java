package org.citycoop.serve;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;
import org.citycoop.CityCoopException;
import org.citycoop.query.QueryParameters;
import org.citycoop.query.QueryRunner;

/**
 * The query library as pages. {@code /queries} lists the queries; {@code /queries/<name>} shows one with a form of
 * its parameters and, once run ({@code ?run=1&city=Bandung}), its answer as a table; {@code /queries/<name>.rq}
 * gives its text with the parameters bound to their defaults. Values are bound as RDF terms by
 * {@link QueryParameters}; a value of the wrong kind or an undeclared parameter is a 400.
 */
final class QueryPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String RUN = "run";
    private final transient ExampleQueries queries;
    private final transient HtmlResults results;

    QueryPagesServlet(ExampleQueries queries, HtmlResults results) {
        this.queries = queries;
        this.results = results;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (name.isEmpty()) {
            Responses.send(request, response, "text/html", QueryPages.index(queries).getBytes(StandardCharsets.UTF_8), null);
            return;
        }
        Optional<ExampleQueries.Example> example = queries.named(name);
        if (example.isEmpty()) {
            Responses.error(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found", "No query named " + name);
        } else if (name.endsWith(".rq")) {
            // a browser shows the query as text; a SPARQL client gets its media type
            String accept = request.getHeader("Accept");
            Responses.send(request, response, accept != null && accept.contains("text/html") ? "text/plain"
                : "application/sparql-query", example.get().text().getBytes(StandardCharsets.UTF_8), null);
        } else {
            page(request, response, example.get());
        }
    }

    private void page(HttpServletRequest request, HttpServletResponse response, ExampleQueries.Example example)
            throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((key, given) -> {
            if (!key.equals(RUN)) {
                values.put(key, given[0]);
            }
        });
        boolean run = request.getParameter(RUN) != null;
        int status = HttpServletResponse.SC_OK;
        String answer = "";
        String bound = example.text();
        try {
            bound = QueryParameters.of(example.source()).bind(values);
            if (run) {
                answer = "<h2>Answer</h2>\n" + results.answer(QueryRunner.parse(bound, example.file()));
            }
        } catch (CityCoopException e) {
            status = HttpServletResponse.SC_BAD_REQUEST;
            answer = "<p class=\"error\">" + Html.escape(e.getMessage()) + "</p>\n";
        } catch (QueryCancelledException e) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            answer = "<p class=\"error\">The query ran longer than the server allows and was stopped.</p>\n";
        }
        response.setStatus(status);
        byte[] page = QueryPages.form(example, values, bound, answer).getBytes(StandardCharsets.UTF_8);
        if (status == HttpServletResponse.SC_OK) {
            Responses.send(request, response, "text/html", page, null);
        } else {
            Responses.cors(response);
            response.setContentType("text/html; charset=utf-8");
            response.getOutputStream().write(page);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
