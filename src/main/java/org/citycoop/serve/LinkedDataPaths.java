package org.citycoop.serve;

import org.apache.jena.graph.Node;
import org.citycoop.ontology.CC;

/**
 * How CityCoop IRIs map to this server's paths. An IRI {@code https://w3id.org/citycoop/<rest>} is the thing;
 * on this server the thing is {@code /<rest>}, its HTML page {@code /page/<rest>} and its RDF description
 * {@code /data/<rest>} (or {@code /data/<rest>.ttl}, {@code .jsonld}, {@code .rdf}, {@code .nt}, {@code .trig}).
 */
public final class LinkedDataPaths {
    /** The first path segments that name things (each maps to {@code https://w3id.org/citycoop/<segment>/...}). */
    public static final String[] THING_SEGMENTS = {"id", "ontology", "topic", "status", "role", "precision", "method",
        "graph"};

    private LinkedDataPaths() {
    }

    /** The local path of a CityCoop IRI ({@code /id/city/bandung}), or null for an IRI from elsewhere. */
    public static String thingPath(String iri) {
        return iri.startsWith(CC.BASE) ? "/" + iri.substring(CC.BASE.length()) : null;
    }

    /** The IRI a local thing path stands for. */
    public static String iri(String thingPath) {
        return CC.BASE + (thingPath.startsWith("/") ? thingPath.substring(1) : thingPath);
    }

    /**
     * Where a link to a node leads: a local page for CityCoop IRIs, the IRI itself for other http, https and mailto
     * IRIs, and nowhere (null) for the rest, so that an IRI such as {@code javascript:...} in the data never becomes
     * something a reader can click.
     */
    public static String pageOf(Node node) {
        String local = thingPath(node.getURI());
        if (local != null) {
            return "/page" + local;
        }
        return isSafeLink(node.getURI()) ? node.getURI() : null;
    }

    /** Whether a browser may be sent to this IRI: http, https and mailto only. */
    static boolean isSafeLink(String iri) {
        int colon = iri.indexOf(':');
        String scheme = colon < 0 ? "" : iri.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    public static String dataOf(String iri, Representation representation) {
        return "/data" + thingPath(iri) + "." + representation.extension();
    }
}
