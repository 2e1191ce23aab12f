package org.citycoop.serve;

import java.util.Map;

import org.citycoop.query.QueryParameters;

/** The HTML of the query pages: the list of queries, and one query's form with its answer. */
final class QueryPages {
    private QueryPages() {
    }

    static String index(ExampleQueries queries) {
        StringBuilder body = new StringBuilder("<h1>Queries</h1>\n<p>Ready SPARQL queries over CityCoop: the competency "
            + "questions and an analyst's library. Open one to set its parameters and see its answer as a table. The "
            + "SPARQL endpoint is <code>/ds/sparql</code>.</p>\n<ol class=\"queries\">\n");
        for (ExampleQueries.Example example : queries.examples()) {
            body.append("<li>").append(Html.link("/queries/" + example.name(), example.title()));
            if (!example.header().description().isEmpty()) {
                body.append("<br><span class=\"about\">").append(Html.escape(example.header().description())).append("</span>");
            }
            body.append("<br>").append(Html.link("/queries/" + example.file(), example.file())).append(" · ")
                .append(Html.link(HomeServlet.EDITOR + "?query=" + QueryPagesServlet.encode(example.text()),
                    "open in the query editor")).append("</li>\n");
        }
        return Html.page("Queries", "", body.append("</ol>\n").toString());
    }

    static String form(ExampleQueries.Example example, Map<String, String> values, String bound, String answer) {
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(example.title())).append("</h1>\n");
        if (!example.header().description().isEmpty()) {
            body.append("<p>").append(Html.escape(example.header().description())).append("</p>\n");
        }
        body.append("<form class=\"query\" method=\"get\" action=\"/queries/").append(Html.escape(example.name()))
            .append("\">\n");
        for (QueryParameters.Declared parameter : example.header().parameters()) {
            String value = values.getOrDefault(parameter.name(), parameter.defaultValue());
            body.append("<p><label>").append(Html.escape(parameter.name())).append(" <input name=\"")
                .append(Html.escape(parameter.name())).append("\" value=\"").append(Html.escape(value)).append('"')
                .append(parameter.kind().equals("integer") ? " inputmode=\"numeric\"" : "").append("></label> ")
                .append("<span class=\"about\">").append(Html.escape(parameter.about())).append("</span></p>\n");
        }
        String encoded = QueryPagesServlet.encode(bound);
        body.append("<p><button type=\"submit\" name=\"run\" value=\"1\">Run</button></p>\n</form>\n<p>")
            .append(Html.link("/ds/sparql?query=" + encoded + "&format=csv", "this answer as CSV")).append(" · ")
            .append(Html.link("/ds/sparql?query=" + encoded + "&format=json", "as JSON")).append(" · ")
            .append(Html.link(HomeServlet.EDITOR + "?query=" + encoded, "open in the query editor")).append(" · ")
            .append(Html.link("/queries/" + example.file(), example.file())).append("</p>\n")
            .append(answer)
            .append("<details><summary>The query</summary>\n<pre>").append(Html.escape(bound)).append("</pre></details>\n");
        return Html.page(example.title(), "", body.toString());
    }
}
