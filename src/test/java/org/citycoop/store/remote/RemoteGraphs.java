package org.citycoop.store.remote;

import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.citycoop.ontology.CC;
import org.citycoop.store.Store;

/**
 * The CityCoop graphs of a store, local or remote, in memory, for comparing them as graphs. Literals are put in
 * their canonical form (a store may keep the value of "1.50"^^xsd:decimal as "1.5", and language tags in lower
 * case: the same literal in RDF 1.1 terms). Points in WKT are compared to four decimals of a degree (about 11 m):
 * Virtuoso turns a geo:wktLiteral into a geometry of its own type, with coordinates in single precision; doubles are
 * compared to six significant digits, as Virtuoso writes them.
 */
final class RemoteGraphs {
    private RemoteGraphs() {
    }

    /** What the remote store holds in CityCoop's graphs, but for the graph of its revision and staging graphs. */
    static DatasetGraph withoutStaging(RemoteClient client) {
        DatasetGraph all = of(client);
        DatasetGraph kept = DatasetGraphFactory.create();
        all.find().forEachRemaining(q -> {
            if (!q.getGraph().getURI().startsWith(CC.GRAPH + "staging/")) {
                kept.add(q);
            }
        });
        return kept;
    }

    /** What the remote store holds in CityCoop's graphs, but for the graph of its revision. */
    static DatasetGraph of(RemoteClient client) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(
            "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?base)) }");
        query.setLiteral("base", CC.GRAPH);
        DatasetGraph copy = DatasetGraphFactory.create();
        client.select(query.asQuery()).forEachRemaining(row -> {
            Node graph = row.get("g");
            if (!graph.equals(Publication.GRAPH)) {
                copy.add(canonical(Quad.create(graph, row.get("s"), row.get("p"), row.get("o"))));
            }
        });
        return copy;
    }

    /** What the local store shows its users (drafts left out) in CityCoop's graphs. */
    static DatasetGraph of(Store store) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(store.dataset(), () -> store.curated().find().forEachRemaining(quad -> {
            if (quad.getGraph().isURI() && quad.getGraph().getURI().startsWith(CC.GRAPH)) {
                copy.add(canonical(quad));
            }
        }));
        return copy;
    }

    private static Quad canonical(Quad quad) {
        return Quad.create(quad.getGraph(), quad.getSubject(), quad.getPredicate(), canonical(quad.getObject()));
    }

    private static final String WKT = "http://www.opengis.net/ont/geosparql#wktLiteral";
    private static final String VIRTUOSO_GEOMETRY = "http://www.openlinksw.com/schemas/virtrdf#Geometry";
    private static final java.util.regex.Pattern POINT = java.util.regex.Pattern.compile(
        "POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)");

    static Node canonical(Node node) {
        if (!node.isLiteral()) {
            return node;
        }
        String type = node.getLiteralDatatypeURI();
        if (WKT.equals(type) || VIRTUOSO_GEOMETRY.equals(type)) {
            java.util.regex.Matcher point = POINT.matcher(node.getLiteralLexicalForm());
            String text = point.matches() ? String.format(Locale.ROOT, "POINT(%.4f %.4f)",
                Double.parseDouble(point.group(1)), Double.parseDouble(point.group(2))) : node.getLiteralLexicalForm();
            return NodeFactory.createLiteralDT(text, org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(WKT));
        }
        String lang = node.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return NodeFactory.createLiteralLang(node.getLiteralLexicalForm(), lang.toLowerCase(Locale.ROOT));
        }
        if (org.apache.jena.datatypes.xsd.XSDDatatype.XSDdouble.getURI().equals(type)
                || org.apache.jena.datatypes.xsd.XSDDatatype.XSDfloat.getURI().equals(type)) {
            // Virtuoso writes a double with six significant digits
            double value = Double.parseDouble(node.getLiteralLexicalForm());
            return NodeFactory.createLiteralDT(String.format(Locale.ROOT, "%.5e", value),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdouble);
        }
        return org.apache.jena.riot.process.normalize.NormalizeRDFTerms.get().normalize(node);
    }
}
