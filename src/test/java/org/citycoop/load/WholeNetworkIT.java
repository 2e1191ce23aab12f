package org.citycoop.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.citycoop.TestProject;
import org.citycoop.WholeNetwork;
import org.citycoop.graph.GraphNode;
import org.citycoop.graph.StoreNetwork;
import org.citycoop.load.twins.SameNamedPlaces;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.query.LibraryRows;
import org.citycoop.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole network as the README builds it (data/, Natural Earth's units, countrystatecity's subdivisions and
 * places, GeoNames' places of 500 people or more, the national lists, Wikipedia's list, Wikidata's pairs): one node
 * per place across every source, every place in its unit and country, the imports' resolution rates. The store is
 * the one the README's tour built ({@link WholeNetwork}), read here, never written.
 */
class WholeNetworkIT {
    private static final Node RUSSIA = org.apache.jena.graph.NodeFactory.createURI(CC.ID + "iso3166/RU");
    /** The rates the imports print, measured on the whole network; what they must not fall below. */
    private static final double WIKIPEDIA_FLOOR = 88.0;
    private static final double WIKIDATA_FLOOR = 92.0;
    private static WholeNetwork.Built built;
    private static Store store;

    @BeforeAll
    static void theReadmesStore() throws Exception {
        built = WholeNetwork.get();
        store = Store.open(built.store());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Node id(String path) {
        return NodeFactory.createURI(CC.ID + path);
    }

    @Test
    void theImportsPrintHowManyNamesResolved() {
        double wikipedia = rate(built.output("./citycoop import twin-towns"));
        double wikidata = rate(built.output("./citycoop import wikidata-p190"));
        assertTrue(wikipedia >= WIKIPEDIA_FLOOR, "Wikipedia's names: " + wikipedia + " %");
        assertTrue(wikidata >= WIKIDATA_FLOOR, "Wikidata's names: " + wikidata + " %");
    }

    private static double rate(String output) {
        Matcher rate = Pattern.compile("resolved ([\\d,]+) of ([\\d,]+) names \\(([\\d.]+) %\\)").matcher(output);
        assertTrue(rate.find(), output);
        double counted = 100.0 * Long.parseLong(rate.group(1).replace(",", ""))
            / Long.parseLong(rate.group(2).replace(",", ""));
        assertEquals(counted, Double.parseDouble(rate.group(3)), 0.051, "the rate printed is the names counted");
        return counted;
    }

    @Test
    void bandungsPartnersFromEverySourceAreListedOnceEach() throws Exception {
        List<QuerySolution> rows = query("partners-of.rq", Map.of("city", "Bandung"));
        Set<String> partners = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (QuerySolution row : rows) {
            assertTrue(partners.add(row.getResource("partner").getURI()), "listed twice: " + row);
            names.add(row.getLiteral("partnerName").getLexicalForm());
        }
        for (String expected : List.of("Namur", "Liuzhou", "Braunschweig", "Cotabato", "Cuenca", "Fort Worth",
                "Petaling Jaya", "Suwon", "Yingkou", "Toyota")) {
            assertEquals(1, names.stream().filter(name -> name.startsWith(expected)).count(), expected + " in " + names);
        }
        Set<String> distinctNames = new HashSet<>(names);
        assertEquals(names.size(), distinctNames.size(), "two partners of one name: " + names);
    }

    @Test
    void saintPetersburgIsOneNodeWithThePartnersOfBothSources() throws Exception {
        List<Node> named = store.read(() -> {
            List<Node> found = new ArrayList<>();
            store.curated().find(Node.ANY, Node.ANY, CC.cooperatesWith, Node.ANY).forEachRemaining(q -> {
                Node place = q.getSubject();
                // St. Petersburg in Florida, also named Saint Petersburg, is a partner of its own
                if (!found.contains(place) && !isAlias(place) && inRussia(place) && (bears(place, "Saint Petersburg")
                    || bears(place, "Sankt Petersburg"))) {
                    found.add(place);
                }
            });
            return found;
        });
        assertEquals(1, named.size(), "the places of Russia's network named Saint Petersburg: " + named);
        Map<String, Integer> bySource = new HashMap<>();
        for (QuerySolution row : query("partners-of.rq", Map.of("city", "Saint Petersburg"))) {
            String sources = row.getLiteral("sources").getLexicalForm();
            bySource.merge(sources.contains("Wikipedia") ? "wikipedia" : "other", 1, Integer::sum);
            bySource.merge(sources.contains("Wikidata") ? "wikidata" : "other", 1, Integer::sum);
        }
        assertTrue(bySource.getOrDefault("wikipedia", 0) > 20 && bySource.getOrDefault("wikidata", 0) > 20,
            "partners by source: " + bySource);
    }

    private static boolean inRussia(Node place) {
        return store.curated().contains(CC.INFERRED_GRAPH, place, CC.locatedIn, RUSSIA);
    }

    private static boolean isAlias(Node place) {
        return store.curated().contains(CC.INFERRED_GRAPH, place, CC.canonical, Node.ANY);
    }

    private static boolean bears(Node place, String name) {
        for (Node property : List.of(Vocab.RDFS_LABEL, Vocab.SKOS_ALT_LABEL)) {
            var names = store.curated().find(Node.ANY, place, property, Node.ANY);
            while (names.hasNext()) {
                if (names.next().getObject().getLiteralLexicalForm().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void everyImportedPlaceLiesInItsProvinceAndCountry() throws Exception {
        QuerySolution surabaya = hierarchy("Surabaya", id("geonames/1625822"));
        assertEquals(id("iso3166/ID-JI").getURI(), surabaya.getResource("province").getURI(), "Jawa Timur");
        assertEquals("Indonesia", surabaya.getLiteral("countryName").getLexicalForm());
        QuerySolution kitakyushu = hierarchy("Kitakyushu", id("geonames/1859307"));
        assertEquals(id("iso3166/JP-40").getURI(), kitakyushu.getResource("province").getURI(), "Fukuoka");
        assertEquals("Japan", kitakyushu.getLiteral("countryName").getLexicalForm());
        QuerySolution fortWorth = hierarchy("Fort Worth", id("city/fort-worth"));
        assertEquals(id("iso3166/US-TX").getURI(), fortWorth.getResource("province").getURI(),
            "Texas, where GeoNames puts the curated city");
    }

    /** The row of cq12 for one of the places of a name. */
    private static QuerySolution hierarchy(String name, Node place) throws Exception {
        List<QuerySolution> rows = query("cq12-place-hierarchy.rq", Map.of("placeName", name));
        return rows.stream().filter(row -> row.getResource("place").getURI().equals(place.getURI())).findFirst()
            .orElseThrow(() -> new AssertionError(place + " among " + rows));
    }

    @Test
    void indonesianAndJapanesePlacesCountForTheirProvincesAndPrefectures() throws Exception {
        Set<String> pairs = new HashSet<>();
        for (QuerySolution row : query("indonesia-japan-by-region.rq", Map.of())) {
            pairs.add(row.getResource("province").getLocalName() + " " + row.getResource("prefecture").getLocalName());
        }
        // Jakarta–Tokyo, Surabaya–Kitakyushu, Surabaya–Kochi, Medan–Ichikawa, Depok–Ōsaki
        for (String pair : List.of("ID-JK JP-13", "ID-JI JP-40", "ID-JI JP-39", "ID-SU JP-12", "jawa-barat JP-04")) {
            assertTrue(pairs.contains(pair), pair + " in " + pairs);
        }
    }

    @Test
    void noPlaceOfTheNetworkIsSplitInTwo() {
        org.citycoop.load.resolve.Gazetteer gazetteer = org.citycoop.load.resolve.StoreGazetteer.read(store);
        List<SameNamedPlaces.Pair> pairs = store.read(() -> SameNamedPlaces.of(store, gazetteer));
        assertEquals(List.of(), pairs.subList(0, Math.min(20, pairs.size())), pairs.size() + " pairs");
    }

    @Test
    void searchFindsAPlaceByItsNamesInOtherLanguages() {
        StoreNetwork network = new StoreNetwork(store);
        Map<String, Node> expected = Map.of("Köln", id("geonames/2886242"), "Wien", id("geonames/2761369"),
            "Moskau", id("geonames/524901"), "横浜", id("city/yokohama"));
        expected.forEach((name, place) -> {
            List<GraphNode> found = network.search(name, 10);
            long times = found.stream().filter(node -> node.id().equals(place.getURI())).count();
            assertEquals(1, times, name + " finds " + place + " once: " + found);
        });
    }

    private static List<QuerySolution> query(String file, Map<String, String> values) throws Exception {
        return LibraryRows.of(store, file, values);
    }
}
