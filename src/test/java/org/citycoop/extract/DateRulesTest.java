package org.citycoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.citycoop.TestProject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The date rules, as data: src/test/resources/extraction/dates.tsv, one sentence in, its dates out. */
class DateRulesTest {

    @TestFactory
    Stream<DynamicTest> eachSentenceGivesItsDates() throws IOException {
        List<String> lines = Files.readAllLines(TestProject.home().resolve("src/test/resources/extraction/dates.tsv"))
            .stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        return lines.stream().map(line -> DynamicTest.dynamicTest(line.split("\t")[1], () -> {
            String[] cells = line.split("\t", -1);
            List<DateMention> found = new DateRules(LocalDate.parse(cells[0])).find(cells[1]);
            String actual = found.stream().map(d -> d.value() + "|" + d.precision() + "|"
                + (d.qualifier() == null ? "-" : d.qualifier())).collect(Collectors.joining(";"));
            assertEquals(cells[2], actual);
        }));
    }

    @org.junit.jupiter.api.Test
    void anImpossibleDayIsAWarningOnItsMentionNotACrash() {
        DateRules rules = new DateRules(LocalDate.parse("2017-03-01"));
        List<DateMention> found = rules.find("Kunjungan pada 31 Februari 2017 dan Senin (30/2) batal; rapat 10 Februari 2017.");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("2017-02-10"), found.stream().map(DateMention::value).toList());
        org.junit.jupiter.api.Assertions.assertEquals(2, rules.warnings().size(), rules.warnings().toString());
        org.junit.jupiter.api.Assertions.assertTrue(rules.warnings().get(0).contains("31 Februari 2017"), rules.warnings().toString());
    }

    @org.junit.jupiter.api.Test
    void withoutTheArticlesDateAYearAfterANameDatesTheDaysThatFollow() {
        DateRules rules = new DateRules(null);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("2023-07-16"), rules.find(
            "Acara dilanjutkan Festival Tari Kota 2023 di taman kota pada Minggu (16/7) malam.").stream()
            .map(DateMention::value).toList());
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), new DateRules(null).find(
            "Sebanyak 2000 peserta hadir pada Minggu (16/7) malam.").stream().map(DateMention::value).toList(),
            "a number before a word is no year");
    }
}
