package org.citycoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.citycoop.TestProject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Places found by the shape of the words around their names, against a gazetteer written out here (one file of each
 * kind): each case in {@code extraction-places/cases.tsv} is a sentence and the places it names.
 */
class PlaceRulesTest {
    private static final Path CASES = TestProject.home().resolve("src/test/resources/extraction-places");

    @TestFactory
    Stream<DynamicTest> eachSentenceNamesItsPlaces() throws IOException {
        PlaceRules rules = new PlaceRules(TestGazetteer.names());
        return Files.readAllLines(CASES.resolve("cases.tsv"), StandardCharsets.UTF_8).stream()
            .filter(line -> !line.startsWith("#")).map(line -> {
                String[] parts = line.split("\t", -1);
                return DynamicTest.dynamicTest(parts[0], () -> assertEquals(parts[1], found(rules, parts[0])));
            });
    }

    private static String found(PlaceRules rules, String sentence) {
        Set<String> common = new java.util.HashSet<>();
        Lexicon.get().languages().values().forEach(common::addAll);
        return String.join("|", rules.find(sentence, common).stream().map(f -> f.written() + "=" + f.place().type()
            + ":" + f.place().codeField() + ":" + f.place().code()).toList());
    }
}
