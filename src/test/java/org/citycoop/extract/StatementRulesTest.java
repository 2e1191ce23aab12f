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

/** The rules for places, organisations, events, agreements, cooperation and topics, as data (statements.tsv). */
class StatementRulesTest {

    @TestFactory
    Stream<DynamicTest> eachSentenceGivesItsStatements() throws IOException {
        Extractor extractor = new Extractor(KnownThings.of(TestProject.dataStore()));
        List<String> lines = Files.readAllLines(TestProject.home().resolve("src/test/resources/extraction/statements.tsv"))
            .stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        return lines.stream().map(line -> DynamicTest.dynamicTest(line.split("\t")[1] + ": " + line.split("\t")[0], () -> {
            String[] cells = line.split("\t", -1);
            String language = Document.of(cells[0]).detectLanguage().orElse("id");
            Extraction found = extractor.extract(cells[0], new ExtractOptions(LocalDate.of(2017, 6, 1), language, "t"));
            String actual = found.statements().stream().filter(s -> s.kind().label().equals(cells[1]))
                .map(Statement::key).distinct().collect(Collectors.joining(";"));
            assertEquals(cells[2], actual);
        }));
    }

    /** Places the gazetteer here lists, and the cooperation between them: extraction-places/statements.tsv. */
    @TestFactory
    Stream<DynamicTest> placesOfTheGazetteersAndTheirCooperation() throws IOException {
        java.nio.file.Path cases = TestProject.home().resolve("src/test/resources/extraction-places");
        Extractor extractor = new Extractor(KnownThings.of(TestProject.dataStore()), TestGazetteer.names());
        return Files.readAllLines(cases.resolve("statements.tsv")).stream().filter(l -> !l.startsWith("#"))
            .map(line -> DynamicTest.dynamicTest(line.split("\t")[1] + ": " + line.split("\t")[0], () -> {
                String[] cells = line.split("\t", -1);
                String language = Document.of(cells[0]).detectLanguage().orElse("id");
                Extraction found = extractor.extract(cells[0], new ExtractOptions(LocalDate.of(2017, 6, 1), language, "t"));
                assertEquals(cells[2], found.statements().stream().filter(s -> s.kind().label().equals(cells[1]))
                    .map(Statement::key).distinct().collect(Collectors.joining(";")));
            }));
    }
}
