package org.citycoop.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.citycoop.TestProject;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;

/**
 * The curated records cite the seed reports by character offsets instead of copying their text. This test finds
 * each report by its SHA-256 among the public seeds beside the project and checks that every excerpt is a whole
 * sentence and that every person is named (by name or nickname) in the excerpts cited for them.
 */
class ExcerptsMatchTheirSourcesTest {
    private static final String EXCERPTS = """
        PREFIX cc: <https://w3id.org/citycoop/ontology/>
        SELECT ?sha ?excerpt ?begin ?end WHERE {
          ?source cc:sha256 ?sha . ?excerpt cc:excerptOf ?source ; cc:beginIndex ?begin ; cc:endIndex ?end }
        """;
    private static final String PEOPLE = """
        PREFIX cc: <https://w3id.org/citycoop/ontology/>
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        SELECT ?sha ?name ?begin ?end (GROUP_CONCAT(?nick; separator="|") AS ?nicks) WHERE {
          ?person foaf:name ?name ; cc:statedIn ?excerpt .
          OPTIONAL { ?person foaf:nick ?nick }
          ?excerpt cc:excerptOf/cc:sha256 ?sha ; cc:beginIndex ?begin ; cc:endIndex ?end }
        GROUP BY ?sha ?name ?begin ?end
        """;

    @Test
    void everyExcerptIsASentenceOfItsSource() throws IOException {
        Map<String, String> texts = seedsByDigest();
        List<QuerySolution> rows = select(EXCERPTS);
        assertFalse(rows.isEmpty());
        for (QuerySolution row : rows) {
            String text = texts.get(row.getLiteral("sha").getLexicalForm());
            assertTrue(text != null, "no seed report has digest " + row.getLiteral("sha").getLexicalForm());
            String excerpt = slice(text, row.getLiteral("begin").getInt(), row.getLiteral("end").getInt());
            String where = row.getResource("excerpt").getURI();
            assertFalse(excerpt.contains("\n"), where + " spans paragraphs");
            assertTrue(Character.isUpperCase(excerpt.codePointAt(0)) || "“\"”".indexOf(excerpt.charAt(0)) >= 0,
                where + " does not start a sentence: " + excerpt);
            assertTrue(excerpt.matches("(?s).*[.)”\"a-z]$"), where + " does not end a sentence: " + excerpt);
        }
    }

    @Test
    void everyPersonIsNamedInTheExcerptsCitedForThem() throws IOException {
        Map<String, String> texts = seedsByDigest();
        List<QuerySolution> rows = select(PEOPLE);
        assertTrue(rows.size() >= 11, "people with evidence: " + rows.size());
        for (QuerySolution row : rows) {
            String text = texts.get(row.getLiteral("sha").getLexicalForm());
            String excerpt = slice(text, row.getLiteral("begin").getInt(), row.getLiteral("end").getInt());
            String name = row.getLiteral("name").getLexicalForm();
            String family = name.substring(name.lastIndexOf(' ') + 1);
            String nicks = row.contains("nicks") ? row.getLiteral("nicks").getLexicalForm() : "";
            List<String> nicknames = List.of(nicks.split("\\|"));
            boolean named = excerpt.contains(family) || nicknames.stream().anyMatch(n -> !n.isEmpty() && excerpt.contains(n));
            assertTrue(named, name + " (" + nicknames + ") is not in the excerpt cited: " + excerpt);
        }
    }

    private static String slice(String text, int begin, int end) {
        assertTrue(begin < end && end <= text.codePointCount(0, text.length()), "offsets " + begin + "-" + end);
        return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
    }

    private static List<QuerySolution> select(String query) {
        Store store = TestProject.dataStore();
        return store.read(() -> {
            try (QueryExecution exec = QueryExecution.dataset(store.asDataset()).query(query).build()) {
                ResultSet results = exec.execSelect();
                List<QuerySolution> rows = new java.util.ArrayList<>();
                // resolve every value inside the transaction: TDB2 bindings are read lazily
                results.forEachRemaining(row -> {
                    org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
                    row.varNames().forEachRemaining(var -> copy.add(var, row.get(var)));
                    rows.add(copy);
                });
                return rows;
            }
        });
    }

    private static Map<String, String> seedsByDigest() throws IOException {
        Path seeds = TestProject.shared().resolve("seeds");
        assertTrue(Files.isDirectory(seeds), "the public seed reports are expected at " + seeds);
        Map<String, String> texts = new HashMap<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                texts.put(org.citycoop.Sha256.of(bytes), new String(bytes, StandardCharsets.UTF_8));
            }
        }
        assertEquals(2, texts.size());
        return texts;
    }
}
