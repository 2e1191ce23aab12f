package org.citycoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citycoop.TestProject;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;

/** The command line run in-process, with its output captured: exit codes, output and error messages. */
class CliTest {

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Everything the store in this folder holds, read with the store closed again after. */
    private static DatasetGraph snapshotOf(String store) {
        try (Store opened = Store.open(Path.of(store))) {
            return TestProject.snapshot(opened, Set.of());
        }
    }

    private static String newStore() {
        return TestProject.tempDir("citycoop-cli").resolve("store").toString();
    }

    @Test
    void loadThenQueryPrintsTheMeetingsParticipants() {
        String store = newStore();
        Run load = run("load", "--store", store, "-q", TestProject.data().toString());
        assertEquals(0, load.status(), load.err());
        assertTrue(load.out().contains("6 source(s) loaded"), load.out());
        Run query = run("query", "--store", store,
            TestProject.queries().resolve("cq02-yokohama-meeting-participants.rq").toString());
        assertEquals(0, query.status(), query.err());
        for (String expected : new String[] {"Taufik Hanafi", "Priyanto Rohmatullah", "Wignyo Adiyoso", "Norio Tomioka",
            "PT Trippcons Internasional", "Sekretaris Kementerian PPN/Sekretaris Utama Bappenas"}) {
            assertTrue(query.out().contains(expected), "missing " + expected + " in\n" + query.out());
        }
    }

    @Test
    void aWrongDateIsRefusedWithItsLineAndTheStoreIsUnchanged() {
        String store = newStore();
        assertEquals(0, run("load", "--store", store, "-q", TestProject.data().toString()).status());
        DatasetGraph before = snapshotOf(store);
        Path bad = TestProject.home().resolve("src/test/resources/errors/bad-date/input.yaml");
        Run load = run("load", "--store", store, bad.toString());
        assertEquals(Main.USER_ERROR, load.status());
        assertTrue(load.err().contains("error CC203: " + bad + ":9:11: '2023-13-09' is not a date of the calendar"),
            load.err());
        assertTrue(load.err().contains("the store is unchanged"), load.err());
        assertFalse(load.err().contains("\tat "), "no stack trace for a user's error");
        assertTrue(TestProject.isomorphic(before, snapshotOf(store)));
    }

    @Test
    void benchSetsTheImportsBesideTheTdb2LoaderAndRiotOnTheSameQuads() {
        Path indonesia = TestProject.shared().resolve("data/gazetteer/indonesia");
        Set<Path> before = benchFolders();
        Run bench = run("bench", "--repeat", "1", "--data", TestProject.data().toString(), "--queries",
            TestProject.queries().toString(), "--gazetteer", indonesia.resolve("provinces.csv").toString(),
            "--gazetteer", indonesia.resolve("regencies.csv").toString(),
            "--gazetteer", indonesia.resolve("districts.csv").toString());
        assertEquals(0, bench.status(), bench.err());
        String districts = bench.out().lines().filter(l -> l.contains("import districts.csv")).findFirst().orElseThrow();
        assertTrue(districts.matches(".*[\\d,]+ triples; old generation peak [\\d,]+ MiB of [\\d,]+ MiB allowed"), districts);
        String all = bench.out().lines().filter(l -> l.startsWith("the whole network: the 3 imports above"))
            .findFirst().orElseThrow(() -> new AssertionError(bench.out()));
        assertTrue(all.matches(".*quads/s; \\d+\\.\\d\\d x tdb2 loader, \\d+\\.\\d\\d x one tdb2 write transaction, "
            + "\\d+\\.\\d\\d x RIOT parse.*"), all);
        assertTrue(bench.out().contains("tdb2 phased loader, the same quads"), bench.out());
        assertEquals(before, benchFolders(), "the run's stores and quads are deleted at its end");
    }

    @Test
    void benchTimesExtractionBesideLucenesAnalysersOnTheSameReports() {
        Path gazetteer = TestProject.home().resolve("src/test/resources/extraction-places/gazetteer");
        Run bench = run("bench", "--repeat", "1", "--data", TestProject.data().toString(), "--queries",
            TestProject.home().resolve("src/test/resources/extraction/report").toString(), "--reports",
            TestProject.shared().resolve("seeds").toString(), "--report-gazetteer", gazetteer.resolve("regencies.csv").toString());
        assertEquals(0, bench.status(), bench.err());
        String extract = bench.out().lines().filter(l -> l.startsWith("extract 2 reports, ")).findFirst().orElseThrow();
        assertTrue(extract.matches("extract 2 reports, \\d+ sentences +\\d+\\.\\d +\\d+ sentences/s; median of 15 passes.*"),
            extract);
        assertTrue(bench.out().lines().anyMatch(l -> l.startsWith("reference: Lucene's Indonesian and English analysers")
            && l.contains("the extractor takes")), bench.out());
        Run missing = run("bench", "--reports", "no-such-folder");
        assertEquals(Main.USER_ERROR, missing.status());
        assertTrue(missing.err().contains("--reports no-such-folder: no such folder"), missing.err());
    }

    @Test
    void benchTimesTheRequestsOnAnExistingStoreAndLeavesItAsItWas() {
        String store = newStore();
        assertEquals(0, run("load", "--store", store, "-q", TestProject.data().toString()).status());
        DatasetGraph before = snapshotOf(store);
        Run bench = run("bench", "--store", store, "--queries", TestProject.queries().toString(), "--requests", "1",
            "--clients", "2");
        assertEquals(0, bench.status(), bench.err());
        assertTrue(bench.out().lines().anyMatch(l -> l.startsWith("query cq01-") && l.contains("1 client")), bench.out());
        assertTrue(bench.out().lines().anyMatch(l -> l.startsWith("entity pages / DESCRIBE, 2 clients")), bench.out());
        assertTrue(bench.out().lines().anyMatch(l -> l.startsWith("graph API, depth 2, 2 clients")
            && l.contains("2 requests, 0 errors")), bench.out());
        assertFalse(bench.out().contains("load "), "nothing is loaded: " + bench.out());
        assertTrue(TestProject.isomorphic(before, snapshotOf(store)));
        Run missing = run("bench", "--store", store + "-none");
        assertEquals(Main.USER_ERROR, missing.status());
        assertTrue(missing.err().contains("error CC402: there is no store in " + store + "-none"), missing.err());
        Run both = run("bench", "--store", store, "--records", "1000");
        assertEquals(Main.USER_ERROR, both.status());
        assertTrue(both.err().contains("error CC403: --store times the store it names as it is"), both.err());
    }

    @Test
    void serveRefusesRemoteWriteOptionsThatCannotApply() {
        String store = newStore();
        Run alone = run("serve", "--store", store, "--port", "0", "--update-endpoint", "http://127.0.0.1:9/update");
        assertEquals(Main.USER_ERROR, alone.status());
        assertTrue(alone.err().contains("error CC403: --update-endpoint, --gsp-endpoint and --remote-credentials need "
            + "--sparql-endpoint URL"), alone.err());
        Run readOnly = run("serve", "--store", store, "--port", "0", "--sparql-endpoint", "http://127.0.0.1:9/sparql",
            "--gsp-endpoint", "http://127.0.0.1:9/data");
        assertEquals(Main.USER_ERROR, readOnly.status());
        assertTrue(readOnly.err().contains("error CC403: --update-endpoint and --gsp-endpoint are for a server that "
            + "takes writes"), readOnly.err());
        assertFalse(java.nio.file.Files.exists(Path.of(store)), "a refused command made a store");
    }

    @Test
    void readingCommandsRefuseAStoreThatIsNotThereAndSayWhenOneIsEmpty() {
        String missing = newStore();
        for (String[] command : List.of(new String[] {"query", "-e", "SELECT * { ?s ?p ?o }"}, new String[] {"stats"},
                new String[] {"export"}, new String[] {"sources"}, new String[] {"analyze", "--no-write"},
                new String[] {"chart", "partners"})) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            args.addAll(List.of("--store", missing));
            Run run = run(args.toArray(String[]::new));
            assertEquals(Main.USER_ERROR, run.status(), command[0] + ": " + run.out());
            assertTrue(run.err().contains("error CC402: there is no store in " + missing), command[0] + ": " + run.err());
        }
        assertFalse(java.nio.file.Files.exists(Path.of(missing)), "a reading command made a store");

        String empty = newStore();
        Store.open(Path.of(empty)).close();
        Run stats = run("stats", "--store", empty);
        assertEquals(0, stats.status(), stats.err());
        assertTrue(stats.err().contains("note: the store in " + empty + " holds no sources yet"), stats.err());
        Run noFile = run("query", "--store", empty, empty + "/missing.rq");
        assertEquals(Main.USER_ERROR, noFile.status());
        assertTrue(noFile.err().contains("missing.rq: no such file"), noFile.err());
    }

    @Test
    void helpNamesACommandMistypedCommandsAndOptionsGetSuggestionsAndTheVersionIsTheBuilds() throws Exception {
        Run help = run("help", "load");
        assertEquals(0, help.status(), help.err());
        assertTrue(help.out().startsWith("Usage: citycoop load"), help.out());
        assertTrue(help.out().contains("Exit status:") && help.out().contains("bad input, options or store"), help.out());
        Run laod = run("laod", "data");
        assertEquals(2, laod.status());
        assertTrue(laod.err().contains("Did you mean: load?"), laod.err());
        Run stroe = run("stats", "--stroe", "x");
        assertEquals(2, stroe.status());
        assertTrue(stroe.err().contains("Did you mean: --store?"), stroe.err());
        Run far = run("frobnicate");
        assertFalse(far.err().contains("Did you mean"), far.err());

        java.util.Properties build = new java.util.Properties();
        try (java.io.InputStream in = Main.class.getResourceAsStream("/org/citycoop/version.properties")) {
            build.load(in);
        }
        assertFalse(build.getProperty("version").contains("${"), "the build did not fill in the version");
        Run version = run("--version");
        assertTrue(version.out().startsWith("citycoop " + build.getProperty("version") + " (built "), version.out());
    }

    private static Set<Path> benchFolders() {
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith("citycoop-bench"))
                .collect(java.util.stream.Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void queryFormatsAndSyntaxErrors() {
        String store = newStore();
        run("load", "--store", store, "-q", TestProject.data().toString());
        String text = "PREFIX cc: <https://w3id.org/citycoop/ontology/> SELECT (COUNT(*) AS ?n) WHERE { ?a cc:twinnedWith ?b }";
        Run csv = run("query", "--store", store, "-e", text, "--format", "csv");
        assertEquals("n\r\n8\r\n", csv.out());
        Run json = run("query", "--store", store, "-e", text, "--format", "json");
        assertTrue(json.out().contains("\"value\": \"8\""), json.out());
        Run broken = run("query", "--store", store, "-e", "SELECT ?x WHERE { ?x ?y }");
        assertEquals(Main.USER_ERROR, broken.status());
        assertTrue(broken.err().startsWith("error CC104: (query):1:"), broken.err());
        Run badFormat = run("query", "--store", store, "-e", text, "--format", "xlsx");
        assertEquals(Main.USER_ERROR, badFormat.status());
        assertTrue(badFormat.err().contains("unknown result format 'xlsx'"), badFormat.err());
        Run known = run("query", "--store", store, "-e", "SELECT (COUNT(*) AS ?n) { ?a cc:twinnedWith ?b }", "--format",
            "csv");
        assertEquals("n\r\n8\r\n", known.out(), "the project's prefixes are declared: " + known.err());
        Run unknown = run("query", "--store", store, "-e", "SELECT * { ?s xx:p ?o }");
        assertEquals("error CC104: (query):1:15: Unresolved prefixed name: xx:p, expected a SPARQL 1.1 query",
            unknown.err().lines().findFirst().orElseThrow());
        Run graph = run("export", "--store", store, "--graph", "nodes-csv");
        assertTrue(graph.err().contains("--graph nodes-csv: unknown network format, expected graphml, gexf or csv"),
            graph.err());
    }

    @Test
    void exportWritesEveryFormatAndStatsCountTheStore() {
        String store = newStore();
        run("load", "--store", store, "-q", TestProject.data().toString());
        Run trig = run("export", "--store", store, "--format", "trig");
        assertEquals(0, trig.status(), trig.err());
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(trig.out().getBytes(StandardCharsets.UTF_8))).lang(Lang.TRIG).parse(parsed);
        assertTrue(TestProject.isomorphic(snapshotOf(store), parsed));
        Run stats = run("stats", "--store", store);
        assertTrue(stats.out().contains("https://w3id.org/citycoop/graph/bappenas-yokohama-2023"), stats.out());
        assertTrue(stats.out().matches("(?s).*\\s11\\s+https://w3id.org/citycoop/ontology/Person\\n.*"), stats.out());
    }

    @Test
    void exportWritesTheNetworkAsGexfGraphmlAndCsv() throws Exception {
        String store = newStore();
        run("load", "--store", store, "-q", TestProject.data().toString());
        java.nio.file.Path folder = TestProject.tempDir("citycoop-network");
        java.nio.file.Path gexf = folder.resolve("network.gexf");
        Run written = run("export", "--store", store, "--graph", "gexf", "--network", "full", "--output", gexf.toString());
        assertEquals(0, written.status(), written.err());
        org.jgrapht.Graph<String, Object> graph = new org.jgrapht.graph.DirectedPseudograph<>(null, Object::new, false);
        org.jgrapht.nio.gexf.SimpleGEXFImporter<String, Object> importer = new org.jgrapht.nio.gexf.SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(graph, java.nio.file.Files.newBufferedReader(gexf));
        Run csv = run("export", "--store", store, "--graph", "csv", "--network", "full", "--output", folder.toString());
        assertEquals(0, csv.status(), csv.err());
        long nodes = java.nio.file.Files.readAllLines(folder.resolve("nodes.csv")).size() - 1;
        long edges = java.nio.file.Files.readAllLines(folder.resolve("edges.csv")).size() - 1;
        assertEquals(graph.vertexSet().size(), nodes, "GEXF and CSV have the same nodes");
        assertEquals(graph.edgeSet().size(), edges, "and the same edges");
        assertTrue(csv.err().contains("wrote " + nodes + " nodes"), csv.err());
        Run parties = run("export", "--store", store, "--graph", "graphml", "--network", "full", "--relations", "party");
        assertEquals(0, parties.status(), parties.err());
        assertEquals(6, parties.out().split("<edge ").length - 1, "three agreements with two parties each");
        Run wrong = run("export", "--store", store, "--graph", "graphml", "--network", "full", "--relations", "friendOf");
        assertEquals(Main.USER_ERROR, wrong.status());
        assertTrue(wrong.err().contains("unknown relation 'friendOf'"), wrong.err());
    }

    @Test
    void validateChecksWithoutWriting() {
        String store = newStore();
        run("load", "--store", store, "-q", TestProject.data().toString());
        Path visit = TestProject.home().resolve("src/test/resources/formats/visit.yaml");
        Run ok = run("validate", "--store", store, visit.toString());
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().contains("1 source(s) checked against " + store + ": 1 new, 0 changed, 0 the same as "
            + "stored; all valid, nothing was written"), ok.out());
        Run query = run("query", "--store", store, "-e",
            "ASK { <https://w3id.org/citycoop/id/event/format-check-visit> ?p ?o }");
        Run loaded = run("validate", "--store", store, TestProject.data().resolve("seeds").toString());
        assertTrue(loaded.out().contains("2 source(s) checked against " + store + ": 0 new, 0 changed, 2 the same as "
            + "stored"), "files already loaded are checked again: " + loaded.out());
        assertTrue(loaded.out().lines().filter(l -> l.startsWith("valid ")).allMatch(l -> l.endsWith(
            "the same as the store holds")), loaded.out());
        assertEquals("no", query.out().trim(), "validate wrote to the store");
    }

    @Test
    void badOptionsAreUsageErrors() {
        Run run = run("load", "--no-such-option");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
        Run missing = run("load", "--store", newStore(), "no/such/folder");
        assertEquals(Main.USER_ERROR, missing.status());
        assertTrue(missing.err().contains("no/such/folder: no such file or folder"), missing.err());
    }
}
