package org.citycoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.citycoop.TestProject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The people rules, as data: src/test/resources/extraction/people.tsv, one sentence in, its people and posts out. */
class PeopleRulesTest {

    @TestFactory
    Stream<DynamicTest> eachSentenceGivesItsPeopleAndPosts() throws IOException {
        PeopleRules rules = new PeopleRules(KnownThings.of(TestProject.dataStore()));
        List<String> lines = Files.readAllLines(TestProject.home().resolve("src/test/resources/extraction/people.tsv"))
            .stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        return lines.stream().map(line -> DynamicTest.dynamicTest(line.split("\t")[0], () -> {
            String[] cells = line.split("\t", -1);
            Sentence sentence = new Sentence(1, 1, 0, cells[0].length(), cells[0]);
            String actual = rules.find(sentence).stream().map(p -> p.name() + "|" + p.title() + "|" + p.acting() + "|"
                + (p.postKey() == null ? "-" : p.postKey())).collect(Collectors.joining(";"));
            assertEquals(cells[1], actual);
        }));
    }

    /** Posts that end at a place only a gazetteer lists: extraction-places/people.tsv. */
    @TestFactory
    Stream<DynamicTest> postsEndAtPlacesOfTheGazetteers() throws IOException {
        java.nio.file.Path cases = TestProject.home().resolve("src/test/resources/extraction-places");
        PlaceRules places = new PlaceRules(TestGazetteer.names());
        PeopleRules rules = new PeopleRules(KnownThings.of(TestProject.dataStore()));
        java.util.Set<String> common = new java.util.HashSet<>();
        Lexicon.get().languages().values().forEach(common::addAll);
        return Files.readAllLines(cases.resolve("people.tsv")).stream().filter(l -> !l.startsWith("#"))
            .map(line -> DynamicTest.dynamicTest(line.split("\t")[0], () -> {
                String[] cells = line.split("\t", -1);
                Sentence sentence = new Sentence(1, 1, 0, cells[0].length(), cells[0]);
                String actual = rules.find(sentence, places.find(cells[0], common), common).stream().map(p -> p.name() + "|"
                    + p.title() + "|" + p.acting() + "|" + (p.postKey() == null ? "-" : p.postKey()))
                    .collect(Collectors.joining(";"));
                assertEquals(cells[1], actual);
            }));
    }
}
