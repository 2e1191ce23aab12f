package org.citycoop.load.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Resolves a place as a table names it (a name, a country name, maybe coordinates) to one place of a
 * {@link Gazetteer}. The name is taken apart first ({@link ParsedName}): a district named with its city ({@code
 * Vienna 22 – Donaustadt}, {@code Rača (Bratislava)}) is looked for inside that city, never taken for it; an area
 * ({@code Forchheim (district)}) only among units. Among the places of the name in the country (own names first,
 * then other names such as {@code Moskau}; names compared by {@link NameKeys}), the one nearest the coordinates,
 * preferring a seat or a bigger place among those about as near; a unit of the same name as the town that is its
 * seat ({@code San Luis Potosí}) gives way to the town. Without coordinates, the clear seat or the clearly biggest.
 * A name that matches nothing is looked for among the places near its coordinates, by a similar name; places of the
 * name only farther than 50 km from the coordinates are not taken unless the coordinates lie abroad. Several places
 * with nothing to choose between them are ambiguous; none is unresolved: the caller keeps both as places of their
 * own.
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
    public static final String RULES = "resolution-rules-5";
    /** Places this much farther than the nearest still count as about as near (a city's centre against its seat). */
    private static final double ABOUT_AS_NEAR_KM = 10;
    /** A match of the name this far from the coordinates is checked against places with a similar name nearby. */
    private static final double FAR_KM = 50;
    /** How far from the coordinates a place of a similar name is looked for. */
    private static final double NEARBY_KM = 20;
    /** A place this big is known abroad by its other names (Moskau, Kiew). */
    private static final long KNOWN_ABROAD = 100_000;
    /** How like a place's own name another of its names is, when the place is small (Jaro-Winkler). */
    private static final double LIKE_ITS_OWN = 0.8;
    private static final org.apache.commons.text.similarity.JaroWinklerSimilarity SIMILARITY =
        new org.apache.commons.text.similarity.JaroWinklerSimilarity();
    /** A place bearing a name cut before its connector lies this near the coordinates, or is another place. */
    private static final double CUT_KM = 15;
    /** A capital this near the centre of a unit of its name is its seat, though outside it in the gazetteers. */
    static final double CAPITAL_KM = 25;
    /** A town this near the centre of a unit of its name stands for the unit (a city that is a county of its own). */
    static final double SEAT_KM = 10;
    /** How far from the coordinates a place of the name is taken when the table gives the wrong country. */
    private static final double AT_KM = 10;
    private final Gazetteer gazetteer;
    private final Countries countries = Countries.get();
    private final Inside inside;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.inside = new Inside(gazetteer);
    }

    /** Resolves a name; {@code lat} and {@code lon} are NaN when the table gives no coordinates. */
    public Resolution resolve(String name, String countryName, double lat, double lon) {
        ParsedName parsed = ParsedName.of(name);
        String country = countries.code(parsed.country() != null ? parsed.country() : countryName).orElse(null);
        Point point = new Point(lat, lon);
        if (!parsed.name().equals(parsed.written()) && bearsWhole(parsed.written(), country)) {
            // the brackets are part of a place's own name (Halle (Saale), Frankfurt (Oder))
            return resolveName(parsed.written(), parsed.area(), country, point);
        }
        if (parsed.number() != null) {
            return numbered(parsed, country, point);
        }
        if (parsed.hasParent()) {
            return inside(parsed, country, point);
        }
        return resolveName(parsed.name(), parsed.area(), country, point);
    }

    /** Whether a place of the country bears the name as it is written, as one of its own names. */
    private boolean bearsWhole(String written, String country) {
        String key = NameKeys.fold(written);
        return gazetteer.named(key).stream().anyMatch(place -> gazetteer.bears(place, key)
            && (country == null || country.equals(place.country())));
    }

    /** A point, or none (NaN). */
    record Point(double lat, double lon) {
        static final Point NONE = new Point(Double.NaN, Double.NaN);

        boolean located() {
            return !Double.isNaN(lat) && !Double.isNaN(lon);
        }

        double to(GazetteerPlace place) {
            return located() && place.located() ? place.kilometresTo(lat, lon) : Double.NaN;
        }
    }

    /** A name with nothing around it: the place of the name in the country, nearest the point. */
    private Resolution resolveName(String name, boolean area, String country, Point point) {
        List<String> keys = keys(name);
        List<GazetteerPlace> all = named(keys, cutKeys(name), country, point);
        if (all.isEmpty() && point.located()) {
            // the table's country is wrong (Gera, Tanzania), or it names none: the place of the name at the point
            all = at(NameKeys.fold(name), point);
        }
        List<GazetteerPlace> named = kinds(all, area);
        if (point.located()) {
            return nearest(name, area, named, country, point, distances(all, point));
        }
        if (country == null) {
            // nothing narrows the world down: a place whose own name is only cut to this one is another place
            named = named.stream().filter(place -> bears(place, keys)).toList();
        }
        if (named.isEmpty()) {
            return Resolution.not(Resolution.Status.UNRESOLVED, "no place of that name", country, named);
        }
        if (country == null && named.stream().map(GazetteerPlace::country).distinct().count() > 1) {
            return Resolution.not(Resolution.Status.AMBIGUOUS, "places of that name in several countries", null, named);
        }
        return clearest(named, country);
    }

    /**
     * The places a name of the kind asked for may be: units only for an area's name; for a town's, a unit whose seat
     * bears its name (the state of San Luis Potosí, the city's) gives way to the seat.
     */
    private List<GazetteerPlace> kinds(List<GazetteerPlace> named, boolean area) {
        if (area) {
            return named.stream().filter(place -> place.isUnit() && !place.isCountry()
                || NameKeys.namesArea(place.name())).toList();
        }
        return named.stream().filter(place -> !place.isUnit() || seat(place, named) == null).toList();
    }

    /**
     * The town among {@code named} that is the seat of a unit of its name (a capital that lies in the unit, or a town
     * within {@value #SEAT_KM} km of its centre: a city that is a unit of its own, as Manila or a London borough), or
     * null.
     */
    private GazetteerPlace seat(GazetteerPlace unit, List<GazetteerPlace> named) {
        return named.stream().filter(town -> !town.isUnit() && (town.rank() <= 1 && inside.seatOf(town, unit)
            || town.kilometresTo(unit) <= SEAT_KM)).findFirst().orElse(null);
    }

    /**
     * How far a place lies from the point: a town that is the seat of a unit of its name also lies as near as its
     * unit (tables give the state's coordinates for Zacatecas, the city).
     */
    private ToDoubleFunction<GazetteerPlace> distances(List<GazetteerPlace> named, Point point) {
        Map<GazetteerPlace, Double> viaUnit = new HashMap<>();
        for (GazetteerPlace unit : named) {
            GazetteerPlace town = unit.isUnit() ? seat(unit, named) : null;
            if (town != null && point.to(unit) < point.to(town)) {
                viaUnit.put(town, point.to(unit));
            }
        }
        return place -> viaUnit.getOrDefault(place, point.to(place));
    }

    /**
     * The places of any key of the name, the strictest key that finds any first, own names before other names; in
     * the country when it is known, else near the point when there is one. Other names count too when every place of
     * an own name lies far from the point (Larissa is GeoNames' Lárisa's other name, and countrystatecity's Larissa
     * lies 20 km off).
     */
    private List<GazetteerPlace> named(List<String> keys, Set<String> cut, String country, Point point) {
        List<GazetteerPlace> own = ownNamed(keys, cut, country, point);
        List<GazetteerPlace> other = new ArrayList<>();
        for (String key : NameKeys.strictVariants(keys.get(0))) {
            kept(gazetteer.alsoNamed(key), country, point).stream().filter(place -> !own.contains(place)
                && !other.contains(place)).forEach(other::add);
        }
        if (own.isEmpty()) {
            // with neither a country nor coordinates, another name only says so much: Eger's other name in one table
            // is Buja, which is the Italian Buia's German name
            return country != null || point.located() ? other
                : other.stream().filter(place -> knownByOtherNames(place, keys.get(0))).toList();
        }
        boolean ownFar = point.located() && own.stream().mapToDouble(point::to).min().orElse(Double.NaN)
            > ABOUT_AS_NEAR_KM;
        List<GazetteerPlace> all = new ArrayList<>(own);
        if (ownFar) {
            other.stream().filter(place -> point.to(place) <= ABOUT_AS_NEAR_KM).forEach(all::add);
        }
        return all;
    }

    /**
     * Whether a place found by another of its names is known abroad by it, the world over: a big city or a capital
     * ({@code Moskau}, {@code Kiew}), or one whose own name is like it ({@code Sankt Petersburg}).
     */
    private static boolean knownByOtherNames(GazetteerPlace place, String key) {
        return place.population() >= KNOWN_ABROAD || place.rank() <= 1
            || SIMILARITY.apply(key, NameKeys.fold(place.name())) >= LIKE_ITS_OWN;
    }

    /**
     * The places of the strictest key that finds any by their own names; when it finds only units (Iloilo City, a
     * unit of its own), the towns of a looser key (Iloilo) too.
     */
    private List<GazetteerPlace> ownNamed(List<String> keys, Set<String> cut, String country, Point point) {
        List<GazetteerPlace> found = new ArrayList<>();
        for (String key : keys) {
            List<GazetteerPlace> named = kept(gazetteer.named(key), country, point);
            if (cut.contains(key)) {
                // Offenbach am Main is GeoNames' Offenbach, where it lies; Pieve del Grappa is not the Pieve 35 km away
                named = named.stream().filter(place -> point.to(place) <= CUT_KM).toList();
            }
            // Rio Grande, not Rio Grande da Serra (whose name cut before a connector has the key too)
            List<GazetteerPlace> exact = named.stream().filter(place -> gazetteer.bears(place, key)).toList();
            List<GazetteerPlace> these = withSeats(exact.isEmpty() ? named : exact, key);
            if (!found.isEmpty()) {
                these.stream().filter(place -> !place.isUnit() && !found.contains(place)).forEach(found::add);
            } else {
                found.addAll(these);
            }
            if (!found.isEmpty() && found.stream().anyMatch(place -> !place.isUnit())) {
                return found;
            }
        }
        return found;
    }

    /**
     * The places found, and the towns that are the seats of the units among them though only another of their names
     * is the unit's (Saint Petersburg, whose German name is Natural Earth's federal city's own).
     */
    private List<GazetteerPlace> withSeats(List<GazetteerPlace> found, String key) {
        List<GazetteerPlace> all = new ArrayList<>(found);
        for (GazetteerPlace unit : found) {
            GazetteerPlace town = unit.isUnit() && !unit.isCountry() ? townOf(unit, key) : null;
            if (town != null && !all.contains(town)) {
                all.add(town);
            }
        }
        return all;
    }

    /**
     * The town that is a unit's seat under a name: a capital that bears the name (as its own or another name) and lies
     * in the unit or within {@value #CAPITAL_KM} km of its centre (Saint Petersburg, Berlin, San Luis Potosí), or the
     * seat of a lower division that near (Siracusa, of its province); or a town of that own name within {@value
     * #SEAT_KM} km of its centre (Manila, a unit of its own). The most of a seat
     * and the biggest of several; null for none. Port Washington, which GeoNames also names Wisconsin, is no seat.
     *
     * @param unit the unit
     * @param key  the strict key of the name ({@link NameKeys#fold})
     */
    public GazetteerPlace townOf(GazetteerPlace unit, String key) {
        List<GazetteerPlace> own = gazetteer.named(key);
        return gazetteer.bearing(key).stream().filter(town -> !town.isUnit() && gazetteer.place(town.iri()) != null
                && (town.rank() <= 1 && (inside.seatOf(town, unit) || town.kilometresTo(unit) <= CAPITAL_KM)
                    || town.rank() <= 2 && town.kilometresTo(unit) <= CAPITAL_KM
                    || own.contains(town) && town.kilometresTo(unit) <= SEAT_KM))
            .min(Comparator.comparingInt(GazetteerPlace::rank).thenComparing(p -> -p.population())).orElse(null);
    }

    private static List<GazetteerPlace> kept(List<GazetteerPlace> places, String country, Point point) {
        List<GazetteerPlace> kept = new ArrayList<>();
        for (GazetteerPlace place : places) {
            if (country != null ? country.equals(place.country())
                : !point.located() || place.located() && point.to(place) <= FAR_KM) {
                kept.add(place);
            }
        }
        return kept;
    }

    /** The places bearing the name (own or other) at the point, whatever their country. */
    private List<GazetteerPlace> at(String key, Point point) {
        List<GazetteerPlace> found = new ArrayList<>();
        for (GazetteerPlace place : gazetteer.near(point.lat(), point.lon(), AT_KM)) {
            if (gazetteer.bears(place, key)) {
                found.add(place);
            }
        }
        return found;
    }

    /** The keys of a name cut before the connector that qualifies it ({@code offenbach} of {@code Offenbach am Main}). */
    private static Set<String> cutKeys(String name) {
        Set<String> cut = new HashSet<>(NameKeys.variants(name));
        cut.removeAll(NameKeys.variants(name, false));
        return cut;
    }

    /** The keys a name is looked for under, strictest first. */
    private static List<String> keys(String name) {
        List<String> keys = new ArrayList<>(NameKeys.variants(name));
        keys.add(NameKeys.transliterated(name));
        return keys;
    }

    private Resolution nearest(String name, boolean area, List<GazetteerPlace> named, String country, Point point,
            ToDoubleFunction<GazetteerPlace> distance) {
        List<GazetteerPlace> located = named.stream().filter(GazetteerPlace::located)
            .sorted(Comparator.comparingDouble(distance)).toList();
        if ((located.isEmpty() || distance.applyAsDouble(located.get(0)) > FAR_KM) && !area) {
            GazetteerPlace similar = similarNearby(name, country, point);
            if (similar != null) {
                return Resolution.of(similar, point.to(similar), "a similar name nearby", country, named);
            }
        }
        if (located.isEmpty()) {
            return named.isEmpty() ? Resolution.not(Resolution.Status.UNRESOLVED, "no place of that name", country, named)
                : clearest(named, country);
        }
        double nearest = distance.applyAsDouble(located.get(0));
        if (nearest > FAR_KM) {
            return far(name, area, located, country, point);
        }
        GazetteerPlace best = located.stream().filter(p -> distance.applyAsDouble(p) <= nearest + ABOUT_AS_NEAR_KM)
            .min(Comparator.comparingInt(GazetteerPlace::rank).thenComparing(p -> -p.population())).orElseThrow();
        return Resolution.of(best, point.to(best), located.size() == 1 ? "the place of that name"
            : "the nearest place of that name", country, located);
    }

    /**
     * Places of the name only far from the point: when the point lies in another country (the table geocoded a
     * namesake abroad: Brighton, England for Brighton, Michigan), the clearest place of the name in the country;
     * else none, the coordinates being wrong or the gazetteer lacking the place.
     */
    private Resolution far(String name, boolean area, List<GazetteerPlace> located, String country, Point point) {
        if (country != null && !area && abroad(country, point)) {
            Resolution clearest = clearest(located, country);
            if (clearest.resolved() && bears(clearest.place(), NameKeys.variants(name, false))) {
                return Resolution.of(clearest.place(), point.to(clearest.place()), "the clearest place of that name "
                    + "in its country, the coordinates being another's", country, located);
            }
        }
        return Resolution.not(Resolution.Status.AMBIGUOUS, "places of that name only far from the coordinates",
            country, located);
    }

    /**
     * Whether a table's coordinates for a place lie in another country than the one it names: the places nearest them
     * are all another country's (a namesake abroad was geocoded). False when either is not known.
     */
    public boolean pointAbroad(String countryName, double lat, double lon) {
        String country = countries.code(countryName).orElse(null);
        Point point = new Point(lat, lon);
        return country != null && point.located() && abroad(country, point);
    }

    /** Whether the point lies in another country than {@code country}: the places nearest it are another's. */
    private boolean abroad(String country, Point point) {
        List<GazetteerPlace> around = gazetteer.near(point.lat(), point.lon(), ABOUT_AS_NEAR_KM);
        return !around.isEmpty() && around.stream().noneMatch(place -> country.equals(place.country()));
    }

    /** Whether a place bears the name, one of its names having one of the keys (not only a name cut before a connector). */
    private boolean bears(GazetteerPlace place, List<String> keys) {
        List<String> own = NameKeys.variants(place.name(), false);
        return own.stream().anyMatch(keys::contains) || keys.stream().anyMatch(key -> gazetteer.bears(place, key));
    }

    /**
     * A district named with the place it lies in: found inside that place (by its name, or by a similar one at the
     * coordinates: Cheryomushki, Cherëmushki), else the place of its name at the coordinates; never the place it lies
     * in.
     */
    private Resolution inside(ParsedName parsed, String country, Point point) {
        if (NameKeys.fold(parsed.name()).equals(NameKeys.fold(parsed.parent()))) {
            return resolveName(parsed.name(), parsed.area(), country, point); // Bonn (Bonn)
        }
        Resolution parent = resolveName(parsed.parent(), false, country, point);
        if (!parent.resolved()) {
            parent = resolveName(parsed.parent(), true, country, point);
        }
        if (!parent.resolved() && !parsed.area()) {
            // what the brackets add is no place (Halle (Saale), on the river): the name as it is written
            Resolution whole = resolveName(parsed.written(), false, country, point);
            if (whole.resolved()) {
                return whole;
            }
        }
        Resolution found = parent.resolved() ? within(parsed, parent.place(), point) : null;
        return found != null && found.resolved() ? found : atThePoint(parsed, country, point, parent);
    }

    /** The place of the name inside {@code around}, nearest the point (or its centre); null when none is. */
    private Resolution within(ParsedName parsed, GazetteerPlace around, Point point) {
        List<GazetteerPlace> named = kinds(named(keys(parsed.name()), Set.of(), around.country(), Point.NONE),
            parsed.area())
            .stream().filter(place -> !place.iri().equals(around.iri()) && inside.isIn(place, around)
                && !namedAs(place, parsed.parent())).toList();
        if (named.isEmpty() && point.located() && !parsed.area()) {
            GazetteerPlace similar = similarNearby(parsed.name(), around.country(), point);
            named = similar != null && inside.isIn(similar, around) && !namedAs(similar, parsed.parent())
                ? List.of(similar) : List.of();
        }
        if (named.isEmpty()) {
            return null;
        }
        Point from = point.located() ? point : new Point(around.lat(), around.lon());
        Resolution found = from.located() ? nearest(parsed.name(), parsed.area(), named, around.country(), from,
            from::to) : clearest(named, around.country());
        return found.resolved() ? Resolution.of(found.place(), found.kilometres(), found.how() + " in " + around.name(),
            found.country(), found.candidates()) : found;
    }

    /**
     * Whether a place's own name is that of the place a district lies in: GeoNames' entry of Gulou, a district of
     * Fuzhou, is named Fuzhou, and is no more the district than the city is.
     */
    private boolean namedAs(GazetteerPlace place, String parent) {
        return gazetteer.named(NameKeys.fold(parent)).contains(place);
    }

    /**
     * The place that bears the name (not the one it lies in) within {@value #AT_KM} km of the point, in the country:
     * the place it lies in is not known, or the gazetteers do not put the district inside it (Žagarė, in the district
     * of Joniškis that GeoNames knows only as a town).
     */
    private Resolution atThePoint(ParsedName parsed, String country, Point point, Resolution parent) {
        List<GazetteerPlace> here = kinds(at(NameKeys.fold(parsed.name()), point), parsed.area()).stream()
            .filter(place -> (country == null || country.equals(place.country())) && !namedAs(place, parsed.parent())
                && !(parent.resolved() && place.iri().equals(parent.place().iri()))).toList();
        return here.size() == 1 ? Resolution.of(here.get(0), point.to(here.get(0)), "the place of that name at the "
            + "coordinates", country, here) : Resolution.not(Resolution.Status.UNRESOLVED, "no place of that name in "
            + parsed.parent(), country, here);
    }

    /**
     * A numbered district ({@code Prague 10}, {@code Sector 3 (Bucharest)}): the place of that name, or of that number
     * under any name of its city ({@code Praha 10}), inside the city.
     */
    private Resolution numbered(ParsedName parsed, String country, Point point) {
        Resolution city = resolveName(parsed.parent(), false, country, point);
        if (!city.resolved()) {
            return Resolution.not(Resolution.Status.UNRESOLVED, "no city of that name", country, List.of());
        }
        GazetteerPlace around = city.place();
        List<GazetteerPlace> named = new ArrayList<>();
        List<String> keys = new ArrayList<>(List.of(NameKeys.fold(parsed.name())));
        gazetteer.keysOf(around.iri()).forEach(key -> keys.add(key + " " + parsed.number()));
        for (String key : keys) {
            for (GazetteerPlace place : gazetteer.named(key)) {
                if (!named.contains(place) && inside.isIn(place, around)) {
                    named.add(place);
                }
            }
        }
        if (named.size() != 1) {
            return Resolution.not(named.isEmpty() ? Resolution.Status.UNRESOLVED : Resolution.Status.AMBIGUOUS,
                "no one district " + parsed.number() + " of " + around.name(), country, named);
        }
        GazetteerPlace district = named.get(0);
        return Resolution.of(district, point.to(district), "district " + parsed.number() + " of " + around.name(),
            country, named);
    }

    /** The place of the country near the point whose name is most like the one given, if one is like enough. */
    private GazetteerPlace similarNearby(String name, String country, Point point) {
        SimilarName similar = new SimilarName(name);
        GazetteerPlace best = null;
        double bestScore = 0;
        String parent = NameKeys.parent(name);
        for (GazetteerPlace place : gazetteer.near(point.lat(), point.lon(), NEARBY_KM)) {
            if (country != null && place.country() != null && !country.equals(place.country())
                || NameKeys.fold(place.name()).equals(parent) || place.isUnit() || NameKeys.namesArea(place.name())) {
                continue; // a namesake in another country; the city of Almaly (Almaty); a district, not its town
            }
            double score = similar.score(place, point.to(place));
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
