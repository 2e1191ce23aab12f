package org.citycoop.load.gazetteer;

/**
 * What a gazetteer's places are linked to among the places a store already holds: the units they lie in, and the
 * same places in another gazetteer.
 *
 * @param units   the units, by their codes
 * @param matcher the same place in another gazetteer, by name and coordinates
 */
public record Links(UnitIndex units, PlaceMatcher matcher) {
    /** Nothing to link to: a gazetteer imported alone. */
    public static final Links NONE = new Links(UnitIndex.NONE, PlaceMatcher.NONE);

    /** A digest of what is linked to, for the digest of the source. */
    public String fingerprint() {
        return units.fingerprint() + matcher.fingerprint();
    }
}
