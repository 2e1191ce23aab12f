package org.citycoop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.citycoop.TestProject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every query of queries/ against a store loaded from data/ and checks the answers that DESIGN.md
 * gives, kept as data in src/test/resources/competency/&lt;query&gt;.tsv: a mode line ("exact": the rows are
 * all the answers; "includes": they are among them), a header naming the columns checked, and the rows. A line
 * "# store: twin-towns" runs the query over {@link TestProject#twinTownStore()} instead of data/ alone; lines
 * "# bind: name=value" give parameters values other than their defaults.
 * Cells that hold lists (GROUP_CONCAT) are compared with their items sorted.
 */
class CompetencyQuestionsTest {

    @TestFactory
    Stream<DynamicTest> everyQueryAnswersItsCompetencyQuestion() throws IOException {
        List<Path> queries;
        try (Stream<Path> list = Files.list(TestProject.queries())) {
            queries = list.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(queries.size() >= 38, "the competency questions and at least 25 analysts' queries: " + queries.size());
        return queries.stream().map(query -> DynamicTest.dynamicTest(query.getFileName().toString(), () -> check(query)));
    }

    private static void check(Path queryFile) throws IOException {
        String name = queryFile.getFileName().toString().replace(".rq", ".tsv");
        Path expectedFile = TestProject.home().resolve("src/test/resources/competency").resolve(name);
        assertTrue(Files.exists(expectedFile), "no expected answers in " + expectedFile);
        List<String> lines = Files.readAllLines(expectedFile);
        boolean exact = lines.stream().anyMatch(l -> l.equals("# mode: exact"));
        List<String> content = lines.stream().filter(l -> !l.startsWith("#")).toList();
        List<String> columns = List.of(content.get(0).split("\t", -1));
        Set<List<String>> expected = content.stream().skip(1).map(l -> normalise(List.of(l.split("\t", -1))))
            .collect(Collectors.toCollection(LinkedHashSet::new));

        boolean twinTowns = lines.stream().anyMatch(l -> l.equals("# store: twin-towns"));
        Set<List<String>> actual = run(queryFile, columns, twinTowns ? TestProject.twinTownStore() : TestProject.dataStore());
        if (exact) {
            assertEquals(expected, actual, queryFile.getFileName() + " answers");
        } else {
            Set<List<String>> missing = new LinkedHashSet<>(expected);
            missing.removeAll(actual);
            assertTrue(missing.isEmpty(), () -> queryFile.getFileName() + " lacks " + missing + "\nit answered " + actual);
        }
    }

    /** The values the expected answers were given for ("# bind: name=value" lines); the rest keep their defaults. */
    private static java.util.Map<String, String> bindings(Path queryFile) throws IOException {
        Path expected = TestProject.home().resolve("src/test/resources/competency")
            .resolve(queryFile.getFileName().toString().replace(".rq", ".tsv"));
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String line : Files.readAllLines(expected)) {
            if (line.startsWith("# bind: ")) {
                String binding = line.substring("# bind: ".length());
                values.put(binding.substring(0, binding.indexOf('=')), binding.substring(binding.indexOf('=') + 1));
            }
        }
        return values;
    }

    private static Set<List<String>> run(Path queryFile, List<String> columns, org.citycoop.store.Store store)
            throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        String template = Files.readString(queryFile);
        new QueryRunner(store).run(QueryParameters.of(template).bind(bindings(queryFile)),
            queryFile.toString(),
            ResultFormat.JSON, json);
        ResultSet results = org.apache.jena.riot.ResultSetMgr.read(new ByteArrayInputStream(json.toByteArray()), ResultSetLang.RS_JSON);
        Set<List<String>> rows = new LinkedHashSet<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                assertTrue(results.getResultVars().contains(column), "the query has no column ?" + column);
                row.add(text(solution.get(column)));
            }
            rows.add(normalise(row));
        }
        return rows;
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    /** Sorts the items of list cells ("a, b" or "a | b") so that GROUP_CONCAT order does not matter. */
    private static List<String> normalise(List<String> row) {
        return row.stream().map(cell -> cell.contains(" | ")
            ? Arrays.stream(cell.split(" \\| ")).sorted().collect(Collectors.joining(" | "))
            : cell.contains(", ") && !cell.contains("(")
            ? Arrays.stream(cell.split(", ")).sorted().collect(Collectors.joining(", ")) : cell).toList();
    }
}
