package org.citycoop.load.resolve;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
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

    /**
     * The nearest place within {@value #MAX_KM} km that bears the name as its own; else, of those that bear it as
     * another name, the most of a seat and the biggest (Veria is Véroia's other name and Vergína's, 10 km away).
     */
    @Override
    public Match match(String name, double lat, double lon) {
        String key = NameKeys.fold(name);
        if (key.isEmpty()) {
            return null;
        }
        GazetteerPlace nearest = null;
        double kilometres = MAX_KM;
        for (GazetteerPlace place : gazetteer.named(key)) {
            double distance = place.located() ? place.kilometresTo(lat, lon) : Double.NaN;
            if (distance <= kilometres && !place.isUnit()) {
                nearest = place;
                kilometres = distance;
            }
        }
        if (nearest != null) {
            return new Match(nearest.iri(), kilometres);
        }
        return gazetteer.alsoNamed(key).stream().filter(place -> !place.isUnit() && place.located()
                && place.kilometresTo(lat, lon) <= MAX_KM)
            .min(java.util.Comparator.comparingInt(GazetteerPlace::rank).thenComparing(p -> -p.population()))
            .map(place -> new Match(place.iri(), place.kilometresTo(lat, lon))).orElse(null);
    }

    @Override
    public Match inUnit(String name, Node unit) {
        List<GazetteerPlace> found = new ArrayList<>();
        for (String key : NameKeys.strictVariants(name)) {
            for (GazetteerPlace place : gazetteer.named(key)) {
                if (!place.isUnit() && unit.equals(place.within()) && !"PPLX".equals(place.feature())
                        && !found.contains(place)) {
                    found.add(place);
                }
            }
            if (!found.isEmpty()) {
                break;
            }
        }
        return found.size() == 1 ? new Match(found.get(0).iri(), Double.NaN) : null;
    }

    @Override
    public String fingerprint() {
        return PlaceResolver.RULES + "-" + gazetteer.placesFingerprint();
    }
}
