package org.citycoop.serve;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.ontology.CC;

/**
 * A place's figures in the cooperation network ({@code ./citycoop analyze}) as a reader takes them in: its rank in
 * its country first, then its partners, links and centralities. Nothing for a thing the analysis has no figures of.
 */
final class NetworkFiguresBox {
    private final Description description;

    NetworkFiguresBox(Description description) {
        this.description = description;
    }

    String render() {
        Optional<Node> degree = figure(CC.degree);
        if (degree.isEmpty()) {
            return "";
        }
        StringBuilder box = new StringBuilder("<section class=\"figures\">\n<h2>In the cooperation network</h2>\n<ul>\n");
        figure(CC.rankInCountry).ifPresent(rank -> box.append("<li><strong>").append(ordinal(rank.getLiteralLexicalForm()))
            .append("</strong> most connected place of its country</li>\n"));
        box.append("<li><strong>").append(Html.escape(degree.get().getLiteralLexicalForm())).append("</strong> partners");
        figure(CC.weightedDegree).ifPresent(w -> box.append(", ").append(Html.escape(w.getLiteralLexicalForm()))
            .append(" counting each source that states a link"));
        box.append("</li>\n");
        figure(CC.betweenness).ifPresent(b -> box.append("<li>betweenness ").append(decimal(b)).append("</li>\n"));
        figure(CC.closeness).ifPresent(c -> box.append("<li>closeness ").append(decimal(c)).append("</li>\n"));
        figure(CC.component).ifPresent(c -> box.append("<li>connected component ")
            .append(Html.escape(c.getLiteralLexicalForm())).append(", community ")
            .append(figure(CC.community).map(m -> Html.escape(m.getLiteralLexicalForm())).orElse("–")).append("</li>\n"));
        return box.append("</ul>\n<p class=\"about\">").append(Html.link("/queries/places-by-centrality",
            "All places by centrality")).append(" · computed by <code>./citycoop analyze</code></p>\n</section>\n")
            .toString();
    }

    private Optional<Node> figure(Node property) {
        return description.quads().stream(Node.ANY, description.subject(), property, Node.ANY)
            .map(Quad::getObject).filter(Node::isLiteral).findFirst();
    }

    private static String decimal(Node value) {
        try {
            return String.format("%.4g", Double.parseDouble(value.getLiteralLexicalForm()));
        } catch (NumberFormatException e) {
            return Html.escape(value.getLiteralLexicalForm());
        }
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st... */
    static String ordinal(String number) {
        if (!number.matches("\\d{1,10}")) {
            return Html.escape(number);
        }
        long n = Long.parseLong(number);
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
            : switch ((int) (n % 10)) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        return n + suffix;
    }
}
