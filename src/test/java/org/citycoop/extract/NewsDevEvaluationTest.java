package org.citycoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.citycoop.TestProject;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the twenty real reports of {@code ../shared/news-dev}, which its rules were not written from,
 * against their hand-made gold, with the real gazetteers: no report ends in an error, and persons with posts, places,
 * dates, agreements with their type and cooperation links each reach precision 0.90 and recall 0.85; organisations
 * keep what the rules reach (0.70 and 0.35).
 */
class NewsDevEvaluationTest {
    private static final Path NEWS = TestProject.shared().resolve("news-dev");
    private static final Path GAZETTEERS = TestProject.shared().resolve("data/gazetteer");

    @Test
    void everyKindReachesItsFiguresOnReportsTheRulesWereNotWrittenFrom() throws IOException {
        GazetteerNames names = GazetteerNames.read(List.of(GAZETTEERS.resolve("world/geonames-cities1000.csv"),
            GAZETTEERS.resolve("indonesia/provinces.csv"), GAZETTEERS.resolve("indonesia/regencies.csv"),
            GAZETTEERS.resolve("japan/prefjp-utf8.csv"), GAZETTEERS.resolve("japan/localgovjp-utf8.csv")));
        KnownThings known = KnownThings.of(TestProject.dataStore());
        Extractor extractor = new Extractor(known, names);
        Map<String, GoldReport> gold = GoldReport.readAll(NEWS.resolve("gold.json"));
        GoldEvaluation evaluation = new GoldEvaluation(known);
        List<Path> reports;
        try (Stream<Path> files = Files.list(NEWS.resolve("articles"))) {
            reports = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path report : reports) {
            GoldReport entry = gold.get(report.getFileName().toString().replace(".txt", ""));
            LocalDate date = entry.date() != null && entry.date().length() == 10 ? LocalDate.parse(entry.date()) : null;
            evaluation.add(extractor.extract(ReportText.read(report).text(), new ExtractOptions(date, null,
                "extracted-" + entry.key())), entry);
        }
        assertEquals(20, reports.size());
        for (GoldEvaluation.Kind kind : List.of(GoldEvaluation.Kind.PERSONS, GoldEvaluation.Kind.PLACES,
                GoldEvaluation.Kind.DATES, GoldEvaluation.Kind.AGREEMENTS, GoldEvaluation.Kind.LINKS)) {
            Evaluation.Score score = evaluation.scores().get(kind);
            assertTrue(score.precision() >= 0.90 && score.recall() >= 0.85, String.format("%s: precision %.3f, recall %.3f; %s",
                kind.label(), score.precision(), score.recall(), score.errors()));
        }
        Evaluation.Score organisations = evaluation.scores().get(GoldEvaluation.Kind.ORGANISATIONS);
        assertTrue(organisations.precision() >= 0.70 && organisations.recall() >= 0.35, organisations.errors().toString());
    }
}
