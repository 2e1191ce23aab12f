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
 * all the answers; "includes": they are among them), a header naming the columns checked, and the rows.
 * Cells that hold lists (GROUP_CONCAT) are compared with their items sorted.
 */
class CompetencyQuestionsTest {

    @TestFactory
    Stream<DynamicTest> everyQueryAnswersItsCompetencyQuestion() throws IOException {
        List<Path> queries;
        try (Stream<Path> list = Files.list(TestProject.queries())) {
            queries = list.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertEquals(13, queries.size());
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

        Set<List<String>> actual = run(queryFile, columns);
        if (exact) {
            assertEquals(expected, actual, queryFile.getFileName() + " answers");
        } else {
            Set<List<String>> missing = new LinkedHashSet<>(expected);
            missing.removeAll(actual);
            assertTrue(missing.isEmpty(), () -> queryFile.getFileName() + " lacks " + missing + "\nit answered " + actual);
        }
    }

    private static Set<List<String>> run(Path queryFile, List<String> columns) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        String template = Files.readString(queryFile);
        new QueryRunner(TestProject.dataStore()).run(QueryParameters.of(template).bind(java.util.Map.of()),
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

    /** Sorts the items of list cells ("a, b") so that GROUP_CONCAT order does not matter. */
    private static List<String> normalise(List<String> row) {
        return row.stream().map(cell -> cell.contains(", ") && !cell.contains("(")
            ? Arrays.stream(cell.split(", ")).sorted().collect(Collectors.joining(", ")) : cell).toList();
    }
}
