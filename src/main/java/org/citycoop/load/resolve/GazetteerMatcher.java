package org.citycoop.load.resolve;

import java.util.List;

import org.citycoop.load.gazetteer.PlaceMatcher;

/**
 * Matches a national list's places with the places of one country in another gazetteer, by the name and the
 * coordinates: a place of the same name (accents and spelling folded) within {@value #MAX_KM} km, the nearest of
 * several. A similar name is not enough to say two entries are one place, though it is enough to resolve a name of a
 * twin-town table.
 *
 * <pre>{@code
 * PlaceMatcher geonames = GazetteerMatcher.of(StoreGazetteer.readOf(store, CC.ID + "geonames/", "JP"), "Japan");
 * }</pre>
 */
public final class GazetteerMatcher implements PlaceMatcher {
    /** A merged Japanese municipality's office may lie this far from the centre GeoNames gives. */
    static final double MAX_KM = 15;
    private final Gazetteer gazetteer;
    private final PlaceResolver resolver;
    private final String countryName;

    private GazetteerMatcher(Gazetteer gazetteer, String countryName) {
        this.gazetteer = gazetteer;
        this.resolver = new PlaceResolver(gazetteer);
        this.countryName = countryName;
    }

    /** Matches against the places of {@code gazetteer}, all of the country named {@code countryName}. */
    public static GazetteerMatcher of(Gazetteer gazetteer, String countryName) {
        return new GazetteerMatcher(gazetteer, countryName);
    }

    @Override
    public Match match(String name, double lat, double lon) {
        if (gazetteer.size() == 0) {
            return null;
        }
        Resolution resolution = resolver.resolve(name, countryName, lat, lon);
        if (!resolution.resolved() || resolution.kilometres() > MAX_KM || !sameName(resolution.place(), name)) {
            return null;
        }
        return new Match(resolution.place().iri(), resolution.kilometres());
    }

    private static boolean sameName(GazetteerPlace place, String name) {
        List<String> keys = NameKeys.variants(name);
        return !keys.isEmpty() && NameKeys.variants(place.name()).contains(keys.get(0));
    }

    @Override
    public String fingerprint() {
        return PlaceResolver.RULES + "-" + gazetteer.placesFingerprint();
    }
}
