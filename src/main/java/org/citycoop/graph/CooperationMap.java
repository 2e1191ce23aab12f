package org.citycoop.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.store.SamePlaces;
import org.citycoop.store.GraphStore;

/**
 * The cooperation network as a map draws it: places at their coordinates, and one link per two places and kind of
 * cooperation (twinning, agreement, programme, cooperation) with the sources that state it and the year it began.
 * Read once from the store; {@link #view(MapFilter)} then picks what a map shows.
 *
 * <pre>{@code
 * MapView view = CooperationMap.read(store).view(MapFilter.builder().country("ID").kind("twinning").build());
 * }</pre>
 */
public final class CooperationMap {
    private static final Query LINKS = QueryFactory.create(org.citycoop.Resources.text(CooperationMap.class, "map-links.rq"));
    private static final Query PLACES = QueryFactory.create(org.citycoop.Resources.text(CooperationMap.class, "map-places.rq"));
    private static final Query PLACES_OF = QueryFactory.create(org.citycoop.Resources.text(CooperationMap.class,
        "places-of-parties.rq"));
    private final Map<String, MapPlace> places;
    private final List<MapLink> links;

    private CooperationMap(Map<String, MapPlace> places, List<MapLink> links) {
        this.places = places;
        this.links = links;
    }

    /**
     * A place on the map.
     *
     * @param id      its IRI
     * @param label   its name, English first
     * @param lat     latitude, WGS 84
     * @param lon     longitude
     * @param country its ISO 3166 code, or null
     * @param degree  how many places it cooperates with, by {@code analyze}; 0 when not analysed
     */
    public record MapPlace(String id, String label, double lat, double lon, String country, long degree) {
    }

    /**
     * A link between two places.
     *
     * @param a       one place's IRI
     * @param b       the other's
     * @param kind    twinning, agreement, programme or cooperation
     * @param sources the keys of the sources that state it
     * @param year    the year it began or is dated by, or null
     */
    public record MapLink(String a, String b, String kind, Set<String> sources, Integer year) {
    }

    /** Reads the map from the store's curated view. */
    public static CooperationMap read(GraphStore store) {
        return store.read(() -> {
            SamePlaces same = store.samePlaces();
            Map<Node, List<Node>> placesOf = new HashMap<>();
            store.select(PLACES_OF, row -> placesOf.computeIfAbsent(row.get("agent").asNode(), k -> new ArrayList<>())
                .add(same.canonical(row.get("place").asNode())));
            Map<Node, Joined> joined = new HashMap<>();
            store.select(LINKS, row -> {
                if (!row.get("graph").asNode().equals(CC.INFERRED_GRAPH)) {
                    joined.computeIfAbsent(row.get("through").asNode(), k -> new Joined()).add(row, placesOf, same);
                }
            });
            Map<String, Located> located = new HashMap<>();
            store.select(PLACES, row -> located.computeIfAbsent(row.get("place").asNode().getURI(), Located::new).add(row));
            Map<String, MapPlace> places = new HashMap<>();
            located.values().stream().filter(l -> l.point != null).forEach(l -> places.put(l.id, l.place()));
            return new CooperationMap(Map.copyOf(places), links(joined.values(), places));
        });
    }

    /** What one cooperation of the store joins, over all the sources that state it. */
    private static final class Joined {
        final Set<Node> parties = new LinkedHashSet<>();
        final Set<Node> kinds = new java.util.HashSet<>();
        final Set<String> sources = new TreeSet<>();
        Integer year;

        void add(QuerySolution row, Map<Node, List<Node>> placesOf, SamePlaces same) {
            Node agent = row.get("agent").asNode();
            parties.addAll(placesOf.getOrDefault(agent, List.of()));
            if (Truth.of(row.getLiteral("isPlace"))) {
                parties.add(same.canonical(agent));
            }
            if (row.contains("kind")) {
                kinds.add(row.get("kind").asNode());
            }
            sources.add(CooperationLinks.key(row.get("graph").asNode()));
            if (row.contains("date") && row.getLiteral("date").getLexicalForm().matches("\\d{4}.*")) {
                int found = Integer.parseInt(row.getLiteral("date").getLexicalForm().substring(0, 4));
                year = year == null ? found : Math.min(year, found);
            }
        }
    }

    private static List<MapLink> links(java.util.Collection<Joined> joined, Map<String, MapPlace> places) {
        Ontology ontology = Ontology.load();
        Map<List<String>, MapLink> links = new HashMap<>();
        for (Joined cooperation : joined) {
            List<String> ids = cooperation.parties.stream().map(Node::getURI).filter(places::containsKey).sorted().toList();
            String kind = kind(ontology, cooperation.kinds);
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    MapLink link = new MapLink(ids.get(i), ids.get(j), kind, cooperation.sources, cooperation.year);
                    links.merge(List.of(link.a(), link.b(), kind), link, CooperationMap::merged);
                }
            }
        }
        return links.values().stream().sorted(Comparator.comparing(MapLink::a).thenComparing(MapLink::b)
            .thenComparing(MapLink::kind)).toList();
    }

    private static MapLink merged(MapLink one, MapLink other) {
        Set<String> sources = new TreeSet<>(one.sources());
        sources.addAll(other.sources());
        Integer year = one.year() == null ? other.year() : other.year() == null ? one.year()
            : Integer.valueOf(Math.min(one.year(), other.year()));
        return new MapLink(one.a(), one.b(), one.kind(), Set.copyOf(sources), year);
    }

    private static String kind(Ontology ontology, Set<Node> kinds) {
        List<Map.Entry<Node, String>> families = List.of(Map.entry(CC.Twinning, "twinning"),
            Map.entry(CC.Agreement, "agreement"), Map.entry(CC.Programme, "programme"));
        for (Map.Entry<Node, String> family : families) {
            if (kinds.stream().anyMatch(k -> ontology.isSubClassOf(k, family.getKey()))) {
                return family.getValue();
            }
        }
        return "cooperation";
    }

    /** A place's rows of {@code map-places.rq}: an English name before a plain one before any other. */
    private static final class Located {
        private final String id;
        private final PreferredName label = new PreferredName();
        private double[] point;
        private String country;
        private long degree;

        Located(String id) {
            this.id = id;
        }

        void add(QuerySolution row) {
            if (row.contains("name")) {
                label.offer(row.getLiteral("name"));
            }
            if (point == null) {
                point = org.citycoop.load.gazetteer.Geometry.latLon(row.getLiteral("wkt").getLexicalForm()).orElse(null);
            }
            if (row.contains("country")) {
                country = row.getLiteral("country").getLexicalForm();
            }
            if (row.contains("degree")) {
                degree = row.getLiteral("degree").getLong();
            }
        }

        MapPlace place() {
            return new MapPlace(id, label.orElse(id), point[0], point[1], country, degree);
        }
    }

    /** What a map shows with this filter: the links it passes, most connected places first, and their places. */
    public MapView view(MapFilter filter) {
        List<MapLink> passed = links.stream().filter(link -> filter.passes(link, places)).toList();
        List<MapLink> shown = passed.stream().sorted(Comparator.comparingLong((MapLink l) -> -weight(l))
            .thenComparing(MapLink::a).thenComparing(MapLink::b)).limit(filter.limit()).toList();
        Map<String, MapPlace> shownPlaces = new TreeMap<>();
        shown.forEach(l -> List.of(l.a(), l.b()).forEach(id -> shownPlaces.put(id, places.get(id))));
        if (filter.place() != null && places.containsKey(filter.place())) {
            shownPlaces.put(filter.place(), places.get(filter.place()));
        }
        Map<String, Integer> sources = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        links.forEach(l -> {
            l.sources().forEach(s -> sources.merge(s, 1, Integer::sum));
            kinds.merge(l.kind(), 1, Integer::sum);
        });
        return new MapView(List.copyOf(shownPlaces.values()), shown, passed.size(), sources, kinds);
    }

    private long weight(MapLink link) {
        return places.get(link.a()).degree() + places.get(link.b()).degree();
    }

    /** The place with this IRI, if the map has it. */
    public java.util.Optional<MapPlace> place(String id) {
        return java.util.Optional.ofNullable(places.get(id));
    }
}
