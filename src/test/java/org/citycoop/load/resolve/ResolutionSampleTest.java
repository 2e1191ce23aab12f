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
import org.apache.jena.graph.NodeFactory;
import org.citycoop.TestProject;
import org.citycoop.load.gazetteer.Romaji;
import org.citycoop.load.gazetteer.Rows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names of Wikipedia's twin-town list resolved against the real gazetteers (GeoNames' places of 1,000 people or
 * more, Japan's municipalities), compared with a sample checked by hand: drawn at random among all resolutions, at
 * random among those found by a similar name, and resolutions once found wrong. The sample is in
 * src/test/resources/resolution-sample: an empty {@code expected} means the name must stay unresolved.
 */
class ResolutionSampleTest {
    private static final Path SAMPLE = TestProject.home().resolve(
        "src/test/resources/resolution-sample/wikipedia-names.csv");
    private static PlaceResolver resolver;

    @BeforeAll
    static void gazetteer() throws IOException {
        Gazetteer gazetteer = new Gazetteer();
        Path shared = TestProject.shared().resolve("data/gazetteer");
        for (CSVRecord row : rows(shared.resolve("world/geonames-cities1000.csv"))) {
            gazetteer.add(new GazetteerPlace(NodeFactory.createURI("geonames:" + row.get("geonameid")),
                row.get("name"), row.get("country"), row.get("feature_code"), Long.parseLong(row.get("population")),
                Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon"))));
        }
        for (CSVRecord row : rows(shared.resolve("japan/localgovjp-utf8.csv"))) {
            String name = Romaji.name(row.get("city"), row.get("citykana"));
            if (name != null) {
                gazetteer.add(new GazetteerPlace(NodeFactory.createURI("lg:" + row.get("lgcode")), name, "JP", null,
                    0, Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lng"))));
            }
        }
        resolver = new PlaceResolver(gazetteer);
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        try (Reader reader = Rows.utf8(Files.newInputStream(file))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    @Test
    void atLeast97PercentOfTheHandCheckedResolutionsAgree() throws IOException {
        List<CSVRecord> sample = rows(SAMPLE);
        List<String> disagreements = new ArrayList<>();
        for (CSVRecord row : sample) {
            Resolution resolution = resolver.resolve(row.get("name"), row.get("country"),
                Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")));
            String found = resolution.resolved() ? resolution.place().iri().getURI() : "";
            if (!found.equals(row.get("expected"))) {
                disagreements.add(row.get("name") + " (" + row.get("country") + "): " + (found.isEmpty() ? "unresolved"
                    : found + " " + resolution.place().name()) + ", checked: " + row.get("expected_name"));
            }
        }
        assertTrue(sample.size() >= 100, "the sample has " + sample.size() + " names");
        double agreeing = 1 - (double) disagreements.size() / sample.size();
        assertTrue(agreeing >= 0.97, String.format("%.1f %% agree; %s", 100 * agreeing, disagreements));
        assertTrue(disagreements.size() <= 1, "known: Żebbuġ on Malta; now " + disagreements);
    }
}
