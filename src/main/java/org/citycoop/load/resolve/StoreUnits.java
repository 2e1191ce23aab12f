package org.citycoop.load.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.citycoop.Resources;
import org.citycoop.Sha256;
import org.citycoop.load.gazetteer.UnitIndex;
import org.citycoop.store.GraphStore;
import org.citycoop.store.SamePlaces;

/**
 * The units a store holds, by GeoNames' admin codes and ISO 3166-2 codes, each under the IRI that stands for it
 * ({@link SamePlaces}), and the units and GeoNames places other sources hold under their own IRIs. A code that
 * several units carry (Natural Earth gives some codes to several of a country's units) names none of them.
 *
 * <pre>{@code
 * UnitIndex units = StoreUnits.read(store);
 * Node jawaTimur = units.byGeoNamesCode("ID.08");
 * }</pre>
 */
public final class StoreUnits implements UnitIndex {
    private static final String UNITS = Resources.text(StoreUnits.class, "units.rq");
    private final Map<String, Node> byGeoNames;
    private final Map<String, Node> byIso;
    private final Set<Node> held;

    private StoreUnits(Map<String, Node> byGeoNames, Map<String, Node> byIso, Set<Node> held) {
        this.byGeoNames = byGeoNames;
        this.byIso = byIso;
        this.held = held;
    }

    /**
     * Reads the units of a store but those of the graph {@code except} (the source being imported again, null for
     * none); call outside a transaction.
     */
    public static StoreUnits read(GraphStore store, Node except) {
        org.apache.jena.query.ParameterizedSparqlString units = new org.apache.jena.query.ParameterizedSparqlString(UNITS);
        units.setIri("except", except == null ? "urn:x-citycoop:no-graph" : except.getURI());
        Query query = units.asQuery();
        return store.read(() -> {
            SamePlaces same = store.samePlaces();
            Codes geonames = new Codes();
            Codes iso = new Codes();
            Set<Node> held = new HashSet<>();
            store.select(query, row -> {
                held.add(row.getResource("unit").asNode());
                Node unit = same.canonical(row.getResource("unit").asNode());
                geonames.add(text(row, "geonames"), unit);
                iso.add(text(row, "iso"), unit);
            });
            // the places another GeoNames file of the store holds (cities500's, when cities1000's are imported)
            store.curated().find(Node.ANY, Node.ANY, org.citycoop.ontology.CC.geonamesId, Node.ANY).forEachRemaining(q -> {
                if (!q.getGraph().equals(except)) {
                    held.add(q.getSubject());
                }
            });
            return new StoreUnits(geonames.unique(), iso.unique(), Set.copyOf(held));
        });
    }

    private static String text(QuerySolution row, String variable) {
        return row.contains(variable) ? row.getLiteral(variable).getLexicalForm() : null;
    }

    /** Codes and the units that carry them, keeping the codes of one unit only. */
    private static final class Codes {
        private final Map<String, Set<Node>> units = new HashMap<>();

        void add(String code, Node unit) {
            if (code != null) {
                units.computeIfAbsent(code, k -> new HashSet<>()).add(unit);
            }
        }

        Map<String, Node> unique() {
            Map<String, Node> unique = new HashMap<>();
            units.forEach((code, carriers) -> {
                if (carriers.size() == 1) {
                    unique.put(code, carriers.iterator().next());
                }
            });
            return unique;
        }
    }

    @Override
    public Node byGeoNamesCode(String code) {
        return byGeoNames.get(code);
    }

    @Override
    public Node byIso(String code) {
        return byIso.get(code);
    }

    @Override
    public boolean holds(Node unit) {
        return held.contains(unit);
    }

    /** How many codes name a unit. */
    public int size() {
        return byGeoNames.size() + byIso.size();
    }

    @Override
    public String fingerprint() {
        StringBuilder all = new StringBuilder();
        new java.util.TreeMap<>(byGeoNames).forEach((code, unit) -> all.append(code).append(unit).append('\n'));
        new java.util.TreeMap<>(byIso).forEach((code, unit) -> all.append(code).append(unit).append('\n'));
        return "units-" + Sha256.of(all.toString());
    }
}
