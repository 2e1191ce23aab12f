package org.citycoop.load.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.TestProject;
import org.citycoop.WholeNetwork;
import org.citycoop.load.gazetteer.Rows;
import org.citycoop.load.twins.WikidataTwinSource;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Resolutions checked by hand, against the whole network the README builds: Wikipedia's names resolved again among
 * the store's places, and Wikidata's items as the import resolved them (the place linked to the item). The samples
 * are in src/test/resources/resolution-sample: drawn at random among all resolutions, at random among those found
 * by a similar name, inside a city or at the coordinates, and resolutions once found wrong; an empty {@code
 * expected} means the name must stay unresolved. IRIs are written after {@code https://w3id.org/citycoop/id/}.
 */
class ResolutionSampleIT {
    private static final Path SAMPLES = TestProject.home().resolve("src/test/resources/resolution-sample");
    private static final Node WIKIDATA_GRAPH = NodeFactory.createURI(CC.GRAPH
        + WikidataTwinSource.keyOf(Path.of("wikidata-p190-2016-relations.tsv")));
    private static Store store;
    private static PlaceResolver resolver;

    @BeforeAll
    static void theWholeNetworksPlaces() throws Exception {
        store = Store.open(WholeNetwork.get().store());
        resolver = new PlaceResolver(StoreGazetteer.read(store));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        try (Reader reader = Rows.utf8(Files.newInputStream(file))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get()
                .parse(reader).getRecords();
        }
    }

    @Test
    void atLeast98PercentOfTheHandCheckedWikipediaNamesResolveAsChecked() throws IOException {
        List<CSVRecord> sample = rows(SAMPLES.resolve("wikipedia-names.csv"));
        List<String> disagreements = new ArrayList<>();
        for (CSVRecord row : sample) {
            Resolution resolution = resolver.resolve(row.get("name"), row.get("country"), number(row.get("lat")),
                number(row.get("lon")));
            String found = resolution.resolved() ? resolution.place().iri().getURI().substring(CC.ID.length()) : "";
            if (!found.equals(row.get("expected"))) {
                disagreements.add(row.get("name") + " (" + row.get("country") + "): " + (found.isEmpty() ? "unresolved"
                    : found + " " + resolution.place().name()) + ", checked: " + row.get("expected") + " "
                    + row.get("expected_name"));
            }
        }
        assertAgreement(sample.size(), 200, disagreements);
    }

    @Test
    void atLeast98PercentOfTheHandCheckedWikidataItemsAreTheirPlaces() throws IOException {
        List<CSVRecord> sample = rows(SAMPLES.resolve("wikidata-items.csv"));
        List<String> disagreements = new ArrayList<>();
        for (CSVRecord row : sample) {
            Node entity = NodeFactory.createURI(Vocab.WIKIDATA_ENTITY + row.get("item"));
            String found = store.read(() -> {
                // the import's own link: a gazetteer may give the item to a unit the import chose the town of
                var linked = store.curated().find(WIKIDATA_GRAPH, Node.ANY, Vocab.SKOS_EXACT_MATCH, entity);
                while (linked.hasNext()) {
                    Node place = linked.next().getSubject();
                    if (!store.curated().contains(Node.ANY, place, Vocab.RDF_TYPE, CC.UnresolvedPlace)) {
                        return store.samePlaces().canonical(place).getURI().substring(CC.ID.length());
                    }
                }
                return "";
            });
            if (!found.equals(row.get("expected"))) {
                disagreements.add(row.get("item") + " " + row.get("label") + ": " + (found.isEmpty() ? "unresolved"
                    : found) + ", checked: " + row.get("expected") + " " + row.get("expected_name"));
            }
        }
        assertAgreement(sample.size(), 40, disagreements);
    }

    private static void assertAgreement(int size, int least, List<String> disagreements) {
        assertTrue(size >= least, "the sample has " + size + " names");
        double agreeing = 1 - (double) disagreements.size() / size;
        assertTrue(agreeing >= 0.98, String.format("%.1f %% of %d agree; %s", 100 * agreeing, size, disagreements));
    }

    private static double number(String text) {
        return text.isBlank() ? Double.NaN : Double.parseDouble(text);
    }
}
