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
    /** A place this near the coordinates may bear the name with words added, or be one part of a joined name. */
    private static final double CLOSE_KM = 3;
    /** A city this big named in a joined name is the city a district belongs to ({@code Munich-Pasing}). */
    private static final long CITY = 100_000;
    /** A city this big at the coordinates may be named by its English name ({@code Padua}, {@code Padova}). */
    private static final long NAMED_IN_ENGLISH = 50_000;
    /** How near the coordinates a city named by its English name lies. */
    private static final double AT_KM = 2;
    /** How alike an English name and the local one are, beginning with the same letter. */
    private static final double ENGLISH_SIMILAR = 0.82;
    private static final double SIMILAR = 0.85;
    /** A name shorter than this is only taken with an edit at the coordinates. */
    private static final int SHORT = 6;
    /** How alike names two edits apart must be. */
    private static final double TWO_EDITS_SIMILAR = 0.9;
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
        Set<String> keys = new LinkedHashSet<>(NameKeys.variants(name));
        Set<String> parts = NameKeys.joinedParts(name);
        GazetteerPlace best = null;
        double bestScore = 0;
        String parent = NameKeys.parent(name);
        String english = name.strip().matches("\\p{L}+") ? NameKeys.fold(name) : null;
        for (GazetteerPlace place : gazetteer.near(lat, lon, NEARBY_KM)) {
            if (country != null && place.country() != null && !country.equals(place.country())
                || NameKeys.fold(place.name()).equals(parent)) {
                continue; // coordinates of a namesake in another country; the city of Almaly (Almaty)
            }
            double score = score(keys, parts, english, place, place.kilometresTo(lat, lon));
            if (score >= SIMILAR && (best == null || score > bestScore
                || score == bestScore && place.rank() < best.rank())) {
                best = place;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * How like the name a place's name is, 0 to 1; {@code english} is the name's key when it is one word, which may be
     * the English name of a city ({@link #englishName}).
     */
    private double score(Set<String> keys, Set<String> parts, String english, GazetteerPlace place, double kilometres) {
        double best = 0;
        boolean close = kilometres <= CLOSE_KM;
        // a section of a city (Güngören Merter) or a name of several words run together (Velsen Zuid) is not longer
        boolean wholeWords = !"PPLX".equals(place.feature());
        boolean severalWords = NameKeys.fold(place.name()).indexOf(' ') >= 0;
        for (String theirs : NameKeys.variants(place.name())) {
            if (close && place.population() < CITY && parts.contains(theirs)) {
                best = Math.max(best, SIMILAR); // Gornji Vakuf-Uskoplje, the merged municipality of Gornji Vakuf
            }
            boolean longer = wholeWords && !(severalWords && theirs.indexOf(' ') < 0);
            if (english != null && kilometres <= AT_KM && place.population() >= NAMED_IN_ENGLISH
                    && englishName(english, theirs)) {
                best = Math.max(best, SIMILAR);
            }
            for (String ours : keys) {
                boolean same = longer && startsWith(theirs, ours)
                    || close && (longer && wordsAdded(theirs, ours) || sameSounds(ours, theirs));
                best = Math.max(best, same ? SIMILAR : alike(ours, theirs, close));
            }
        }
        return best;
    }

    /**
     * Whether a gazetteer's name is ours with letters added to its last word ({@code Ageo}, {@code Ageoshimo}): a
     * word added ({@code Guidel}, {@code Guidel-Plage}) names another place, unless it lies at the coordinates.
     */
    private static boolean startsWith(String theirs, String ours) {
        return ours.length() >= 4 && theirs.length() > ours.length() && theirs.startsWith(ours)
            && theirs.indexOf(' ', ours.length()) < 0 && theirs.charAt(ours.length()) != ' ';
    }

    /**
     * Whether the gazetteer's name is ours with words added, after it ({@code Letchworth}, {@code Letchworth Garden
     * City}) or before it ({@code Malvern}, {@code Great Malvern}; {@code Caborca}, {@code Heroica Caborca}). Not the
     * other way round: {@code North Nicosia} is not {@code Nicosia}, nor {@code Bonn – Beuel} {@code Bonn}; nor when
     * the words added say which of two places ({@code Novaya}, {@code Zuid}, {@code Velké}); nor for a section of a
     * city ({@code Güngören Merter}).
     */
    private static boolean wordsAdded(String theirs, String ours) {
        if (Math.min(ours.length(), theirs.length()) < 4 || !sameDigits(ours, theirs)) {
            return false;
        }
        String added = theirs.startsWith(ours + " ") ? theirs.substring(ours.length() + 1)
            : theirs.endsWith(" " + ours) ? theirs.substring(0, theirs.length() - ours.length() - 1) : null;
        // Novaya Balakhna, Velsen-Zuid, Velké Popovice: a place beside the one named
        return added != null && !NameKeys.hasQualifier(added);
    }

    /**
     * Whether two names are spelt from one sound by two ways of writing it ({@code Oryol}, {@code Orël}; {@code
     * Jerash}, {@code Jarash}; {@code Khachmaz}, {@code Xaçmaz}; {@code Faiyum}, {@code Al Fayyūm}): their
     * consonants, in one spelling, are the same.
     */
    private static boolean sameSounds(String ours, String theirs) {
        String skeleton = NameKeys.consonants(ours);
        return skeleton.length() >= 3 && skeleton.equals(NameKeys.consonants(theirs));
    }

    /**
     * Whether a one-word name is the English name of a city whose local name is like it and begins with the same
     * letter ({@code Nuremberg}, {@code Nürnberg}; {@code Dunkirk}, {@code Dunkerque}; {@code Plzeň}, {@code
     * Pilsen}): the city lies at the coordinates, and no place bears the name.
     */
    private boolean englishName(String ours, String theirs) {
        return ours.length() >= 3 && !theirs.isEmpty() && ours.charAt(0) == theirs.charAt(0)
            && similarity.apply(ours, theirs) >= ENGLISH_SIMILAR;
    }

    private static boolean sameDigits(String ours, String theirs) {
        return ours.replaceAll("\\D", "").equals(theirs.replaceAll("\\D", ""));
    }

    /**
     * How alike two keys are: Jaro-Winkler's similarity, when they differ by one edit in six letters at most (two
     * for a place at the coordinates) and have the same digits.
     */
    private double alike(String ours, String theirs, boolean close) {
        if (!sameDigits(ours, theirs)) {
            return 0; // Prague 6 is not Prague
        }
        int shorter = Math.min(ours.length(), theirs.length());
        if (shorter < SHORT && !close) {
            return 0; // Atia and Atid, two villages 7 km apart
        }
        int allowed = close && shorter >= 5 ? 2 : Math.max(1, shorter / 6); // Padua, Padova
        Integer edits = new LevenshteinDistance(allowed).apply(ours, theirs);
        double alike = edits < 0 ? 0 : similarity.apply(ours, theirs);
        return edits > 1 && alike < TWO_EDITS_SIMILAR ? 0 : alike;
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
