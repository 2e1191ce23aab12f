package org.citycoop.load.resolve;

import java.util.ArrayList;
import java.util.List;

import org.citycoop.load.gazetteer.PlaceMatcher;

/**
 * Matches a place of one gazetteer with the place of another that bears the same name (accents and spelling
 * folded, in any of its names) within {@value #MAX_KM} km, the nearest of several: two gazetteers' entries of one
 * town, whose coordinates differ by a few kilometres. A similar name is not enough.
 *
 * <pre>{@code
 * PlaceMatcher geonames = new NamesakeNearby(StoreGazetteer.readOf(store, CC.ID + "geonames/", null));
 * }</pre>
 */
public final class NamesakeNearby implements PlaceMatcher {
    /** How far apart two gazetteers put one town. */
    static final double MAX_KM = 10;
    private final Gazetteer gazetteer;

    public NamesakeNearby(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Match match(String name, double lat, double lon) {
        String key = NameKeys.fold(name);
        if (key.isEmpty()) {
            return null;
        }
        List<GazetteerPlace> named = new ArrayList<>(gazetteer.named(key));
        named.addAll(gazetteer.alsoNamed(key));
        GazetteerPlace nearest = null;
        double kilometres = MAX_KM;
        for (GazetteerPlace place : named) {
            double distance = place.located() ? place.kilometresTo(lat, lon) : Double.NaN;
            if (distance <= kilometres && !place.isUnit()) {
                nearest = place;
                kilometres = distance;
            }
        }
        return nearest == null ? null : new Match(nearest.iri(), kilometres);
    }

    @Override
    public String fingerprint() {
        return PlaceResolver.RULES + "-" + gazetteer.placesFingerprint();
    }
}
