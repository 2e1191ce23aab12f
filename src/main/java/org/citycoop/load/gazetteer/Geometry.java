package org.citycoop.load.gazetteer;

import java.math.BigDecimal;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.citycoop.ontology.Vocab;

/** A place's coordinates as a GeoSPARQL geometry of its own ({@code <place>/geometry}), a WKT point. */
public final class Geometry {
    private static final RDFDatatype WKT = TypeMapper.getInstance().getSafeTypeByName(Vocab.GEO_WKT_LITERAL);

    private static final java.util.regex.Pattern POINT = java.util.regex.Pattern.compile(
        "POINT\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s*\\)");

    private Geometry() {
    }

    /** The latitude and longitude of a WKT point, or none for another text. */
    public static java.util.Optional<double[]> latLon(String wkt) {
        java.util.regex.Matcher point = POINT.matcher(wkt);
        if (!point.find()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new double[] {Double.parseDouble(point.group(2)),
                Double.parseDouble(point.group(1))});
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** The great-circle distance between two points, in kilometres (NaN if a coordinate is NaN). */
    public static double kilometres(double lat, double lon, double otherLat, double otherLon) {
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(otherLat);
        double dp = p2 - p1;
        double dl = Math.toRadians(otherLon - lon);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Writes the place's geometry and the link to it. */
    public static void point(StreamRDF out, Node place, BigDecimal lat, BigDecimal lon) {
        Node geometry = NodeFactory.createURI(place.getURI() + "/geometry");
        out.triple(Triple.create(place, Vocab.GEO_HAS_GEOMETRY, geometry));
        out.triple(Triple.create(geometry, Vocab.RDF_TYPE, NodeFactory.createURI(Vocab.GEO + "Geometry")));
        out.triple(Triple.create(geometry, Vocab.GEO_AS_WKT, NodeFactory.createLiteralDT("POINT(" + lon.toPlainString()
            + " " + lat.toPlainString() + ")", WKT)));
    }
}
