package org.citycoop.load.resolve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.citycoop.Sha256;

/**
 * Places held in memory for resolving names: by each key of their names ({@link NameKeys#variants}), and by
 * one-degree cells of latitude and longitude for the places near a point. A place added twice under one IRI (named
 * by two sources) is one place with both names. It also knows which places are twinned already, so that a source
 * naming places without a country or coordinates can tell same-named places apart by their partners.
 *
 * <pre>{@code
 * Gazetteer gazetteer = new Gazetteer();
 * gazetteer.add(new GazetteerPlace(iri, "Bandung", "ID", "PPLA", 1699719, -6.92222, 107.60694));
 * }</pre>
 */
public final class Gazetteer {
    private final Map<String, List<GazetteerPlace>> named = new HashMap<>();
    private final Map<Long, List<GazetteerPlace>> cells = new HashMap<>();
    private final Map<Node, GazetteerPlace> places = new LinkedHashMap<>();
    private final Set<List<Node>> twinnings = new HashSet<>();
    private final Map<Node, Set<Node>> twins = new HashMap<>();
    /** A sum of the entries' hashes, so that the order they come in does not change it. */
    private long placesPrint;
    private long twinningsPrint;

    /** Adds a place under each key of its name. */
    public void add(GazetteerPlace place) {
        placesPrint += hash(place.toString());
        GazetteerPlace known = places.putIfAbsent(place.iri(), place);
        GazetteerPlace kept = known == null ? place : known;
        for (String key : NameKeys.variants(place.name())) {
            List<GazetteerPlace> same = named.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!same.contains(kept)) {
                same.add(kept);
            }
        }
        if (known == null && place.located()) {
            cells.computeIfAbsent(cell((int) Math.floor(place.lat()), (int) Math.floor(place.lon())),
                k -> new ArrayList<>()).add(place);
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

    /** The places with a name of this key. */
    List<GazetteerPlace> named(String key) {
        return named.getOrDefault(key, List.of());
    }

    /** The places within {@code kilometres} of a point (up to about 100 km). */
    List<GazetteerPlace> near(double lat, double lon, double kilometres) {
        List<GazetteerPlace> found = new ArrayList<>();
        int row = (int) Math.floor(lat);
        int column = (int) Math.floor(lon);
        for (int r = row - 1; r <= row + 1; r++) {
            for (int c = column - 1; c <= column + 1; c++) {
                for (GazetteerPlace place : cells.getOrDefault(cell(r, Math.floorMod(c + 180, 360) - 180), List.of())) {
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
