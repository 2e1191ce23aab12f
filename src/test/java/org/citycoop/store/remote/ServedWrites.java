package org.citycoop.store.remote;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Requests to a CityCoop server on a loopback port: SPARQL ASK, and the admin's updates and Graph Store PUTs. */
final class ServedWrites {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String base;
    private final String authorization;

    ServedWrites(int port, String userAndPassword) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    boolean ask(String query) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/ds/sparql?query="
            + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json"));
        if (answer.statusCode() != 200 || !answer.body().contains("\"boolean\"")) {
            throw new IllegalStateException("ASK answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body().contains("true");
    }

    HttpResponse<String> update(String update, boolean authorised) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/ds/update"))
            .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
        return send(authorised ? request.header("Authorization", authorization) : request);
    }

    HttpResponse<String> put(String graph, String turtle) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + "/ds/data?graph=" + URLEncoder.encode(graph,
            StandardCharsets.UTF_8))).header("Authorization", authorization).header("Content-Type", "text/turtle")
            .PUT(HttpRequest.BodyPublishers.ofString(turtle)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }
}
