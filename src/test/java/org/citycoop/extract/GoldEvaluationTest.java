package org.citycoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.TestProject;
import org.citycoop.extract.Statement.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A draft written out here, compared by name with a gold entry written out here: each gold fact is matched once,
 * by the names the store knows for a drafted key; what is left over is wrong or missed.
 */
class GoldEvaluationTest {
    private static final Sentence SENTENCE = new Sentence(1, 1, 0, 1, "x");
    private static GoldEvaluation evaluation;

    @BeforeAll
    static void evaluate() {
        evaluation = new GoldEvaluation(KnownThings.of(TestProject.dataStore()));
        Map<String, String> persons = new LinkedHashMap<>();
        persons.put("Yana Mulyana", "Wali Kota Bandung");
        persons.put("Yusuke Nakano", "Wali Kota Hamamatsu");
        GoldReport gold = new GoldReport("t1", "2019-06-03", persons, List.of("Bandung", "Kōchi"),
            List.of("2014-12-19", "2019-06"), List.of("MoU", "LoI", "MoU"), List.of(List.of("Bandung", "Suwon")),
            List.of("KJRI Osaka"));
        List<Statement> statements = new ArrayList<>();
        statements.add(new Statement(Kind.PLACE, "bandung", 1, SENTENCE));
        statements.add(new Statement(Kind.PLACE, "japan", 1, SENTENCE));
        statements.add(new Statement(Kind.PLACE, "toyota", 1, SENTENCE));
        statements.add(new Statement(Kind.EVENT_DATE, "Signing|2014-12-19|day", 1, SENTENCE));
        statements.add(new Statement(Kind.EVENT_DATE, "Visit|2014-12-19|day", 1, SENTENCE));
        statements.add(new Statement(Kind.AGREEMENT_STATUS, "MemorandumOfUnderstanding|signed", 1, SENTENCE));
        statements.add(new Statement(Kind.AGREEMENT_STATUS, "MemorandumOfUnderstanding|planned", 1, SENTENCE));
        statements.add(new Statement(Kind.COOPERATION, "bandung|suwon", 1, SENTENCE));
        statements.add(new Statement(Kind.ORGANISATION, "new:Consulate:KJRI Osaka", 1, SENTENCE));
        List<PersonPost> people = List.of(
            new PersonPost("Yana Mulyana", List.of("H."), List.of(), "Wali Kota Bandung", false, null, SENTENCE),
            new PersonPost("Ema Sumarna", List.of(), List.of(), "Sekretaris Daerah", false, null, SENTENCE));
        evaluation.add(new Extraction(Document.of("x"), "id", null, "t1", people, statements, List.of(), List.of(),
            List.of()),
            gold);
    }

    private static String counts(GoldEvaluation.Kind kind) {
        Evaluation.Score score = evaluation.scores().get(kind);
        return score.truePositives() + "/" + score.falsePositives() + "/" + score.falseNegatives();
    }

    @Test
    void eachKindCountsHitsWrongFactsAndMisses() {
        assertEquals("1/1/1", counts(GoldEvaluation.Kind.PERSONS), "Yana Mulyana right, Ema Sumarna not in the gold");
        assertEquals("1/1/1", counts(GoldEvaluation.Kind.PLACES), "Bandung by its name, Toyota not in the gold, Kōchi missed; "
            + "Japan a country, which the gold leaves out");
        assertEquals("1/0/1", counts(GoldEvaluation.Kind.DATES), "one date of two events is one date");
        assertEquals("1/0/1", counts(GoldEvaluation.Kind.AGREEMENTS), "an MoU named twice by each side is one kind");
        assertEquals("1/0/0", counts(GoldEvaluation.Kind.LINKS), "a pair is a pair in either order");
        assertEquals("1/0/0", counts(GoldEvaluation.Kind.ORGANISATIONS));
        assertTrue(evaluation.scores().get(GoldEvaluation.Kind.PLACES).errors()
            .containsAll(List.of("report t1: - Kōchi", "report t1: + toyota")));
    }

    @Test
    void aGoldFileIsReadWithEveryEntryAndAWrongValueIsReportedWhereItIs() {
        Map<String, GoldReport> gold = GoldReport.readAll(TestProject.shared().resolve("news-dev/gold.json"));
        assertEquals(20, gold.size(), "the notes are not reports");
        assertEquals("Wali Kota Surabaya", gold.get("01").persons().get("Eri Cahyadi"));
        InputException bad = assertThrows(InputException.class, () -> GoldReport.readAll(TestProject.home()
            .resolve("src/test/resources/extraction-gold/bad-link.json")));
        assertEquals(ErrorId.BAD_VALUE, bad.id());
        assertTrue(bad.getMessage().contains("bad-link.json:4:15"), bad.getMessage());
        assertTrue(bad.getMessage().contains("a link of 3 places"), bad.getMessage());
    }
}
