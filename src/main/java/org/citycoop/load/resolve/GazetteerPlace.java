package org.citycoop.load.resolve;

import org.apache.jena.graph.Node;

/**
 * A place a name may resolve to: its IRI (the one every source shares for it), a name, its country's ISO code (or
 * null), its GeoNames feature code (or null), its population (0 when unknown) and coordinates (NaN when unknown).
 */
public record GazetteerPlace(Node iri, String name, String country, String feature, long population, double lat,
        double lon) {

    /** Whether the place has coordinates. */
    public boolean located() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }

    /**
     * How much of a seat the place is, lower first: a capital, the seat of a first-, second-, third- or fourth-level
     * division, a populated place; a section of one or a feature of another kind last.
     */
    int rank() {
        if (feature == null) {
            return 5;
        }
        return switch (feature) {
            case "PPLC" -> 0;
            case "PPLA", "PPLG" -> 1;
            case "PPLA2" -> 2;
            case "PPLA3" -> 3;
            case "PPLA4", "PPLA5" -> 4;
            case "PPL", "PPLS", "PPLF", "PPLL", "PPLR" -> 5;
            case "PPLX" -> 7;
            default -> 6;
        };
    }

    /** The great-circle distance to a point, in kilometres (NaN if either lacks coordinates). */
    public double kilometresTo(double otherLat, double otherLon) {
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(otherLat);
        double dp = p2 - p1;
        double dl = Math.toRadians(otherLon - lon);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
