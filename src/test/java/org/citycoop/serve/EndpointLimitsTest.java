package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

/**
 * The public endpoint's limits on a real server: no server-side requests unless the operator allows the endpoint,
 * a size limit checked before parsing, forms Jetty refuses answered 400, and answers that are complete or an error.
 */
class EndpointLimitsTest {
    private static ServerFixture fixture;
    /** A SPARQL endpoint on loopback that counts the requests it gets, standing for any address the server can reach. */
    private static HttpServer remote;
    private static final AtomicInteger REMOTE_REQUESTS = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        fixture = new ServerFixture(ServerConfig.builder());
        remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        remote.createContext("/sparql", exchange -> {
            REMOTE_REQUESTS.incrementAndGet();
            byte[] body = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"remote\"}}]}}"
                .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        remote.start();
    }

    @AfterAll
    static void stop() {
        remote.stop(0);
        fixture.close();
    }

    private static String remoteUrl() {
        return "http://127.0.0.1:" + remote.getAddress().getPort() + "/sparql";
    }

    private static HttpResponse<byte[]> query(ServerFixture server, String query) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url("/ds/sparql"))).timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * { SERVICE <%s> { ?x ?y ?z } }",
        "SELECT * { { SELECT ?x { SERVICE <%s> { ?x ?y ?z } } } }",
        "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <%s> { ?x ?y ?z } } } LIMIT 1",
        "SELECT ?s { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <%s> { ?x ?y ?z } }) LIMIT 1",
        "SELECT * { VALUES ?e { <%s> } SERVICE ?e { ?x ?y ?z } }",
        "ASK { SERVICE SILENT <%s> { ?x ?y ?z } }",
        "CONSTRUCT { ?x ?y ?z } WHERE { SERVICE <%s> { ?x ?y ?z } }"})
    void aFederatedQueryIsRefusedAndTheServerFetchesNothing(String template) {
        int before = REMOTE_REQUESTS.get();
        HttpResponse<byte[]> response = query(fixture, template.formatted(remoteUrl()));
        assertEquals(before, REMOTE_REQUESTS.get(), "the server sent a request to " + remoteUrl());
        assertTrue(response.statusCode() >= 400 || !ServerFixture.text(response).contains("remote"), ServerFixture.text(response));
        if (!template.contains("ORDER BY") && !template.contains("SILENT")) {
            assertEquals(400, response.statusCode(), ServerFixture.text(response));
            assertTrue(ServerFixture.text(response).contains("Federated queries are off"), ServerFixture.text(response));
        }
    }

    @Test
    void anOperatorMayAllowNamedEndpoints() {
        try (ServerFixture allowing = ServerFixture.over(fixture.store,
                ServerConfig.builder().allowService(remoteUrl()))) {
            int before = REMOTE_REQUESTS.get();
            HttpResponse<byte[]> allowed = query(allowing, "SELECT ?x { SERVICE <" + remoteUrl() + "> { ?x ?y ?z } }");
            assertEquals(200, allowed.statusCode(), ServerFixture.text(allowed));
            assertTrue(ServerFixture.text(allowed).contains("remote"));
            assertEquals(before + 1, REMOTE_REQUESTS.get());
            String other = "http://127.0.0.1:" + remote.getAddress().getPort() + "/other";
            HttpResponse<byte[]> refused = query(allowing, "SELECT * { SERVICE <" + other + "> { ?x ?y ?z } }");
            assertEquals(400, refused.statusCode());
            assertTrue(ServerFixture.text(refused).contains("not an allowed endpoint"), ServerFixture.text(refused));
        }
    }

    @Test
    void aFormWithTooManyParametersIs400() {
        StringBuilder form = new StringBuilder("query=").append(URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        for (int i = 0; i < 200_000; i++) {
            form.append("&p").append(i).append("=1");
        }
        HttpResponse<byte[]> response = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/ds/sparql")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
        assertEquals(400, response.statusCode(), ServerFixture.text(response));
        assertTrue(ServerFixture.text(response).contains("too many"), ServerFixture.text(response));
    }

    @Test
    void aQueryLongerThanTheLimitIsRefusedBeforeParsing() {
        String huge = "SELECT * { " + "?s ?p ?o . ".repeat(QueryLimits.DEFAULT.maxQueryBytes() / 10) + "}";
        HttpResponse<byte[]> asBody = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/ds/sparql")))
            .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(huge)).build());
        assertEquals(400, asBody.statusCode());
        assertTrue(ServerFixture.text(asBody).contains("too long"), ServerFixture.text(asBody));
        HttpResponse<byte[]> asForm = query(fixture, huge);
        assertEquals(400, asForm.statusCode());
        assertTrue(ServerFixture.text(asForm).contains("too long"), ServerFixture.text(asForm));
    }

    @Test
    void aSelectCutByTheTimeoutIsAnErrorNotPartOfTheRows() {
        try (ServerFixture slow = ServerFixture.over(fixture.store, ServerConfig.builder().queryTimeout(Duration.ofSeconds(1))
                .limits(new QueryLimits(QueryLimits.DEFAULT.maxQueryBytes(), 10_000_000)))) {
            String query = "SELECT ?c ?f { ?a ?b ?c . ?d ?e ?f FILTER(STRLEN(STR(?c)) + STRLEN(STR(?f)) = 13) }";
            HttpResponse<byte[]> response = query(slow, query);
            assertEquals(503, response.statusCode(), "status " + response.statusCode() + ", "
                + response.body().length + " bytes");
            assertTrue(ServerFixture.text(response).contains("timed out"), ServerFixture.text(response));
        }
    }

    @Test
    void aSelectWithMoreRowsThanTheLimitIsRefusedNotCut() {
        try (ServerFixture small = ServerFixture.over(fixture.store, ServerConfig.builder()
                .limits(new QueryLimits(QueryLimits.DEFAULT.maxQueryBytes(), 10)))) {
            HttpResponse<byte[]> tooMany = query(small, "SELECT * { ?s ?p ?o }");
            assertEquals(400, tooMany.statusCode());
            assertTrue(ServerFixture.text(tooMany).contains("more than 10 rows"), ServerFixture.text(tooMany));
            assertEquals(200, query(small, "SELECT * { ?s ?p ?o } LIMIT 10").statusCode());
        }
    }
}
