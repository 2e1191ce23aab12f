package org.citycoop.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.citycoop.store.GraphStore;

/**
 * A query's answer as HTML: a SELECT as a table whose IRIs link to their pages, an ASK as yes or no, a CONSTRUCT
 * or DESCRIBE as Turtle. At most {@code maxRows} rows are shown; the rest are counted.
 */
final class HtmlResults {
    private final GraphStore store;
    private final Duration timeout;
    private final int maxRows;

    HtmlResults(GraphStore store, Duration timeout, int maxRows) {
        this.store = store;
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    /** Runs the query over the curated view and writes its answer; a query cut by the timeout throws. */
    String answer(Query query) {
        return store.read(() -> {
            try (QueryExecution exec = QueryExecution.dataset(store.curatedDataset()).query(query)
                    .timeout(timeout.toMillis()).build()) {
                if (query.isSelectType()) {
                    return table(exec.execSelect());
                }
                if (query.isAskType()) {
                    return "<p class=\"answer\">" + (exec.execAsk() ? "Yes" : "No") + "</p>\n";
                }
                Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                ByteArrayOutputStream turtle = new ByteArrayOutputStream();
                RDFDataMgr.write(turtle, model, Lang.TURTLE);
                return "<p>" + model.size() + " triples</p>\n<pre>" + Html.escape(turtle.toString(StandardCharsets.UTF_8))
                    + "</pre>\n";
            }
        });
    }

    private String table(ResultSet results) {
        List<String> columns = results.getResultVars();
        StringBuilder rows = new StringBuilder();
        long count = 0;
        while (results.hasNext()) {
            QuerySolution row = results.next();
            if (++count <= maxRows) {
                rows.append("<tr>");
                columns.forEach(c -> rows.append("<td>").append(cell(row.get(c))).append("</td>"));
                rows.append("</tr>\n");
            }
        }
        StringBuilder html = new StringBuilder("<p class=\"count\">").append(String.format("%,d", count))
            .append(count == 1 ? " row" : " rows").append(count > maxRows ? ", the first " + maxRows + " shown" : "")
            .append("</p>\n<table class=\"results\">\n<thead><tr>");
        columns.forEach(c -> html.append("<th>").append(Html.escape(c)).append("</th>"));
        return html.append("</tr></thead>\n<tbody>\n").append(rows).append("</tbody>\n</table>\n").toString();
    }

    private static String cell(RDFNode value) {
        if (value == null) {
            return "";
        }
        Node node = value.asNode();
        if (node.isURI()) {
            return Html.link(LinkedDataPaths.pageOf(node), node.getURI());
        }
        if (node.isLiteral()) {
            String language = node.getLiteralLanguage();
            return Html.escape(node.getLiteralLexicalForm())
                + (language.isEmpty() ? "" : " <span class=\"lang\">@" + Html.escape(language) + "</span>");
        }
        return "<span class=\"blank\">_:" + Html.escape(node.getBlankNodeLabel()) + "</span>";
    }
}
