package org.citycoop.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.ontology.Vocab;

/**
 * The HTML page of a resource: its labels in English and Indonesian, its types, its facts grouped by property with
 * the source of each, the links to it with counts, its sources, and links to its RDF forms and to the explorer.
 */
final class EntityPage {
    private final Description description;
    private final Labels labels;
    private final Ontology ontology = Ontology.load();
    /** The IRI that stands for this place when another source's does, else null. */
    private final Node canonical;

    private final Map<Node, double[]> geometries;

    /** Where the thing is (latitude, longitude), or null. */
    private final double[] point;

    EntityPage(Description description, Node canonical) {
        this(description, canonical, null, Map.of());
    }

    /**
     * @param geometries where each of the thing's geometries is (latitude, longitude), shown beside it
     */
    EntityPage(Description description, Node canonical, double[] point, Map<Node, double[]> geometries) {
        this.geometries = geometries;
        this.description = description;
        this.labels = new Labels(description.quads());
        this.canonical = canonical;
        this.point = point;
    }

    /**
     * Whether a quad only repeats, under another vocabulary's broader property (dcterms:identifier, skos:notation,
     * dbo:twinCity...), what the page shows under a narrower one: derived for SPARQL users, noise for readers.
     */
    private boolean repeatsNarrower(Quad quad, List<Quad> shown) {
        if (!quad.getGraph().equals(CC.INFERRED_GRAPH) || quad.getPredicate().getURI().startsWith(CC.NS)) {
            return false;
        }
        return shown.stream().anyMatch(other -> !other.getPredicate().equals(quad.getPredicate())
            && other.getSubject().equals(quad.getSubject()) && other.getObject().equals(quad.getObject())
            && ontology.isSubPropertyOf(other.getPredicate(), quad.getPredicate()));
    }

    String render() {
        Node subject = description.subject();
        String title = labels.of(subject);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        labels.in(subject, "id").filter(id -> !id.equals(title))
            .ifPresent(id -> body.append("<p class=\"label-id\" lang=\"id\">").append(Html.escape(id)).append("</p>\n"));
        body.append("<p class=\"iri\"><code>").append(Html.escape(subject.getURI())).append("</code></p>\n");
        body.append(types());
        body.append(formats());
        body.append(sameAs());
        body.append(new NetworkFiguresBox(description).render());
        body.append(placeMap());
        body.append(facts());
        body.append(incoming());
        body.append(sources());
        StringBuilder head = new StringBuilder();
        if (point != null) {
            head.append("<link rel=\"stylesheet\" href=\"/map/map.css\">\n<script src=\"").append(MapPageServlet.D3)
                .append("\" defer></script>\n<script src=\"/map/place-map.js\" defer></script>\n");
        }
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) {
                head.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"")
                    .append(Html.escape(LinkedDataPaths.dataOf(subject.getURI(), r))).append("\">\n");
            }
        }
        return Html.page(title, head.toString(), body.toString());
    }

    /** A small map of where the place is and the places it cooperates with, drawn by {@code place-map.js}. */
    private String placeMap() {
        if (point == null) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "<figure class=\"place-map\" data-lat=\"%.5f\" data-lon=\"%.5f\" "
            + "data-iri=\"%s\"><svg viewBox=\"0 0 480 300\" role=\"img\" aria-label=\"Map of %s\"></svg>"
            + "<figcaption class=\"about\">%s · %s</figcaption></figure>%n", point[0], point[1],
            Html.escape((canonical != null ? canonical : description.subject()).getURI()),
            Html.escape(labels.of(description.subject())), String.format(java.util.Locale.ROOT, "%.4f, %.4f", point[0], point[1]),
            Html.link("/map?place=" + java.net.URLEncoder.encode((canonical != null ? canonical : description.subject())
                .getURI(), java.nio.charset.StandardCharsets.UTF_8), "on the world map"));
    }

    /** Where another IRI stands for this place: said first, so that a reader goes on from there. */
    private String sameAs() {
        if (canonical == null) {
            return "";
        }
        return "<p class=\"same-as\">The same place as " + Html.link(LinkedDataPaths.pageOf(canonical),
            labels.of(canonical)) + " (<code>" + Html.escape(canonical.getURI()) + "</code>), the IRI CityCoop uses for "
            + "it in search, the explorer and the network; this page shows what this source's IRI says.</p>\n";
    }

    private String types() {
        List<Node> types = description.outgoing().stream().filter(q -> q.getPredicate().equals(Vocab.RDF_TYPE))
            .filter(Description::fromSource).map(Quad::getObject).distinct().toList();
        if (types.isEmpty()) {
            return "";
        }
        return "<p class=\"types\">" + types.stream().map(t -> Html.link(LinkedDataPaths.pageOf(t), labels.of(t)))
            .collect(Collectors.joining(" · ")) + "</p>\n";
    }

    private String formats() {
        String iri = description.subject().getURI();
        StringBuilder out = new StringBuilder("<p class=\"formats\">This page as data: ");
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) {
                out.append(Html.link(LinkedDataPaths.dataOf(iri, r), r.name().replace("RDFXML", "RDF/XML")
                    .replace("JSONLD", "JSON-LD").replace("NTRIPLES", "N-Triples").replace("TURTLE", "Turtle")
                    .replace("TRIG", "TriG"))).append(' ');
            }
        }
        out.append("· ").append(Html.link("/explore?node=" + java.net.URLEncoder.encode(iri,
            java.nio.charset.StandardCharsets.UTF_8), "explore its neighbourhood"));
        return out.append("</p>\n").toString();
    }

    private String facts() {
        List<Quad> outgoing = description.outgoing();
        Map<Node, List<Quad>> byProperty = group(outgoing.stream()
            .filter(q -> !q.getPredicate().equals(Vocab.RDF_TYPE) && !repeatsNarrower(q, outgoing)).toList(), true);
        if (byProperty.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h2>Facts</h2>\n<table class=\"facts\">\n");
        byProperty.forEach((property, quads) -> {
            out.append("<tr><th>").append(property(property)).append("</th><td><ul>");
            Map<Node, Set<Node>> graphsByValue = new LinkedHashMap<>();
            quads.forEach(q -> graphsByValue.computeIfAbsent(q.getObject(), o -> new TreeSet<>(java.util.Comparator
                .comparing(Node::toString))).add(q.getGraph()));
            graphsByValue.forEach((value, graphs) -> out.append("<li>").append(value(value)).append(coordinates(value))
                .append(' ')
                .append(graphs.stream().map(this::sourceBadge).collect(Collectors.joining(" "))).append("</li>"));
            out.append("</ul></td></tr>\n");
        });
        return out.append("</table>\n").toString();
    }

    /** A geometry's point in degrees, shown where it is linked so that a reader need not follow the link. */
    private String coordinates(Node value) {
        double[] at = geometries.get(value);
        return at == null ? "" : String.format(java.util.Locale.ROOT, " <span class=\"coordinates\" title=\"latitude, "
            + "longitude (WGS 84)\">%.4f, %.4f</span>", at[0], at[1]);
    }

    private String incoming() {
        List<Quad> incoming = description.incoming();
        Map<Node, List<Quad>> byProperty = group(incoming.stream().filter(q -> !repeatsNarrower(q, incoming)).toList(), false);
        if (byProperty.isEmpty() && description.linksPage() == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h2>Links to this</h2>\n<table class=\"incoming\">\n");
        byProperty.forEach((property, quads) -> {
            List<Node> subjects = quads.stream().map(Quad::getSubject).distinct().toList();
            out.append("<tr><th>").append(property(property)).append(" <span class=\"count\">(")
                .append(subjects.size()).append(")</span></th><td><ul>");
            subjects.forEach(s -> out.append("<li>").append(value(s)).append("</li>"));
            out.append("</ul></td></tr>\n");
        });
        out.append(linkPages());
        return out.append("</table>\n").toString();
    }

    /**
     * Where a thing has more links than a page holds (a class's instances, a country's places): which ones these
     * are, the pages before and after, and a query for them all.
     */
    private String linkPages() {
        int page = description.linksPage();
        if (page == 0 && !description.moreIncoming()) {
            return "";
        }
        long first = (long) page * Describer.INCOMING_CAP + 1;
        int shown = description.incoming().size();
        StringBuilder out = new StringBuilder("<tr><td colspan=\"2\" class=\"link-pages\">")
            .append(shown == 0 ? "No links after the first " + (first - 1)
                : "Links " + first + " to " + (first + shown - 1))
            .append(": ");
        String path = LinkedDataPaths.pageOf(description.subject());
        if (page > 0) {
            String previous = page == 1 ? path : path + "?links=" + (page - 1);
            out.append(Html.link(previous, "previous " + Describer.INCOMING_CAP)).append(" · ");
        }
        if (description.moreIncoming() && page < Describer.MAX_LINKS_PAGE) {
            out.append(Html.link(path + "?links=" + (page + 1), "next " + Describer.INCOMING_CAP)).append(" · ");
        }
        out.append(Html.link(HomeServlet.EDITOR + "?query=" + java.net.URLEncoder.encode(allIncoming(),
            java.nio.charset.StandardCharsets.UTF_8), "list them all with SPARQL"));
        return out.append("</td></tr>\n").toString();
    }

    /** A query for every link to this resource, the resource bound as a value. */
    private String allIncoming() {
        org.apache.jena.query.ParameterizedSparqlString query = new org.apache.jena.query.ParameterizedSparqlString(
            "SELECT ?link ?property WHERE { ?link ?property ?resource } ORDER BY ?property ?link");
        query.setParam("resource", description.subject());
        return query.toString();
    }

    private String sources() {
        List<Node> graphs = description.quads().stream(Node.ANY, Node.ANY, Vocab.PROV_WAS_DERIVED_FROM, Node.ANY)
            .filter(q -> q.getSubject().equals(q.getGraph())).map(Quad::getGraph).distinct().toList();
        if (graphs.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h2>Sources</h2>\n<ul class=\"sources\">\n");
        for (Node graph : graphs) {
            Node source = description.quads().getGraph(graph).find(graph, Vocab.PROV_WAS_DERIVED_FROM, Node.ANY)
                .next().getObject();
            String method = description.quads().getGraph(graph).find(graph, CC.method, Node.ANY)
                .mapWith(t -> Labels.shortName(t.getObject())).nextOptional().orElse("");
            out.append("<li id=\"").append(Html.escape(Labels.shortName(graph))).append("\">")
                .append(Html.link(LinkedDataPaths.pageOf(source), sourceTitle(graph, source)))
                .append(" <span class=\"method\">").append(Html.escape(method)).append("</span>")
                .append(" · graph <code>").append(Html.escape(graph.getURI())).append("</code></li>\n");
        }
        return out.append("</ul>\n").toString();
    }

    private String sourceTitle(Node graph, Node source) {
        return description.quads().getGraph(graph).find(source, Vocab.DCT_TITLE, Node.ANY)
            .mapWith(t -> t.getObject().getLiteralLexicalForm()).nextOptional().orElse(labels.of(source));
    }

    private String sourceBadge(Node graph) {
        if (graph.equals(CC.INFERRED_GRAPH)) {
            return "<span class=\"src derived\" title=\"derived by the loader's inference\">derived</span>";
        }
        if (graph.equals(CC.ONTOLOGY_GRAPH)) {
            return "<span class=\"src\">ontology</span>";
        }
        return "<a class=\"src\" href=\"#" + Html.escape(Labels.shortName(graph)) + "\" title=\""
            + Html.escape(graph.getURI()) + "\">" + Html.escape(Labels.shortName(graph)) + "</a>";
    }

    private String property(Node property) {
        String en = labels.of(property);
        String id = labels.in(property, "id").filter(l -> !l.equals(en)).map(l -> " <span lang=\"id\">/ " + Html.escape(l)
            + "</span>").orElse("");
        return Html.link(LinkedDataPaths.pageOf(property), en) + id;
    }

    private String value(Node value) {
        java.util.Optional<Node> words = value.isURI() ? only(value, CC.text) : java.util.Optional.empty();
        if (words.isPresent()) {
            return quote(value, words.get());
        }
        if (value.isURI()) {
            String label = labels.of(value);
            String id = labels.in(value, "id").filter(l -> !l.equals(label))
                .map(l -> " <span lang=\"id\">(" + Html.escape(l) + ")</span>").orElse("");
            return Html.link(LinkedDataPaths.pageOf(value), label) + id;
        }
        if (value.isLiteral()) {
            String lang = value.getLiteralLanguage();
            String text = "<span class=\"literal\"" + (lang.isEmpty() ? "" : " lang=\"" + Html.escape(lang) + "\"") + ">"
                + Html.escape(value.getLiteralLexicalForm()) + "</span>";
            return lang.isEmpty() ? text : text + " <span class=\"lang\">@" + Html.escape(lang) + "</span>";
        }
        return "<span class=\"blank\">(blank node)</span>";
    }

    /** The one object the description gives the subject for the property, if any. */
    private java.util.Optional<Node> only(Node subject, Node property) {
        return description.quads().stream(Node.ANY, subject, property, Node.ANY).map(Quad::getObject).findFirst();
    }

    /** An excerpt by its words, and a link to it that names its source and paragraph. */
    private String quote(Node excerpt, Node words) {
        String lang = words.getLiteralLanguage();
        String source = only(excerpt, CC.excerptOf).flatMap(s -> only(s, Vocab.DCT_TITLE))
            .map(Node::getLiteralLexicalForm).orElse(labels.of(excerpt));
        String paragraph = only(excerpt, CC.paragraph).map(p -> ", paragraph " + p.getLiteralLexicalForm()).orElse("");
        return "<q class=\"excerpt\"" + (lang.isEmpty() ? "" : " lang=\"" + Html.escape(lang) + "\"") + ">"
            + Html.escape(words.getLiteralLexicalForm()) + "</q> <span class=\"cite\">("
            + Html.link(LinkedDataPaths.pageOf(excerpt), source + paragraph) + ")</span>";
    }

    /** Quads grouped by property; facts put labels first, then the rest by property label. */
    private Map<Node, List<Quad>> group(List<Quad> quads, boolean labelsFirst) {
        Map<Node, List<Quad>> grouped = quads.stream().collect(Collectors.groupingBy(Quad::getPredicate));
        Map<Node, List<Quad>> ordered = new LinkedHashMap<>();
        grouped.keySet().stream().sorted(java.util.Comparator.comparing((Node p) -> labelsFirst && Description.isLabel(p) ? 0 : 1)
            .thenComparing(labels::of)).forEach(p -> ordered.put(p, grouped.get(p)));
        return ordered;
    }
}
