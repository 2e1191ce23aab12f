package org.citycoop.load.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;


/**
 * Resolves a place as a table names it (a name, a country name, maybe coordinates) to one place of a
 * {@link Gazetteer}. Among the places of that name in that country (names compared by {@link NameKeys}), the one
 * nearest the coordinates, preferring a seat or a bigger place among those about as near; without coordinates, the
 * clear seat or the clearly biggest. A name that matches nothing is looked for among the places near its
 * coordinates, by a similar name; places of the name only farther than 50 km from the coordinates are not taken.
 * Several places with nothing to choose between them are ambiguous; none is
 * unresolved: the caller keeps both as places of their own.
 *
 * <pre>{@code
 * Resolution r = new PlaceResolver(gazetteer).resolve("Cuenca", "Ecuador", -2.8974, -79.0042);
 * }</pre>
 */
public final class PlaceResolver {
    /**
     * Names the rules: changed with any rule that changes what a name resolves to, so that a table imported before
     * is resolved again rather than found unchanged.
     */
    public static final String RULES = "resolution-rules-3";
    /** Places this much farther than the nearest still count as about as near (a city's centre against its seat). */
    private static final double ABOUT_AS_NEAR_KM = 10;
    /** A match of the name this far from the coordinates is checked against places with a similar name nearby. */
    private static final double FAR_KM = 50;
    /** How far from the coordinates a place of a similar name is looked for. */
    private static final double NEARBY_KM = 20;
    private final Gazetteer gazetteer;
    private final Countries countries = Countries.get();

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Resolves a name; {@code lat} and {@code lon} are NaN when the table gives no coordinates. */
    public Resolution resolve(String name, String countryName, double lat, double lon) {
        String country = countries.code(countryName).orElse(null);
        boolean located = !Double.isNaN(lat) && !Double.isNaN(lon);
        List<String> keys = keys(name);
        List<GazetteerPlace> named = named(keys, country, located ? lat : Double.NaN, lon);
        if (NameKeys.namesArea(name)) {
            // a district or a province is not the town it is named after
            named = named.stream().filter(place -> place.feature() == null || NameKeys.namesArea(place.name())).toList();
        }
        if (located) {
            return nearest(name, named, country, lat, lon);
        }
        if (country == null) {
            // nothing narrows the world down: a place whose own name is only cut to this one is another place
            named = named.stream().filter(place -> bears(place, keys)).toList();
        }
        if (named.isEmpty()) {
            return Resolution.not(Resolution.Status.UNRESOLVED, "no place of that name", country, named);
        }
        if (country == null && named.size() > 1) {
            return Resolution.not(Resolution.Status.AMBIGUOUS, "places of that name in several countries", null, named);
        }
        return clearest(named, country);
    }

    /**
     * The places of any key of the name, the strictest key that finds any first; in the country when it is known,
     * else near the coordinates when they are given.
     */
    private List<GazetteerPlace> named(List<String> keys, String country, double lat, double lon) {
        for (String key : keys) {
            List<GazetteerPlace> found = new ArrayList<>();
            for (GazetteerPlace place : gazetteer.named(key)) {
                if (country != null ? country.equals(place.country())
                    : Double.isNaN(lat) || place.located() && place.kilometresTo(lat, lon) <= FAR_KM) {
                    found.add(place);
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The keys a name is looked for under, strictest first. */
    private static List<String> keys(String name) {
        List<String> keys = new ArrayList<>(NameKeys.variants(name));
        keys.add(NameKeys.transliterated(name));
        return keys;
    }

    private Resolution nearest(String name, List<GazetteerPlace> named, String country, double lat, double lon) {
        List<GazetteerPlace> located = named.stream().filter(GazetteerPlace::located)
            .sorted(Comparator.comparingDouble(p -> p.kilometresTo(lat, lon))).toList();
        if ((located.isEmpty() || located.get(0).kilometresTo(lat, lon) > FAR_KM) && !NameKeys.namesArea(name)) {
            GazetteerPlace similar = similarNearby(name, country, lat, lon);
            if (similar != null) {
                return Resolution.of(similar, similar.kilometresTo(lat, lon), "a similar name nearby", country, named);
            }
        }
        if (located.isEmpty()) {
            return named.isEmpty() ? Resolution.not(Resolution.Status.UNRESOLVED, "no place of that name", country, named)
                : clearest(named, country);
        }
        double nearest = located.get(0).kilometresTo(lat, lon);
        if (nearest > FAR_KM) {
            if (onlyOneOfItsName(name, country, located, lat, lon)) {
                return Resolution.of(located.get(0), nearest, "the one place of that name in its country, the "
                    + "coordinates being another's", country, located);
            }
            // another place of the same name, or coordinates that are wrong: nothing tells which
            return Resolution.not(Resolution.Status.AMBIGUOUS, "places of that name only far from the coordinates",
                country, located);
        }
        GazetteerPlace best = located.stream().filter(p -> p.kilometresTo(lat, lon) <= nearest + ABOUT_AS_NEAR_KM)
            .min(Comparator.comparingInt(GazetteerPlace::rank).thenComparing(p -> -p.population())).orElseThrow();
        return Resolution.of(best, best.kilometresTo(lat, lon), located.size() == 1 ? "the place of that name"
            : "the nearest place of that name", country, located);
    }

    /**
     * Whether the one place of the country that bears the name (not only a part of it) is the place meant, though
     * far from the coordinates given, when they are a namesake's in another country (tables geocoded by name: Brighton,
     * England for Brighton, Michigan).
     */
    private boolean onlyOneOfItsName(String name, String country, List<GazetteerPlace> located, double lat,
            double lon) {
        if (located.size() != 1 || NameKeys.namesArea(name)) {
            return false;
        }
        GazetteerPlace only = located.get(0);
        List<String> ours = NameKeys.variants(name, false);
        return bears(only, ours) && namesakeAbroad(ours, country, lat, lon);
    }

    private boolean namesakeAbroad(List<String> keys, String country, double lat, double lon) {
        return gazetteer.near(lat, lon, ABOUT_AS_NEAR_KM).stream()
            .filter(place -> place.country() != null && !place.country().equals(country))
            .anyMatch(place -> bears(place, keys));
    }

    /** Whether a place's own name has one of the keys, not only a name cut before a connector ({@code Mont}). */
    private static boolean bears(GazetteerPlace place, List<String> keys) {
        return NameKeys.variants(place.name(), false).stream().anyMatch(keys::contains);
    }

    /** The place of the country near the point whose name is most like the one given, if one is like enough. */
    private GazetteerPlace similarNearby(String name, String country, double lat, double lon) {
        SimilarName similar = new SimilarName(name);
        GazetteerPlace best = null;
        double bestScore = 0;
        String parent = NameKeys.parent(name);
        for (GazetteerPlace place : gazetteer.near(lat, lon, NEARBY_KM)) {
            if (country != null && place.country() != null && !country.equals(place.country())
                || NameKeys.fold(place.name()).equals(parent)) {
                continue; // coordinates of a namesake in another country; the city of Almaly (Almaty)
            }
            double score = similar.score(place, place.kilometresTo(lat, lon));
            if (score >= SimilarName.SIMILAR && (best == null || score > bestScore
                || score == bestScore && place.rank() < best.rank())) {
                best = place;
                bestScore = score;
            }
        }
        return best;
    }

    /** Without coordinates: the one place, or the one clearly more of a seat or clearly bigger than the others. */
    private static Resolution clearest(List<GazetteerPlace> named, String country) {
        List<GazetteerPlace> ordered = named.stream().sorted(Comparator.comparingInt(GazetteerPlace::rank)
            .thenComparing(p -> -p.population())).toList();
        GazetteerPlace first = ordered.get(0);
        if (ordered.size() == 1) {
            return Resolution.of(first, Double.NaN, "the place of that name", country, ordered);
        }
        GazetteerPlace second = ordered.get(1);
        if (first.rank() < second.rank() || first.population() >= 5 * Math.max(1, second.population())) {
            return Resolution.of(first, Double.NaN, "the clearest of the places of that name", country, ordered);
        }
        return Resolution.not(Resolution.Status.AMBIGUOUS, "several places of that name", country, ordered);
    }
}
