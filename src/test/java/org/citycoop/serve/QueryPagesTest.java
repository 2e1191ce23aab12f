package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.citycoop.TestProject;
import org.citycoop.query.QueryFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code /queries}: the query library with a form per query and its answer as an HTML table. */
class QueryPagesTest {
    private static ServerFixture fixture;

    @BeforeAll
    static void serve() {
        fixture = ServerFixture.over(TestProject.twinTownStore(), ServerConfig.builder());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    static Stream<Path> queries() {
        return QueryFiles.in(TestProject.queries()).stream();
    }

    private static String page(String path) {
        HttpResponse<byte[]> response = fixture.get(path, "Accept", "text/html");
        assertEquals(200, response.statusCode(), path + ": " + ServerFixture.text(response));
        return ServerFixture.text(response);
    }

    @Test
    void theIndexLinksEveryQueryToItsPage() {
        String index = page("/queries");
        queries().forEach(q -> assertTrue(index.contains("href=\"/queries/" + q.getFileName().toString()
            .replace(".rq", "") + "\""), q.toString()));
        assertTrue(index.contains("The places a city cooperates with"), "descriptions are shown");
    }

    @Test
    void aQueryRunsWithTheValuesOfItsForm() {
        String answer = page("/queries/partners-of?city=Bandung&run=1");
        assertTrue(answer.contains("<input name=\"city\" value=\"Bandung\">"), answer);
        assertTrue(answer.contains("<table class=\"results\">"), answer);
        assertTrue(answer.contains("<td>Braunschweig") && answer.contains("<td>Toyota"), answer);
        assertTrue(answer.contains("<a href=\"/page/id/"), "places link to their pages");
        String other = page("/queries/partners-of?city=Braunschweig&run=1");
        assertTrue(other.contains("<td>Bandung"), other);
        assertFalse(page("/queries/partners-of").contains("<table class=\"results\">"), "it runs only when asked");
    }

    @Test
    void aHostileValueIsOneLiteralAndIsShownEscaped() {
        String hostile = "x\") } ; DROP ALL ; SELECT * { ?s ?p ?o } #<script>alert(1)</script>";
        String answer = page("/queries/partners-of?run=1&city=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
        assertTrue(answer.contains("<p class=\"count\">0 rows"), answer);
        assertFalse(answer.contains("<script>alert"), answer);
        assertTrue(answer.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), answer);
    }

    @Test
    void aBadValueOrAnUndeclaredParameterIsABadRequestThatSaysWhy() {
        HttpResponse<byte[]> kind = fixture.get("/queries/events-in-year?run=1&year=soon", "Accept", "text/html");
        assertEquals(400, kind.statusCode());
        assertTrue(ServerFixture.text(kind).contains("parameter year is &#39;soon&#39;, expected a whole number"),
            ServerFixture.text(kind));
        HttpResponse<byte[]> unknown = fixture.get("/queries/partners-of?run=1&town=Bandung", "Accept", "text/html");
        assertEquals(400, unknown.statusCode());
        assertTrue(ServerFixture.text(unknown).contains("parameter town: the query declares no such parameter"));
        assertEquals(404, fixture.get("/queries/no-such-query").statusCode());
    }

    @ParameterizedTest
    @MethodSource("queries")
    void everyQueryRunsFromItsPage(Path query) {
        String name = query.getFileName().toString().replace(".rq", "");
        String answer = page("/queries/" + name + "?run=1");
        assertTrue(answer.contains("<h2>Answer</h2>"), answer);
        assertTrue(answer.contains("<table class=\"results\">") || answer.contains("class=\"answer\""), answer);
    }
}
