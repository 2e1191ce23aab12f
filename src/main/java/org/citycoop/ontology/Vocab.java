package org.citycoop.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms CityCoop reuses from standard vocabularies (W3C ORG, FOAF, schema.org, SKOS, PROV-O, DCTerms,
 * GeoSPARQL), as Jena nodes, with the prefixes the project writes them with.
 */
public final class Vocab {
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    /** Wikidata's "twinned administrative body", as its truthy statements write it. */
    public static final Node WIKIDATA_TWINNED = uri("http://www.wikidata.org/prop/direct/P190");
    public static final String GEONAMES = "https://sws.geonames.org/";

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";

    public static final Node RDF_TYPE = uri(RDF + "type");
    public static final Node RDFS_LABEL = uri(RDFS + "label");
    public static final Node RDFS_COMMENT = uri(RDFS + "comment");

    public static final Node ORG_POST_IN = uri(ORG + "postIn");
    public static final Node ORG_UNIT_OF = uri(ORG + "unitOf");
    public static final Node ORG_HAS_MEMBER = uri(ORG + "hasMember");
    public static final Node FOAF_NAME = uri(FOAF + "name");
    public static final Node FOAF_NICK = uri(FOAF + "nick");
    public static final Node HONORIFIC_PREFIX = uri(SCHEMA + "honorificPrefix");
    public static final Node HONORIFIC_SUFFIX = uri(SCHEMA + "honorificSuffix");
    public static final Node SKOS_EXACT_MATCH = uri(SKOS + "exactMatch");
    public static final Node SKOS_ALT_LABEL = uri(SKOS + "altLabel");
    public static final Node SKOS_IN_SCHEME = uri(SKOS + "inScheme");
    public static final Node PROV_WAS_DERIVED_FROM = uri(PROV + "wasDerivedFrom");
    public static final Node PROV_GENERATED_AT_TIME = uri(PROV + "generatedAtTime");
    public static final Node DCT_TITLE = uri(DCTERMS + "title");
    public static final Node DCT_LANGUAGE = uri(DCTERMS + "language");
    public static final Node DCT_ISSUED = uri(DCTERMS + "issued");
    public static final Node DCT_PUBLISHER = uri(DCTERMS + "publisher");
    public static final Node DCT_DESCRIPTION = uri(DCTERMS + "description");
    public static final Node DCAT_LANDING_PAGE = uri(DCAT + "landingPage");
    public static final Node GEO_HAS_GEOMETRY = uri(GEO + "hasGeometry");
    public static final Node GEO_AS_WKT = uri(GEO + "asWKT");
    public static final String GEO_WKT_LITERAL = GEO + "wktLiteral";

    private Vocab() {
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
