package org.citycoop.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.citycoop.graph.chart.BarChart;
import org.citycoop.graph.chart.Charts;

/**
 * The charts as a Fuseki module: {@code /charts?country=ID&top=15}, the charts of {@code ./citycoop chart} on one
 * page, drawn on the server as SVG (no script), and {@code /charts/NAME.svg} and {@code /charts/NAME.png} each on
 * its own.
 */
final class ChartsModule implements FusekiModule {
    private final NetworkViews views;

    ChartsModule(NetworkViews views) {
        this.views = views;
    }

    @Override
    public String name() {
        return "CityCoop charts";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        ChartsServlet charts = new ChartsServlet(views);
        builder.addServlet("/charts", charts);
        builder.addServlet("/charts/*", charts);
    }

    /** Validates the country and the number of bars, then draws from the network read once per version. */
    private static final class ChartsServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient NetworkViews views;

        ChartsServlet(NetworkViews views) {
            this.views = views;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String country = request.getParameter("country") == null ? "ID" : request.getParameter("country");
            String top = request.getParameter("top") == null ? "15" : request.getParameter("top");
            String file = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
            String name = file.replaceFirst("\\.(svg|png)$", "");
            if (!country.matches("[A-Z]{2}") || !top.matches("\\d{1,3}") || Integer.parseInt(top) < 1
                    || Integer.parseInt(top) > 200) {
                Responses.error(request, response, HttpServletResponse.SC_BAD_REQUEST, "Bad request", "country is '"
                    + country + "' and top is '" + top + "', expected a two-letter ISO code such as ID and a number "
                    + "of bars from 1 to 200");
                return;
            }
            if (!file.isEmpty() && (name.equals(file) || !Charts.NAMES.contains(name))) {
                Responses.error(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found", "No chart " + file
                    + "; the charts are " + String.join(", ", Charts.NAMES.stream().map(n -> n + ".svg").toList())
                    + ", each as .png too");
                return;
            }
            BarChart chart = file.isEmpty() ? null : views.charts().named(name, country, Integer.parseInt(top));
            if (file.endsWith(".png")) {
                Responses.send(request, response, "image/png", chart.png(), null);
            } else if (chart != null) {
                Responses.send(request, response, "image/svg+xml", chart.svg().getBytes(StandardCharsets.UTF_8), null);
            } else {
                Responses.send(request, response, "text/html", Html.page("Charts", "", page(country, top))
                    .getBytes(StandardCharsets.UTF_8), null);
            }
        }

        /** Every chart on one page, each with links to it alone as SVG and PNG. */
        private String page(String country, String top) {
            Charts drawn = views.charts();
            StringBuilder body = new StringBuilder("<h1>Charts</h1>\n<form class=\"query\" method=\"get\" action=\"/charts\">"
                + "<label>Country <input name=\"country\" value=\"" + Html.escape(country) + "\" size=\"3\"></label> "
                + "<label>Bars <input name=\"top\" value=\"" + Html.escape(top) + "\" size=\"4\"></label> "
                + "<button type=\"submit\">Draw</button></form>\n<p class=\"about\"><code>./citycoop chart NAME --country "
                + Html.escape(country) + " -o NAME.svg</code> (or <code>-o NAME.png</code>) draws the same from the "
                + "command line.</p>\n");
            for (String chart : Charts.NAMES) {
                String query = "?country=" + country + "&top=" + top;
                body.append("<figure class=\"chart\">")
                    .append(drawn.named(chart, country, Integer.parseInt(top)).svg()
                        .replaceFirst("^<svg xmlns=\"http://www.w3.org/2000/svg\"", "<svg"))
                    .append("<figcaption>").append(Html.link("/charts/" + chart + ".svg" + query, chart + ".svg"))
                    .append(" · ").append(Html.link("/charts/" + chart + ".png" + query, chart + ".png"))
                    .append("</figcaption></figure>\n");
            }
            return body.toString();
        }
    }
}
