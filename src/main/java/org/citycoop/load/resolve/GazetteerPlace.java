package org.citycoop.load.resolve;

import org.apache.jena.graph.Node;

/**
 * A place a name may resolve to: its IRI (the one every source shares for it), a name, its country's ISO code (or
 * null), its kind as a GeoNames feature code (or null), its population (0 when unknown), its coordinates (NaN when
 * unknown) and the place it lies directly within (or null).
 */
public record GazetteerPlace(Node iri, String name, String country, String feature, long population, double lat,
        double lon, Node within) {

    /** A place whose enclosing place is not known. */
    public GazetteerPlace(Node iri, String name, String country, String feature, long population, double lat,
            double lon) {
        this(iri, name, country, feature, population, lat, lon, null);
    }

    /** Whether the place has coordinates. */
    public boolean located() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }

    /** Whether the place is an administrative unit (a state, a province, a district), not a town. */
    public boolean isUnit() {
        return feature != null && (feature.startsWith("ADM") || feature.startsWith("PCL"));
    }

    /** Whether the place is a country. */
    public boolean isCountry() {
        return feature != null && feature.startsWith("PCL");
    }

    /**
     * How much of a seat the place is, lower first: a capital, the seat of a first-, second-, third- or fourth-level
     * division, a populated place; a unit, a section of a town or a feature of another kind last.
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
            case "ADM1" -> 6;
            case "ADM2" -> 7;
            case "ADM3", "ADM4", "ADM5" -> 8;
            case "ADMD" -> 9;
            case "PPLX" -> 10;
            default -> 11;
        };
    }

    /** This place with what another source says of it added where it says nothing: the better kind, the bigger size. */
    GazetteerPlace mergedWith(GazetteerPlace other) {
        boolean better = other.feature != null && (feature == null || other.rank() < rank());
        return new GazetteerPlace(iri, name, country != null ? country : other.country,
            better ? other.feature : feature, Math.max(population, other.population), located() ? lat : other.lat,
            located() ? lon : other.lon, within != null ? within : other.within);
    }

    /** The great-circle distance to a point, in kilometres (NaN if either lacks coordinates). */
    public double kilometresTo(double otherLat, double otherLon) {
        return org.citycoop.load.gazetteer.Geometry.kilometres(lat, lon, otherLat, otherLon);
    }

    /** The distance to another place, in kilometres (NaN if either lacks coordinates). */
    public double kilometresTo(GazetteerPlace other) {
        return kilometresTo(other.lat, other.lon);
    }
}
