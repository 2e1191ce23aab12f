package org.citycoop.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citycoop.load.twins.CrossSourceReport;
import org.citycoop.store.GraphStore;
import org.citycoop.store.VersionedCache;

/**
 * {@code /check?limit=N}: the cross-source view ({@link CrossSourceReport}) as a page, each listed thing linked to
 * its page. The report is kept until the next write, since it reads every place of the store.
 */
final class CrossSourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LIMIT = 1000;
    private final transient GraphStore store;
    private final transient VersionedCache<Integer, CrossSourceReport> reports = new VersionedCache<>(0, 4, r -> 1);

    CrossSourceServlet(GraphStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String given = request.getParameter("limit");
        int limit;
        try {
            limit = given == null ? 50 : Integer.parseInt(given);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            Responses.error(request, response, HttpServletResponse.SC_BAD_REQUEST, "Bad request",
                "limit is '" + given + "', expected a number from 0 to " + MAX_LIMIT);
            return;
        }
        int chosen = limit;
        // the version is read inside a transaction: outside one there is none, and nothing would be kept
        CrossSourceReport report = store.read(() -> reports.get(chosen, store.readVersion(),
            l -> CrossSourceReport.of(store, l)));
        Responses.send(request, response, "text/html", page(report).getBytes(StandardCharsets.UTF_8), null);
    }

    private static String page(CrossSourceReport report) {
        StringBuilder body = new StringBuilder("<h1>Across sources</h1>\n<p>What the sources of twinnings say "
            + "differently, like Wikidata's constraint reports but across sources. <code>./citycoop check --sources"
            + "</code> prints the same.</p>\n<h2>Sources of twinnings</h2>\n<ul>\n");
        report.sources().forEach(s -> body.append("<li>").append(Html.link(LinkedDataPaths.pageOf(s.graph()),
            s.title())).append(": ").append(String.format("%,d", s.twinnings())).append(" twinnings</li>\n"));
        body.append("</ul>\n");
        for (CrossSourceReport.Difference difference : report.differences()) {
            section(body, "In " + difference.in().title() + ", not in " + difference.notIn().title(), difference.count(),
                difference.first());
        }
        section(body, "Wikidata items naming a twin that does not name them back", report.oneSidedCount(),
            report.oneSided());
        section(body, "Places of one name a few kilometres apart, not linked as one", report.sameNamedCount(),
            report.sameNamed());
        section(body, "Names given far from every place of that name in their country", report.farCount(), report.far());
        return Html.page("Across sources", "", body.toString());
    }

    private static void section(StringBuilder body, String title, long count, List<CrossSourceReport.Row> rows) {
        body.append("<h2>").append(Html.escape(title)).append(String.format(" (%,d)", count)).append("</h2>\n<ul>\n");
        rows.forEach(row -> body.append("<li>").append(Html.link(LinkedDataPaths.pageOf(row.iri()), row.text()))
            .append("</li>\n"));
        if (rows.size() < count) {
            body.append("<li>… and ").append(String.format("%,d", count - rows.size())).append(" more</li>\n");
        }
        body.append("</ul>\n");
    }
}
