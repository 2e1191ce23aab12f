package org.citycoop.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Licence;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Statistics;
import org.citycoop.store.GraphStore;

/**
 * {@code /.well-known/void}: a VoID and DCAT description of the dataset: its SPARQL endpoint, its dumps, its URI
 * space, the vocabularies it uses, and one subset per source graph with its size.
 */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String VOID = org.apache.jena.vocabulary.VOID.NS;
    static final Node DATASET = NodeFactory.createURI(CC.BASE + "dataset");
    /** The forms the description is served in: a page for people, and RDF. */
    private static final Representation[] FORMS = {Representation.HTML, Representation.TURTLE, Representation.JSONLD,
        Representation.RDFXML, Representation.NTRIPLES};
    private final transient GraphStore store;
    /** The description of each version of the data, per base URL: counting the statements reads them all. */
    private final transient org.citycoop.store.VersionedCache<String, Graph> descriptions =
        new org.citycoop.store.VersionedCache<>(0, 4, g -> 1L);

    private final transient StoreFigures figures;

    VoidServlet(GraphStore store, StoreFigures figures) {
        this.store = store;
        this.figures = figures;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        Optional<Representation> chosen = (format != null ? Representation.byName(format)
            : Representation.negotiate(request.getHeader("Accept"), Representation.TURTLE, FORMS))
            .filter(r -> r != Representation.TRIG);
        response.addHeader("Vary", "Accept");
        if (chosen.isEmpty()) {
            Responses.error(request, response, format != null ? HttpServletResponse.SC_BAD_REQUEST
                : HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable", "The dataset description is available as "
                + "text/html, text/turtle, application/ld+json, application/rdf+xml or application/n-triples");
            return;
        }
        Graph description = store.read(() -> descriptions.get(base(request), store.readVersion(), this::describe));
        if (chosen.get() == Representation.HTML) {
            Responses.send(request, response, "text/html", page(description).getBytes(StandardCharsets.UTF_8), null);
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(description).format(chosen.get().format()).output(out);
        Responses.send(request, response, chosen.get().mediaType(), out.toByteArray(), null);
    }

    /** The description for people: its Turtle, with links to each form. */
    private static String page(Graph description) {
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFWriter.source(description).format(Representation.TURTLE.format()).output(turtle);
        StringBuilder body = new StringBuilder("<h1>The CityCoop dataset</h1>\n<p>Its description in VoID and DCAT, also as");
        for (Representation form : FORMS) {
            if (form != Representation.HTML) {
                body.append(' ').append(Html.link("/.well-known/void?format=" + form.extension(), form.extension()));
            }
        }
        body.append(".</p>\n<pre>").append(Html.escape(turtle.toString(StandardCharsets.UTF_8))).append("</pre>\n");
        return Html.page("Dataset", "", body.toString());
    }

    static String base(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    /** Where the server gives the inference rules, as SPARQL updates. */
    static final String RULES_PATH = "/inference.ru";

    Graph describe(String base) {
        Statistics stats = figures.now();
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("dcat", Vocab.DCAT).setNsPrefix("dcterms", Vocab.DCTERMS)
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        add(g, DATASET, Vocab.RDF_TYPE, uri(VOID + "Dataset"));
        add(g, DATASET, Vocab.RDF_TYPE, uri(Vocab.DCAT + "Dataset"));
        add(g, DATASET, Vocab.DCT_TITLE, NodeFactory.createLiteralLang("CityCoop: city cooperation networks", "en"));
        add(g, DATASET, Vocab.DCT_TITLE, NodeFactory.createLiteralLang("CityCoop: jaringan kerja sama kota", "id"));
        add(g, DATASET, Vocab.DCT_DESCRIPTION, NodeFactory.createLiteralLang("Who works with whom among cities, regencies,"
            + " provinces and ministries, through which visits, agreements and programmes, with the sources.", "en"));
        add(g, DATASET, uri(VOID + "sparqlEndpoint"), uri(base + "/ds/sparql"));
        add(g, DATASET, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(CC.ID));
        add(g, DATASET, uri(VOID + "rootResource"), uri(CC.ID + "city/bandung"));
        add(g, DATASET, uri(VOID + "triples"), NodeFactory.createLiteralDT(Long.toString(distinctTriples()),
            XSDDatatype.XSDinteger));
        add(g, DATASET, DCTerms.license.asNode(), Licence.CC_BY_4.node());
        add(g, DATASET, DCTerms.rights.asNode(), NodeFactory.createLiteralLang("The curated records are CC BY 4.0 "
            + "(CityCoop's curators); each imported source keeps its own licence, given on its subset.", "en"));
        for (String vocabulary : new String[] {CC.ONTOLOGY, Vocab.ORG, Vocab.FOAF, Vocab.SCHEMA, Vocab.SKOS, Vocab.PROV,
            Vocab.DCTERMS, Vocab.GEO}) {
            add(g, DATASET, uri(VOID + "vocabulary"), uri(vocabulary));
        }
        for (DumpServlet.Dump dump : DumpServlet.Dump.values()) {
            Node url = uri(base + dump.path());
            add(g, DATASET, uri(VOID + "dataDump"), url);
            Node distribution = uri(CC.BASE + "dataset/distribution/" + dump.name().toLowerCase(java.util.Locale.ROOT));
            add(g, DATASET, uri(Vocab.DCAT + "distribution"), distribution);
            add(g, distribution, Vocab.RDF_TYPE, uri(Vocab.DCAT + "Distribution"));
            add(g, distribution, uri(Vocab.DCAT + "downloadURL"), url);
            add(g, distribution, uri(Vocab.DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/"
                + dump.mediaType()));
            add(g, distribution, uri(Vocab.DCAT + "compressFormat"),
                uri("https://www.iana.org/assignments/media-types/application/gzip"));
        }
        for (Statistics.Count graph : stats.graphs()) {
            Node subset = uri(graph.name());
            add(g, DATASET, uri(VOID + "subset"), subset);
            add(g, subset, Vocab.RDF_TYPE, uri(VOID + "Dataset"));
            add(g, subset, uri(VOID + "triples"), NodeFactory.createLiteralDT(Long.toString(graph.count()), XSDDatatype.XSDinteger));
            licenceOf(subset).forEach(t -> add(g, subset, t.getPredicate(), t.getObject()));
        }
        inference(g, base, stats);
        linkset(g, "wikidata", Vocab.WIKIDATA_ENTITY, "http://www.wikidata.org/");
        linkset(g, "geonames", Vocab.GEONAMES, "https://sws.geonames.org/");
        return g;
    }

    /**
     * The statements of the dataset's union: each statement once, whichever graphs hold it. The default graph is the
     * union of the graphs, which TDB2 reads with each statement once from an index in that order, without a set.
     */
    private long distinctTriples() {
        return store.read(() -> count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", null));
    }

    /**
     * Where the inferred graph comes from: the other graphs, through the inference rules (served at
     * {@link #RULES_PATH}), run to their fixpoint and kept so at every write.
     */
    private static void inference(Graph g, String base, Statistics stats) {
        Node inferred = CC.INFERRED_GRAPH;
        Node activity = uri(CC.BASE + "dataset/inference");
        add(g, inferred, Vocab.RDF_TYPE, uri(Vocab.PROV + "Entity"));
        add(g, inferred, Vocab.DCT_DESCRIPTION, NodeFactory.createLiteralLang("What follows from the other graphs by "
            + "CityCoop's inference rules: super-classes and super-properties, symmetric, inverse and transitive "
            + "properties, places that are the same, and the derived links between places and agents. It is kept at the "
            + "rules' fixpoint at every write; none of it is stated by a source.", "en"));
        add(g, inferred, uri(Vocab.PROV + "wasGeneratedBy"), activity);
        for (Statistics.Count graph : stats.graphs()) {
            if (!graph.name().equals(inferred.getURI())) {
                add(g, inferred, Vocab.PROV_WAS_DERIVED_FROM, uri(graph.name()));
            }
        }
        add(g, activity, Vocab.RDF_TYPE, uri(Vocab.PROV + "Activity"));
        add(g, activity, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("CityCoop's inference", "en"));
        add(g, activity, uri(Vocab.PROV + "used"), uri(base + RULES_PATH));
        add(g, activity, uri(Vocab.PROV + "used"), uri(CC.ONTOLOGY));
    }

    /** The licence and rights a source graph's description gives. */
    private java.util.List<Triple> licenceOf(Node graph) {
        return store.read(() -> store.curated().stream(graph, graph, Node.ANY, Node.ANY)
            .filter(q -> q.getPredicate().equals(DCTerms.license.asNode()) || q.getPredicate().equals(DCTerms.rights.asNode()))
            .map(org.apache.jena.sparql.core.Quad::asTriple).toList());
    }

    /** A linkset of the dataset: its skos:exactMatch links to another dataset's things, and how many. */
    private void linkset(Graph g, String name, String namespace, String target) {
        Node linkset = uri(CC.BASE + "dataset/linkset/" + name);
        long links = store.read(() -> count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(STRSTARTS(STR(?o), ?namespace)) } }", namespace));
        add(g, DATASET, uri(VOID + "subset"), linkset);
        add(g, linkset, Vocab.RDF_TYPE, uri(VOID + "Linkset"));
        add(g, linkset, uri(VOID + "subjectsTarget"), DATASET);
        add(g, linkset, uri(VOID + "objectsTarget"), uri(target));
        add(g, linkset, uri(VOID + "linkPredicate"), Vocab.SKOS_EXACT_MATCH);
        add(g, linkset, uri(VOID + "triples"), NodeFactory.createLiteralDT(Long.toString(links), XSDDatatype.XSDinteger));
    }

    /** The number a counting query gives, with {@code ?p} bound to skos:exactMatch and {@code ?namespace}, if given. */
    private long count(String text, String namespace) {
        org.apache.jena.query.ParameterizedSparqlString query = new org.apache.jena.query.ParameterizedSparqlString(text);
        if (namespace != null) {
            query.setParam("p", Vocab.SKOS_EXACT_MATCH);
            query.setLiteral("namespace", namespace);
        }
        long[] found = {0};
        store.select(query.asQuery(), row -> found[0] = row.getLiteral("n").getLong());
        return found[0];
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
