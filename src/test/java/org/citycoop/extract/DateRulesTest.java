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

    @org.junit.jupiter.api.Test
    void aReportThatBeginsWithItsLinkIsDatedByThePathOfTheLink() {
        org.junit.jupiter.api.Assertions.assertEquals(new LinkDate(LocalDate.parse("2025-07-24"), 2025),
            LinkDate.of("https://news.example.org/2025/07/24/kota-jajaki-kerja-sama/\nJudul"));
        org.junit.jupiter.api.Assertions.assertEquals(new LinkDate(LocalDate.parse("2020-01-14"), 2020),
            LinkDate.of("https://example.co/metropolis/kota/14/01/2020/20195/jajaki/amp\nJudul"));
        org.junit.jupiter.api.Assertions.assertEquals(new LinkDate(null, 2019),
            LinkDate.of("http://www.example.com/2019/11/deputy-mayor-visits.html\nTitle"));
        org.junit.jupiter.api.Assertions.assertEquals(LinkDate.NONE, LinkDate.of("Judul\nhttps://example.org/2019/11/x"),
            "a link that does not open the report dates nothing");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("2025-12-22"), new DateRules(null, 2025)
            .find("Kesepakatan itu ditandatangani kedua wali kota, Senin (22/12).").stream().map(DateMention::value).toList(),
            "a day without its year takes the link's year");
    }
}
