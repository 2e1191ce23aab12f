package org.citycoop.load.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.load.gazetteer.Geometry;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.GraphStore;
import org.citycoop.store.SamePlaces;

/**
 * The places a store holds, as a {@link Gazetteer}: their names in every language and their other names, their
 * country, kind, size, point and enclosing place, the Wikidata items they are said to be and the twinnings the store
 * holds. Places that sources name by one official code (linked by {@code skos:exactMatch}) are one place under the
 * IRI {@link SamePlaces} chooses, so that a name resolves to the node every other source already uses. Places an
 * import kept unresolved are held apart ({@link Gazetteer#unresolved}), for another source's items to meet. The store is read property by property, each a pass over one range of its
 * indexes, which for a million places takes seconds where a query joining them takes minutes.
 */
public final class StoreGazetteer {
    /** The kinds places of a few classes are taken for, as GeoNames' feature codes, narrowest class first. */
    private static final Map<Node, String> KINDS = kinds();

    private StoreGazetteer() {
    }

    private static Map<Node, String> kinds() {
        Map<Node, String> kinds = new java.util.LinkedHashMap<>();
        kinds.put(CC.Country, "PCLI");
        kinds.put(CC.FirstLevelRegion, "ADM1");
        kinds.put(CC.District, "ADM3");
        kinds.put(CC.City, "PPLA2");
        kinds.put(CC.Municipality, "ADM2");
        kinds.put(CC.Island, "ISL");
        kinds.put(CC.AdministrativeRegion, "ADMD");
        return kinds;
    }

    /** Reads the store's places; call outside a transaction. */
    public static Gazetteer read(GraphStore store) {
        return read(store, null);
    }

    /**
     * Reads the store's places, and the twinnings and Wikidata items of every source but the one of graph {@code
     * except} (null for none); call outside a transaction.
     */
    public static Gazetteer read(GraphStore store, Node except) {
        return store.read(() -> {
            SamePlaces same = store.samePlaces();
            DatasetGraph data = store.curated();
            Gazetteer gazetteer = places(data, same, place -> true);
            Predicate<Node> counted = graph -> !graph.equals(except);
            scan(data, CC.wikidataId, counted, (place, item) -> gazetteer.addItem(same.canonical(place),
                item.getLiteralLexicalForm()));
            Map<Node, Set<Node>> twins = new HashMap<>();
            scan(data, CC.twin, counted, (twinning, place) -> twins.computeIfAbsent(twinning, k -> new HashSet<>())
                .add(same.canonical(place)));
            twins.values().forEach(pair -> pair.forEach(place -> pair.stream().filter(other -> !other.equals(place))
                .forEach(other -> gazetteer.addTwinning(place, other))));
            return gazetteer;
        });
    }

    /**
     * Reads the store's places of one gazetteer (IRIs in {@code namespace}), in one country or in all (null), each
     * under its own IRI; call outside a transaction.
     */
    public static Gazetteer readOf(GraphStore store, String namespace, String country) {
        return store.read(() -> places(store.curated(), SamePlaces.NONE, place -> place.iri().getURI()
            .startsWith(namespace) && (country == null || country.equals(place.country()))));
    }

    /** The places the filter keeps, under the IRIs that stand for them, with their names. */
    private static Gazetteer places(DatasetGraph data, SamePlaces same, Predicate<GazetteerPlace> kept) {
        Map<Node, Facts> facts = facts(data);
        Gazetteer gazetteer = new Gazetteer();
        // a place's own facts first, then those of its other IRIs, which fill in only what it does not say: the
        // unit GeoNames puts Antwerp in, not the region countrystatecity puts its entry of Antwerp in
        for (boolean standing : new boolean[] {true, false}) {
            facts.forEach((iri, fact) -> {
                Node canonical = same.canonical(iri);
                GazetteerPlace place = fact.place(canonical, same);
                if (canonical.equals(iri) != standing) {
                    return;
                }
                if (fact.unresolved) {
                    gazetteer.addUnresolved(place);
                } else if (kept.test(place)) {
                    gazetteer.add(place);
                }
            });
        }
        // names of places left out are ignored
        scan(data, Vocab.RDFS_LABEL, graph -> true, (place, name) -> {
            Facts fact = facts.get(place);
            if (fact != null && name.isLiteral() && fact.unresolved) {
                gazetteer.addUnresolvedName(same.canonical(place), name.getLiteralLexicalForm());
            } else if (fact != null && name.isLiteral()) {
                String language = name.getLiteralLanguage();
                gazetteer.addName(same.canonical(place), name.getLiteralLexicalForm(), false,
                    language.isEmpty() || language.equals("en"));
            }
        });
        scan(data, Vocab.SKOS_ALT_LABEL, graph -> true, (place, name) -> {
            if (facts.containsKey(place) && name.isLiteral()) {
                gazetteer.addName(same.canonical(place), name.getLiteralLexicalForm(), true, false);
            }
        });
        return gazetteer;
    }

    /** What each place says of itself: the facts the resolution of names weighs. */
    private static Map<Node, Facts> facts(DatasetGraph data) {
        Map<Node, Facts> facts = new HashMap<>();
        data.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, CC.Place).forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                facts.computeIfAbsent(q.getSubject(), k -> new Facts());
            }
        });
        data.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, CC.UnresolvedPlace).forEachRemaining(q ->
            with(facts, q.getSubject(), fact -> fact.unresolved = true));
        KINDS.forEach((type, kind) -> data.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, type).forEachRemaining(q ->
            with(facts, q.getSubject(), fact -> fact.kind = fact.kind == null ? kind : fact.kind)));
        Map<Node, String> countries = new HashMap<>();
        data.find(Node.ANY, Node.ANY, CC.iso3166Code, Node.ANY).forEachRemaining(q -> {
            Facts fact = facts.get(q.getSubject());
            if (fact != null && "PCLI".equals(fact.kind)) {
                countries.put(q.getSubject(), q.getObject().getLiteralLexicalForm());
                fact.country = q.getObject().getLiteralLexicalForm();
            }
        });
        scan(data, CC.locatedIn, graph -> true, (place, area) -> with(facts, place, fact -> fact.country =
            fact.country == null ? countries.get(area) : fact.country));
        scan(data, CC.countryCode, graph -> true, (place, code) -> with(facts, place, fact ->
            fact.country = code.getLiteralLexicalForm()));
        scan(data, CC.featureCode, graph -> true, (place, code) -> with(facts, place, fact ->
            fact.feature = code.getLiteralLexicalForm()));
        scan(data, CC.population, graph -> true, (place, size) -> with(facts, place, fact ->
            fact.population = Math.max(fact.population, ((Number) size.getLiteralValue()).longValue())));
        scan(data, CC.within, graph -> true, (place, area) -> with(facts, place, fact -> fact.within = area));
        points(data, facts);
        return facts;
    }

    private static void points(DatasetGraph data, Map<Node, Facts> facts) {
        Map<Node, Node> geometries = new HashMap<>();
        scan(data, Vocab.GEO_HAS_GEOMETRY, graph -> true, (place, geometry) -> {
            if (facts.containsKey(place)) {
                geometries.put(geometry, place);
            }
        });
        scan(data, Vocab.GEO_AS_WKT, graph -> true, (geometry, wkt) -> {
            Node place = geometries.get(geometry);
            double[] point = place == null || !wkt.isLiteral() ? null
                : Geometry.latLon(wkt.getLiteralLexicalForm()).orElse(null);
            if (point != null) {
                facts.get(place).point = point;
            }
        });
    }

    private static void with(Map<Node, Facts> facts, Node place, java.util.function.Consumer<Facts> action) {
        Facts fact = facts.get(place);
        if (fact != null) {
            action.accept(fact);
        }
    }

    /** Gives each subject and object of a property to {@code action}, in the graphs {@code counted} accepts. */
    private static void scan(DatasetGraph data, Node property, Predicate<Node> counted, BiConsumer<Node, Node> action) {
        java.util.Iterator<Quad> quads = data.find(Node.ANY, Node.ANY, property, Node.ANY);
        while (quads.hasNext()) {
            Quad quad = quads.next();
            if (counted.test(quad.getGraph())) {
                action.accept(quad.getSubject(), quad.getObject());
            }
        }
    }

    /** The facts of one place, as they are read. */
    private static final class Facts {
        private String country;
        private String feature;
        private String kind;
        private long population;
        private double[] point;
        private Node within;
        private boolean unresolved;

        GazetteerPlace place(Node iri, SamePlaces same) {
            return new GazetteerPlace(iri, null, country, feature != null ? feature : kind, population,
                point == null ? Double.NaN : point[0], point == null ? Double.NaN : point[1],
                within == null ? null : same.canonical(within));
        }
    }
}
