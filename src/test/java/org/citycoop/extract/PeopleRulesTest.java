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
}
