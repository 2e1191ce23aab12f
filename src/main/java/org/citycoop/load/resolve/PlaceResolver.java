package org.citycoop.load.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

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
    /** Places this much farther than the nearest still count as about as near (a city's centre against its seat). */
    private static final double ABOUT_AS_NEAR_KM = 10;
    /** A match of the name this far from the coordinates is checked against places with a similar name nearby. */
    private static final double FAR_KM = 50;
    /** How far from the coordinates a place of a similar name is looked for. */
    private static final double NEARBY_KM = 20;
    private static final double SIMILAR = 0.85;
    private final Gazetteer gazetteer;
    private final Countries countries = Countries.get();
    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Resolves a name; {@code lat} and {@code lon} are NaN when the table gives no coordinates. */
    public Resolution resolve(String name, String countryName, double lat, double lon) {
        String country = countries.code(countryName).orElse(null);
        boolean located = !Double.isNaN(lat) && !Double.isNaN(lon);
        List<String> keys = keys(name);
        List<GazetteerPlace> named = named(keys, country, located ? lat : Double.NaN, lon);
        if (located) {
            return nearest(name, named, country, lat, lon);
        }
        if (country == null) {
            // nothing narrows the world down: a place whose own name is only cut to this one is another place
            named = named.stream().filter(place -> NameKeys.variants(place.name(), false).stream()
                .anyMatch(keys::contains)).toList();
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
        if (located.isEmpty() || located.get(0).kilometresTo(lat, lon) > FAR_KM) {
            GazetteerPlace similar = similarNearby(name, lat, lon);
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
            // another place of the same name, or coordinates that are wrong: nothing tells which
            return Resolution.not(Resolution.Status.AMBIGUOUS, "places of that name only far from the coordinates",
                country, located);
        }
        GazetteerPlace best = located.stream().filter(p -> p.kilometresTo(lat, lon) <= nearest + ABOUT_AS_NEAR_KM)
            .min(Comparator.comparingInt(GazetteerPlace::rank).thenComparing(p -> -p.population())).orElseThrow();
        return Resolution.of(best, best.kilometresTo(lat, lon), located.size() == 1 ? "the place of that name"
            : "the nearest place of that name", country, located);
    }

    /** The place near the point whose name is most like the one given, if one is like enough. */
    private GazetteerPlace similarNearby(String name, double lat, double lon) {
        Set<String> keys = new LinkedHashSet<>(NameKeys.variants(name));
        GazetteerPlace best = null;
        double bestScore = 0;
        for (GazetteerPlace place : gazetteer.near(lat, lon, NEARBY_KM)) {
            double score = score(keys, place);
            if (score >= SIMILAR && (best == null || score > bestScore
                || score == bestScore && place.rank() < best.rank())) {
                best = place;
                bestScore = score;
            }
        }
        return best;
    }

    private double score(Set<String> keys, GazetteerPlace place) {
        double best = 0;
        for (String theirs : NameKeys.variants(place.name())) {
            for (String ours : keys) {
                best = Math.max(best, startsWith(theirs, ours) ? SIMILAR : alike(ours, theirs));
            }
        }
        return best;
    }

    /**
     * Whether a gazetteer's name is ours with letters added to its last word ({@code Ageo}, {@code Ageoshimo}): a
     * word added ({@code Guidel}, {@code Guidel-Plage}) names another place.
     */
    private static boolean startsWith(String theirs, String ours) {
        return ours.length() >= 4 && theirs.length() > ours.length() && theirs.startsWith(ours)
            && theirs.indexOf(' ', ours.length()) < 0 && theirs.charAt(ours.length()) != ' ';
    }

    /**
     * How alike two keys are: Jaro-Winkler's similarity, when they differ by one edit in six letters at most and
     * have the same digits.
     */
    private double alike(String ours, String theirs) {
        if (!ours.replaceAll("\\D", "").equals(theirs.replaceAll("\\D", ""))) {
            return 0; // Prague 6 is not Prague
        }
        int allowed = Math.max(1, Math.min(ours.length(), theirs.length()) / 6);
        Integer edits = new LevenshteinDistance(allowed).apply(ours, theirs);
        return edits < 0 ? 0 : similarity.apply(ours, theirs);
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
