package org.citycoop.load.gazetteer;

import org.apache.jena.graph.Node;

/**
 * Finds, for a place one gazetteer names, the same place in another gazetteer the store holds: a national list's
 * municipality and its entry in GeoNames, which share no code. A gazetteer source links the two by
 * {@code skos:exactMatch}, so that they are one place ({@link org.citycoop.store.SamePlaces}).
 */
@FunctionalInterface
public interface PlaceMatcher {
    /** Matches nothing: for gazetteers imported alone. */
    PlaceMatcher NONE = (name, lat, lon) -> null;

    /**
     * The place of this name at these coordinates, or null when none is clearly the same place.
     *
     * @param name a name in Latin letters
     * @param lat  latitude in degrees
     * @param lon  longitude in degrees
     */
    Match match(String name, double lat, double lon);

    /**
     * The one place of this name that lies in a unit (a regency's city, in its province), for lists that give no
     * coordinates; null when none or several do.
     *
     * @param name a name in Latin letters
     * @param unit the unit, by the IRI that stands for it
     */
    default Match inUnit(String name, Node unit) {
        return null;
    }

    /**
     * The digest of the places matched against: a gazetteer imported again matches differently when they change.
     */
    default String fingerprint() {
        return "";
    }

    /**
     * A place found, and how far from the coordinates given it lies.
     *
     * @param place      the place's IRI
     * @param kilometres its distance from the coordinates given
     */
    record Match(Node place, double kilometres) {
    }
}
