package org.citycoop.load.resolve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.citycoop.Sha256;

/**
 * Places held in memory for resolving names: by each key of their own names ({@link NameKeys#variants}), by the
 * keys of their other names (GeoNames' alternate names: {@code Moskau}, {@code 横浜}), by the Wikidata items they
 * are said to be, and by one-degree cells of latitude and longitude for the places near a point. A place added twice
 * under one IRI (named by two sources) is one place with both names, the more telling kind and the bigger size. It
 * also knows which places are twinned already, so that a source naming places without a country or coordinates can
 * tell same-named places apart by their partners.
 *
 * <pre>{@code
 * Gazetteer gazetteer = new Gazetteer();
 * gazetteer.add(new GazetteerPlace(iri, "Bandung", "ID", "PPLA", 1699719, -6.92222, 107.60694));
 * gazetteer.addName(iri, "Kota Bandung", false);
 * }</pre>
 */
public final class Gazetteer {
    private final Map<String, List<Node>> named = new HashMap<>();
    private final Map<String, List<Node>> alternates = new HashMap<>();
    private final Map<Long, List<Node>> cells = new HashMap<>();
    private final Map<Node, GazetteerPlace> places = new LinkedHashMap<>();
    private final Map<String, Set<Node>> items = new HashMap<>();
    private final Map<Node, GazetteerPlace> unresolvedPlaces = new HashMap<>();
    private final Map<String, List<Node>> unresolvedNamed = new HashMap<>();
    private final Set<Node> shownNames = new HashSet<>();
    private final Map<Node, List<String>> keys = new HashMap<>();
    private final Set<List<Node>> twinnings = new HashSet<>();
    private final Map<Node, Set<Node>> twins = new HashMap<>();
    /** A sum of the entries' hashes, so that the order they come in does not change it. */
    private long placesPrint;
    private long twinningsPrint;

    /** Adds a place under each key of its name, or adds what it says to the place of its IRI. */
    public void add(GazetteerPlace place) {
        placesPrint += hash(place.toString());
        GazetteerPlace known = places.get(place.iri());
        GazetteerPlace kept = known == null ? place : known.mergedWith(place);
        places.put(place.iri(), kept);
        if (place.name() != null) {
            index(named, NameKeys.variants(place.name()), place.iri());
            keys.computeIfAbsent(place.iri(), k -> new ArrayList<>(2)).add(NameKeys.fold(place.name()));
        }
        if ((known == null || !known.located()) && kept.located()) {
            cells.computeIfAbsent(cell((int) Math.floor(kept.lat()), (int) Math.floor(kept.lon())),
                k -> new ArrayList<>()).add(kept.iri());
        }
    }

    /**
     * Adds a name of a place already added: one of its own names (a label in another language), or another name it
     * is known by ({@code alternate}). Names of places not added are ignored.
     */
    public void addName(Node iri, String name, boolean alternate) {
        addName(iri, name, alternate, true);
    }

    /**
     * Adds a name as {@link #addName(Node, String, boolean)} does; a place's first {@code shown} name (in English
     * or in no language in particular) is the one it is shown by, else its first name.
     */
    public void addName(Node iri, String name, boolean alternate, boolean shown) {
        if (!places.containsKey(iri) || name == null || name.isBlank()) {
            return;
        }
        placesPrint += hash(iri + (alternate ? " also " : " is ") + name);
        GazetteerPlace place = places.get(iri);
        boolean firstShown = !alternate && shown && shownNames.add(iri);
        if (!alternate && (place.name() == null || firstShown)) {
            places.put(iri, new GazetteerPlace(iri, name.strip(), place.country(), place.feature(), place.population(),
                place.lat(), place.lon(), place.within()));
        }
        index(alternate ? alternates : named, alternate ? NameKeys.strictVariants(name) : NameKeys.variants(name), iri);
        List<String> known = keys.computeIfAbsent(iri, k -> new ArrayList<>(2));
        String key = NameKeys.fold(name);
        if (!known.contains(key)) {
            known.add(key);
        }
    }

    private static void index(Map<String, List<Node>> index, List<String> keys, Node iri) {
        for (String key : keys) {
            List<Node> same = index.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!same.contains(iri)) {
                same.add(iri);
            }
        }
    }

    /**
     * Adds a place an import kept unresolved (a name no gazetteer holds): it is no place a name resolves to, but
     * another source that names the same place may meet it ({@link #unresolved}).
     */
    public void addUnresolved(GazetteerPlace place) {
        unresolvedPlaces.putIfAbsent(place.iri(), place);
    }

    /** Adds a name of a place an import kept unresolved. */
    public void addUnresolvedName(Node iri, String name) {
        if (unresolvedPlaces.containsKey(iri)) {
            index(unresolvedNamed, NameKeys.strictVariants(name), iri);
        }
    }

    /**
     * Every place that bears a name of this strict key, its own or another, whether a name resolves to it or an
     * import kept it unresolved.
     */
    public List<GazetteerPlace> bearing(String key) {
        List<GazetteerPlace> found = new ArrayList<>(named(key));
        found.addAll(alsoNamed(key));
        found.addAll(unresolved(key));
        return found;
    }

    /** The places imports kept unresolved that bear a name of this strict key. */
    List<GazetteerPlace> unresolved(String key) {
        List<GazetteerPlace> found = new ArrayList<>();
        unresolvedNamed.getOrDefault(key, List.of()).forEach(iri -> found.add(unresolvedPlaces.get(iri)));
        return found;
    }

    /** Notes that a place is the Wikidata item {@code item} ({@code Q649}). */
    public void addItem(Node iri, String item) {
        if (places.containsKey(iri)) {
            placesPrint += hash(iri + " item " + item);
            items.computeIfAbsent(item, k -> new LinkedHashSet<>()).add(iri);
        }
    }

    /** Notes that two places are twinned. */
    public void addTwinning(Node place, Node other) {
        if (twinnings.add(pair(place, other))) {
            twinningsPrint += hash(pair(place, other).toString());
        }
        twins.computeIfAbsent(place, k -> new HashSet<>()).add(other);
        twins.computeIfAbsent(other, k -> new HashSet<>()).add(place);
    }

    /**
     * The places names resolve to, as a digest of their names, codes, sizes and coordinates: a table imported again
     * resolves differently when they change, so the table is not unchanged then.
     */
    public String placesFingerprint() {
        return Long.toHexString(placesPrint) + "-" + places.size();
    }

    /** The places and the twinnings that tell same-named places apart, as a digest. */
    public String fingerprint() {
        return placesFingerprint() + "-" + Long.toHexString(twinningsPrint) + "-" + twinnings.size();
    }

    private static long hash(String entry) {
        return ByteBuffer.wrap(Sha256.digest().digest(entry.getBytes(StandardCharsets.UTF_8))).getLong();
    }

    /** The places twinned with a place. */
    Set<Node> twinsOf(Node place) {
        return twins.getOrDefault(place, Set.of());
    }

    /** The place of this IRI, or null. */
    GazetteerPlace place(Node iri) {
        return places.get(iri);
    }

    /** The strict keys of every name of a place, its own and its other names. */
    List<String> keysOf(Node iri) {
        return keys.getOrDefault(iri, List.of());
    }

    /** Whether one of a place's names, its own or another, has this strict key. */
    boolean bears(GazetteerPlace place, String key) {
        return keysOf(place.iri()).contains(key);
    }

    /** The places said to be this Wikidata item. */
    List<GazetteerPlace> item(String item) {
        return resolved(new ArrayList<>(items.getOrDefault(item, Set.of())));
    }

    /** Whether two places are twinned. */
    public boolean twinned(Node place, Node other) {
        return twinnings.contains(pair(place, other));
    }

    private static List<Node> pair(Node place, Node other) {
        return place.getURI().compareTo(other.getURI()) < 0 ? List.of(place, other) : List.of(other, place);
    }

    /** How many places it holds. */
    public int size() {
        return places.size();
    }

    /** Every place it holds. */
    public java.util.Collection<GazetteerPlace> places() {
        return java.util.Collections.unmodifiableCollection(places.values());
    }

    /** The places with an own name of this key. */
    List<GazetteerPlace> named(String key) {
        return resolved(named.getOrDefault(key, List.of()));
    }

    /** The places with another name of this key, and not an own name of it. */
    List<GazetteerPlace> alsoNamed(String key) {
        List<Node> own = named.getOrDefault(key, List.of());
        return resolved(alternates.getOrDefault(key, List.of()).stream().filter(iri -> !own.contains(iri)).toList());
    }

    private List<GazetteerPlace> resolved(List<Node> iris) {
        List<GazetteerPlace> found = new ArrayList<>(iris.size());
        iris.forEach(iri -> found.add(places.get(iri)));
        return found;
    }

    /** The places within {@code kilometres} of a point (up to about 100 km). */
    List<GazetteerPlace> near(double lat, double lon, double kilometres) {
        List<GazetteerPlace> found = new ArrayList<>();
        int row = (int) Math.floor(lat);
        int column = (int) Math.floor(lon);
        for (int r = row - 1; r <= row + 1; r++) {
            for (int c = column - 1; c <= column + 1; c++) {
                for (Node iri : cells.getOrDefault(cell(r, Math.floorMod(c + 180, 360) - 180), List.of())) {
                    GazetteerPlace place = places.get(iri);
                    if (place.kilometresTo(lat, lon) <= kilometres) {
                        found.add(place);
                    }
                }
            }
        }
        return found;
    }

    private static long cell(int row, int column) {
        return row * 1000L + column;
    }
}
