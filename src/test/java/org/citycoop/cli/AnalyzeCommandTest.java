package org.citycoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.citycoop.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code analyze} over data/, a GeoNames sample and the sample twin-town tables: the figures written into the store
 * sort places in SPARQL, paths and pairs of countries are printed, and bad options are refused.
 */
class AnalyzeCommandTest {
    private static final Path SAMPLES = TestProject.home().resolve("src/test/resources/twin-towns");
    private static String store;
    private static CliTest.Run analysis;

    @BeforeAll
    static void importAndAnalyse() {
        store = TestProject.tempDir("citycoop-analyze").resolve("store").toString();
        ok(CliTest.run("load", "--store", store, "-q", TestProject.data().toString()));
        ok(CliTest.run("import", "--store", store, "-q", "gazetteer", SAMPLES.resolve("geonames.csv").toString()));
        ok(CliTest.run("import", "--store", store, "-q", "twin-towns", SAMPLES.resolve("twin-towns.csv").toString()));
        ok(CliTest.run("import", "--store", store, "-q", "wikidata-p190", SAMPLES.resolve("wikidata-relations.tsv")
            .toString(), "--names", SAMPLES.resolve("wikidata-names.tsv").toString()));
        analysis = ok(CliTest.run("analyze", "--store", store, "--top", "3"));
    }

    private static CliTest.Run ok(CliTest.Run run) {
        assertEquals(0, run.status(), run.err());
        return run;
    }

    @Test
    void theMostConnectedPlaceComesFirstAndSparqlSortsByTheFiguresWritten() {
        String firstRow = analysis.out().lines().skip(1).findFirst().orElseThrow();
        assertTrue(firstRow.startsWith("Bandung "), analysis.out());
        assertTrue(analysis.err().contains("into the source network-figures"), analysis.err());
        CliTest.Run sorted = ok(CliTest.run("query", "--store", store, "-e", "PREFIX cc: <https://w3id.org/citycoop/"
            + "ontology/> SELECT ?place WHERE { ?place cc:degree ?d } ORDER BY DESC(?d) LIMIT 1", "--format", "csv"));
        assertTrue(sorted.out().contains("https://w3id.org/citycoop/id/city/bandung"), sorted.out());
        CliTest.Run sources = ok(CliTest.run("sources", "--store", store));
        assertTrue(sources.out().contains("network-figures"), sources.out());
    }

    @Test
    void chartsAreDrawnAsSvgFilesAndABadChartIsRefused() throws Exception {
        Path svg = TestProject.tempDir("citycoop-chart").resolve("partners.svg");
        CliTest.Run drawn = ok(CliTest.run("chart", "partners", "--store", store, "--country", "ID", "-o", svg.toString()));
        assertTrue(drawn.err().contains("wrote Partner countries of ID"), drawn.err());
        String text = java.nio.file.Files.readString(svg);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertTrue(text.contains(">JP</text>") && text.contains(">DE</text>"), text);
        CliTest.Run decades = ok(CliTest.run("chart", "decades", "--store", store));
        assertTrue(decades.out().startsWith("<svg") && decades.out().contains("no date given"), decades.out());
        CliTest.Run bad = CliTest.run("chart", "pie", "--store", store);
        assertEquals(Main.USER_ERROR, bad.status(), bad.err());
        assertTrue(bad.err().contains("chart 'pie': expected one of degrees, partners, pairs, decades"), bad.err());
    }

    @Test
    void aChartIsDrawnAsPngForAFileNamedSo() throws Exception {
        Path png = TestProject.tempDir("citycoop-chart").resolve("degrees.png");
        CliTest.Run drawn = ok(CliTest.run("chart", "degrees", "--store", store, "-o", png.toString()));
        assertTrue(drawn.err().contains("as PNG to"), drawn.err());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(720, image.getWidth());
        CliTest.Run toText = CliTest.run("chart", "degrees", "--store", store, "--format", "png");
        assertEquals(Main.USER_ERROR, toText.status(), toText.err());
        assertTrue(toText.err().contains("--format png writes an image, not text: expected -o FILE"), toText.err());
        CliTest.Run gif = CliTest.run("chart", "degrees", "--store", store, "--format", "gif", "-o", png.toString());
        assertTrue(gif.err().contains("--format gif: expected svg or png"), gif.err());
    }

    @Test
    void aPathRunsThroughTheirCommonPartner() {
        CliTest.Run path = ok(CliTest.run("analyze", "--store", store, "--path", "Namur", "Suwon"));
        assertTrue(path.out().startsWith("2 link(s):"), path.out());
        assertTrue(path.out().lines().skip(2).findFirst().orElseThrow().contains("Bandung"), path.out());
    }

    @Test
    void pairsOfCountriesCountTheirLinks() {
        CliTest.Run pairs = ok(CliTest.run("analyze", "--store", store, "--pairs", "country", "--between", "ID,JP",
            "--csv"));
        java.util.List<String> lines = pairs.out().lines().toList();
        assertEquals(2, lines.size(), pairs.out());
        assertEquals("first,second,links,sources", lines.get(0));
        assertTrue(lines.get(1).matches("ID,JP,[1-9][0-9]*,[1-9][0-9]*"), pairs.out());
    }

    @Test
    void oneSourcesNetworkHasOnlyTheLinksItStatesAndAnUnknownSourceIsRefused() {
        CliTest.Run whole = ok(CliTest.run("analyze", "--store", store, "--no-write", "--csv"));
        CliTest.Run twins = ok(CliTest.run("analyze", "--store", store, "--no-write", "--csv", "--source", "twins"));
        java.util.List<String> places = twins.out().lines().skip(1).toList();
        assertTrue(!places.isEmpty() && places.size() < whole.out().lines().count() - 1, twins.out());
        // the curated twinnings join Bandung with Braunschweig, Suwon and Fort Worth, and no cooperation of the report
        assertTrue(places.stream().anyMatch(l -> l.contains("city/braunschweig,")), twins.out());
        assertTrue(places.stream().noneMatch(l -> l.contains("regency/simeulue,")), twins.out());
        CliTest.Run unknown = CliTest.run("analyze", "--store", store, "--no-write", "--source", "no-such-source");
        assertEquals(Main.USER_ERROR, unknown.status(), unknown.err());
        assertTrue(unknown.err().contains("CC403") && unknown.err().contains("no-such-source"), unknown.err());
    }

    @Test
    void withoutCentralityTheColumnsAreEmptyAndNothingIsWritten() {
        CliTest.Run run = ok(CliTest.run("analyze", "--store", store, "--no-centrality", "--no-write", "--csv"));
        assertTrue(run.err().contains("closeness and betweenness not computed"), run.err());
        String bandung = run.out().lines().filter(l -> l.startsWith("https://w3id.org/citycoop/id/city/bandung,"))
            .findFirst().orElseThrow();
        assertTrue(bandung.matches("[^,]+,Bandung,ID,\\d+,\\d+,,,1,\\d+,1"), bandung);
        assertTrue(!run.err().contains("into the source network-figures"), run.err());
    }

    @Test
    void badOptionsAreRefusedWithWhatWasExpected() {
        CliTest.Run level = CliTest.run("analyze", "--store", store, "--pairs", "city");
        assertEquals(Main.USER_ERROR, level.status());
        assertTrue(level.err().contains("expected country or region"), level.err());
        CliTest.Run nowhere = CliTest.run("analyze", "--store", store, "--path", "Namur", "Atlantis City");
        assertEquals(Main.USER_ERROR, nowhere.status());
        assertTrue(nowhere.err().contains("no place of the network is named 'Atlantis City'"), nowhere.err());
    }
}
