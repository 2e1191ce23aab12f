package org.citycoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.citycoop.CityCoopException;
import org.citycoop.TestProject;
import org.citycoop.extract.Statement.Kind;
import org.citycoop.load.LoadReport;
import org.citycoop.load.Loader;
import org.citycoop.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extractor on the seed reports, measured against their curated records, and the drafts it writes. */
class ExtractorTest {
    /** The kinds the extractor must get right on the seed reports, with F1 of at least 0.8 each. */
    private static final Set<Kind> REQUIRED = Set.of(Kind.PERSON_POST, Kind.PLACE, Kind.EVENT_DATE, Kind.AGREEMENT_STATUS,
        Kind.COOPERATION);
    private static Extractor extractor;

    @BeforeAll
    static void knowTheCuratedPlacesOrganisationsAndPosts() {
        extractor = new Extractor(KnownThings.of(TestProject.dataStore()));
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(TestProject.shared().resolve("seeds"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void onTheSeedReportsEveryRequiredKindScoresAnF1OfAtLeast08() throws Exception {
        Evaluation evaluation = new Evaluation();
        for (Path seed : seeds()) {
            byte[] bytes = Files.readAllBytes(seed);
            String sha = org.citycoop.Sha256.of(bytes);
            evaluation.add(extractor.extract(new String(bytes, StandardCharsets.UTF_8), new ExtractOptions(null, null, "x")),
                TestProject.dataStore(), sha);
        }
        for (Kind kind : REQUIRED) {
            Evaluation.Score score = evaluation.scores().get(kind);
            assertTrue(score.f1() >= 0.8, kind.label() + ": F1 " + score.f1() + " " + score.errors());
            assertTrue(score.truePositives() >= 3, kind.label() + " has too little gold to mean anything");
        }
    }

    @Test
    void theEvaluationCountsHitsFalseFindsAndMisses() {
        Extraction none = extractor.extract("Kota Bandung dan Kota Yokohama hadir.", new ExtractOptions(null, "id", "x"));
        Evaluation evaluation = new Evaluation();
        evaluation.add(none, TestProject.dataStore(), "1c278eb9fe41bcd6c06e1a89e02154994824916efb29c9b8f93c4459623eb284");
        Evaluation.Score places = evaluation.scores().get(Kind.PLACE);
        assertEquals(1, places.truePositives(), "Yokohama is named by the Bappenas report");
        assertEquals(1, places.falsePositives(), "Bandung is not");
        assertEquals(5, places.falseNegatives(), "five places of the report were not found");
        assertEquals(0.5, places.precision(), 1e-9);
        assertEquals(1 / 6.0, places.recall(), 1e-9);
    }

    @Test
    void aDraftLoadsBesideTheCuratedRecordsInAGraphOfItsOwn() throws Exception {
        Path seed = seeds().get(1);
        Extraction extraction = extractor.extract(Files.readString(seed), new ExtractOptions(null, null, "extracted-seed"));
        StringWriter yaml = new StringWriter();
        new DraftWriter(extraction, extractor.known()).write(yaml, "A seed report");
        Path draft = TestProject.tempDir("citycoop-draft").resolve("draft.yaml");
        Files.writeString(draft, yaml.toString());
        Store store = Store.open(TestProject.tempDir("citycoop-draft-store"));
        Loader.builder().store(store).build().load(List.of(TestProject.data()));
        LoadReport report = Loader.builder().store(store).onlyMethod("extracted").build().load(List.of(draft));
        assertEquals("https://w3id.org/citycoop/graph/extracted-seed", report.sources().get(0).graph());
        String text = yaml.toString();
        assertTrue(text.contains("method: extracted") && text.contains("hasrul-edyar as Plt. Bupati Simeulue (bupati-simeulue, acting"),
            text);
        assertTrue(text.contains("- hasrul-edyar") && !text.contains("name: Hasrul Edyar"), "a known person is mentioned, not copied");
        assertTrue(text.contains("type: LetterOfIntent") && text.contains("status: planned"), "an agreement, planned");
        assertTrue(text.contains("- pemkot-toyota") && text.contains("- pemkot-bandung"), "its parties, resolved");
    }

    @Test
    void anAgreementBetweenPlacesFoundInTheGazetteersIsBetweenTheirGovernments() throws Exception {
        Extractor withGazetteers = new Extractor(extractor.known(), TestGazetteer.names());
        String text = "Pemerintah Kota Kochi menyambut rombongan dari Jawa Timur.\n"
            + "Kota Surabaya dan Kota Kochi menandatangani perjanjian sister city pada 3 Agustus 2015.";
        Extraction found = withGazetteers.extract(text, new ExtractOptions(null, "id", "extracted-g"));
        StringWriter yaml = new StringWriter();
        new DraftWriter(found, withGazetteers.known()).write(yaml, "t");
        Path draft = TestProject.tempDir("citycoop-draft-g").resolve("draft.yaml");
        Files.writeString(draft, yaml.toString());
        Store store = Store.open(TestProject.tempDir("citycoop-draft-g-store"));
        Loader.builder().store(store).onlyMethod("extracted").build().load(List.of(draft));
        String parties = "PREFIX cc: <https://w3id.org/citycoop/ontology/>\n"
            + "SELECT ?name ?code WHERE { GRAPH ?g { ?a a cc:SisterCityAgreement ; cc:party ?gov . ?gov cc:governs ?place ."
            + " ?gov <http://www.w3.org/2000/01/rdf-schema#label> ?name } } ORDER BY ?name";
        List<String> governments = store.read(() -> {
            List<String> rows = new java.util.ArrayList<>();
            try (var exec = org.apache.jena.query.QueryExecution.dataset(store.asDataset()).query(parties).build()) {
                exec.execSelect().forEachRemaining(row -> rows.add(row.get("name").asLiteral().getLexicalForm()));
            }
            return rows;
        });
        store.close();
        assertEquals(List.of("Pemerintah Kota Kochi", "Pemerintah Kota Surabaya"), governments.stream().distinct().toList(),
            yaml.toString());
        String agreements = yaml.toString().substring(yaml.toString().indexOf("agreements:"));
        assertTrue(agreements.contains("date: '2015-08-03'") || agreements.contains("date: 2015-08-03"),
            "the agreement takes the date its sentence gives: " + agreements);
    }

    @Test
    void aPlaceNamedBeforeIsThatPlaceWhereverItStandsAndAShortenedNameIsTheFullOne() throws Exception {
        Extractor withGazetteers = new Extractor(extractor.known(), TestGazetteer.names());
        String text = "Wali Kota Medan Budi Hartono terbang ke Jepang.\n"
            + "Ia didampingi Kepala Bappeda Medan Ahmad Yani dan Kepala Badan Perencanaan Medan Rudi A.S Purba.\n"
            + "Kepala Badan Perencanaan Rudi Purba menjelaskan rencana itu.";
        Extraction found = withGazetteers.extract(text, new ExtractOptions(null, "id", "x"));
        List<String> people = found.people().stream().map(p -> p.name() + "|" + p.title()).distinct().toList();
        assertEquals(List.of("Budi Hartono|Wali Kota Medan", "Ahmad Yani|Kepala Bappeda Medan",
            "Rudi A.S Purba|Kepala Badan Perencanaan Medan", "Rudi A.S Purba|Kepala Badan Perencanaan"), people);
    }

    @Test
    void aCityNamedByItsProvinceIsTheProvinceWhereTheReportPairsTheProvince() throws Exception {
        Extractor withGazetteers = new Extractor(extractor.known(), TestGazetteer.names());
        String text = "Kerja sama antara DIY dan Kota Kochi sudah berjalan lama.\n"
            + "Gubernur berharap kerja sama antara Yogyakarta dan Kochi terus tumbuh.\n"
            + "Kerja sama antara Kota Surabaya dan Kochi juga erat.";
        Extraction found = withGazetteers.extract(text, new ExtractOptions(null, "id", "t"));
        List<String> pairs = found.statements().stream().filter(s -> s.kind() == Kind.COOPERATION).map(Statement::key)
            .distinct().toList();
        assertEquals(List.of("t-place-daerah-istimewa-yogyakarta-34|t-place-kochi-392014",
            "t-place-kochi-392014|t-place-surabaya-35-78"), pairs);
    }

    @Test
    void htmlReportsLoseTheirBoilerplate() {
        ReportText report = ReportText.read(TestProject.home().resolve("src/test/resources/extraction/report/visit.html"));
        assertEquals("Kota Bandung dan Kota Toyota jajaki kerja sama", report.title());
        assertTrue(!report.text().contains("Palsu") && !report.text().contains("Simeulue") && !report.text().contains("Hak cipta"),
            report.text());
        Extraction found = extractor.extract(report.text(), new ExtractOptions(null, null, "x"));
        Map<Kind, List<String>> byKind = new java.util.EnumMap<>(Kind.class);
        found.statements().forEach(s -> byKind.computeIfAbsent(s.kind(), k -> new java.util.ArrayList<>()).add(s.key()));
        assertTrue(byKind.get(Kind.PERSON_POST).contains("ridwan kamil|wali-kota-bandung"), byKind.toString());
        assertTrue(byKind.get(Kind.EVENT_DATE).contains("Visit|2017-03-03|day"), byKind.toString());
        assertTrue(byKind.get(Kind.AGREEMENT_STATUS).contains("LetterOfIntent|planned"), byKind.toString());
        assertTrue(byKind.get(Kind.TOPIC).contains("elderly-care"), byKind.toString());
    }

    @Test
    void anEmptyOrForeignReportIsRefusedWithAMessage() {
        CityCoopException empty = assertThrows(CityCoopException.class,
            () -> extractor.extract("  \n ", new ExtractOptions(null, null, "x")));
        assertTrue(empty.getMessage().contains("empty"));
        CityCoopException german = assertThrows(CityCoopException.class, () -> extractor.extract(
            "Der Bürgermeister besuchte gestern die Partnerstadt und unterzeichnete einen Vertrag.", new ExtractOptions(null, null, "x")));
        assertTrue(german.getMessage().contains("neither Indonesian nor English"), german.getMessage());
        CityCoopException wrong = assertThrows(CityCoopException.class, () -> extractor.extract(
            "Kota Bandung dan Kota Toyota akan bekerja sama dalam pengelolaan sampah.", new ExtractOptions(null, "en", "x")));
        assertTrue(wrong.getMessage().contains("reads as Indonesian, not English"), wrong.getMessage());
    }

    @Test
    void laterMentionsByShortNameOrNicknameGoToTheSamePerson() {
        String text = "Wali Kota Bandung Ridwan Kamil menerima kunjungan Plt. Bupati Simeulue Hasrul Edyar di balai kota.\n"
            + "Kepada Hasrul, pria yang akrab disapa Emil itu bercerita tentang kotanya.\n"
            + "Emil berharap kerja sama kedua daerah berlanjut.\n"
            + "Hasrul mengundang rombongan ke Simeulue.";
        Extraction found = extractor.extract(text, new ExtractOptions(null, "id", "x"));
        Map<String, LaterMentions.Person> people = new java.util.HashMap<>();
        found.persons().forEach(p -> people.put(p.name(), p));
        assertEquals(List.of("Emil"), people.get("Ridwan Kamil").nicknames(), "the nickname is the host's, not the guest's");
        assertEquals(List.of(1, 2, 3), people.get("Ridwan Kamil").sentences().stream().map(Sentence::number).toList());
        assertEquals(List.of(1, 2, 4), people.get("Hasrul Edyar").sentences().stream().map(Sentence::number).toList());
        assertEquals(List.of(), people.get("Hasrul Edyar").nicknames());
    }

    @Test
    void anIslandNamedAmongCitiesIsFlagged() {
        Extraction found = extractor.extract("Aliansi itu beranggotakan empat kota: Kyoto, Yokohama, Kyushu, dan Toyota.",
            new ExtractOptions(null, "id", "x"));
        assertEquals(1, found.flags().size(), found.flags().toString());
        assertTrue(found.flags().get(0).contains("Kyushu is a place of type Island, not a city"), found.flags().get(0));
        StringWriter yaml = new StringWriter();
        new DraftWriter(found, extractor.known()).write(yaml, "t");
        assertTrue(yaml.toString().replaceAll("\\s+", " ").contains("To check: sentence 1 names Kyushu among cities"), yaml.toString());
    }

    @Test
    void theExtractorNeverWritesToTheStore() {
        long before = TestProject.dataStore().read(() -> TestProject.dataStore().dataset().stream().count());
        extractor.extract("Wali Kota Bandung Ridwan Kamil menerima kunjungan.", new ExtractOptions(null, "id", "x"));
        assertEquals(before, (long) TestProject.dataStore().read(() -> TestProject.dataStore().dataset().stream().count()));
    }
}
