package org.citycoop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.load.LoadReport;
import org.citycoop.load.Loader;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;

/** The documentation works when copied: record examples load, and every error id is explained. */
class DocsTest {
    private static final Pattern BLOCK = Pattern.compile("```(yaml|json|csv)\\n(.*?)```", Pattern.DOTALL);
    private static final Map<String, String> ENDINGS = Map.of("yaml", ".yaml", "json", ".json", "csv", ".csv");

    @Test
    void everyRecordExampleInRecordsMdLoads() throws IOException {
        String page = Files.readString(TestProject.home().resolve("docs/records.md"));
        Path folder = TestProject.tempDir("citycoop-docs");
        List<Path> files = new ArrayList<>();
        Matcher m = BLOCK.matcher(page);
        while (m.find()) {
            Path file = folder.resolve("records-md-example-" + (files.size() + 1) + ENDINGS.get(m.group(1)));
            Files.writeString(file, m.group(2));
            files.add(file);
        }
        assertEquals(7, files.size(), "examples: one YAML, one JSON and five CSV tables");
        Store store = Store.open(TestProject.tempDir("citycoop-docs-store"));
        Loader.builder().store(store).build().load(List.of(TestProject.data()));
        LoadReport report = Loader.builder().store(store).trial(true).build().load(files);
        assertEquals(files.size(), report.sources().size());
        assertTrue(report.sources().stream().allMatch(s -> s.triples() > 0));
    }

    /**
     * The weekday query of docs/ontology.md answers with exactly the day-precision events that java.time puts on a
     * Friday.
     */
    @Test
    void theWeekdayQueryOfOntologyMdFindsTheFridays() throws IOException {
        String page = Files.readString(TestProject.home().resolve("docs/ontology.md"));
        Matcher block = Pattern.compile("```sparql\n(.*?)```", Pattern.DOTALL).matcher(page);
        assertTrue(block.find(), "docs/ontology.md has a SPARQL example");
        Store store = TestProject.dataStore();
        Set<String> found = new TreeSet<>();
        Set<String> fridays = new TreeSet<>();
        store.read(() -> {
            try (QueryExecution exec = QueryExecution.dataset(store.curatedDataset()).query(block.group(1)).build()) {
                exec.execSelect().forEachRemaining(row -> found.add(row.getResource("event").getURI()));
            }
            store.curated().stream(Node.ANY, Node.ANY,
                CC.datePrecision, NodeFactory.createURI(
                    CC.BASE + "precision/day")).forEach(q -> store.curated().stream(
                        Node.ANY, q.getSubject(), CC.earliest,
                        Node.ANY).findFirst().ifPresent(day -> {
                            if (LocalDate.parse(day.getObject().getLiteralLexicalForm()).getDayOfWeek()
                                    == DayOfWeek.FRIDAY && isEvent(store, q.getSubject())) {
                                fridays.add(q.getSubject().getURI());
                            }
                        }));
            return null;
        });
        assertFalse(fridays.isEmpty(), "the data has an event on a Friday (the Simeulue visit, 10 February 2017)");
        assertEquals(fridays, found);
    }

    private static boolean isEvent(Store store, Node thing) {
        return store.curated().contains(Node.ANY, thing, Vocab.RDF_TYPE,
            CC.Event);
    }

    @Test
    void everyErrorIdIsExplainedInErrorsMd() throws IOException {
        String page = Files.readString(TestProject.home().resolve("docs/errors.md"));
        for (ErrorId id : ErrorId.values()) {
            assertTrue(page.contains("\n## " + id.code() + "\n"), "docs/errors.md lacks a section for " + id.code());
        }
        Matcher headings = Pattern.compile("\n## (CC\\d+)\n").matcher(page);
        int count = 0;
        while (headings.find()) {
            count++;
        }
        assertEquals(ErrorId.values().length, count, "docs/errors.md explains ids the code does not have");
    }
}
