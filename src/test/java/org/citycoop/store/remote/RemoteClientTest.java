package org.citycoop.store.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.query.QueryFactory;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * How requests to a remote store meet its failures, against a loopback HTTP server that answers as told: a store
 * that is busy for a while is asked again, one that refuses is not, and each ends in an error that says which.
 */
class RemoteClientTest {
    private static final String ROWS = "{\"head\":{\"vars\":[\"n\"]},\"results\":{\"bindings\":"
        + "[{\"n\":{\"type\":\"literal\",\"value\":\"1\"}}]}}";
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    /** Starts a server that answers {@code failures} requests with {@code status}, and every later one with a row. */
    private RemoteClient answering(int failures, int status) throws IOException {
        return answering(failures, status, "Service busy: try later");
    }

    private RemoteClient answering(int failures, int status, String failure) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sparql", exchange -> {
            exchange.getRequestBody().readAllBytes();
            boolean fail = requests.incrementAndGet() <= failures;
            byte[] body = (fail ? failure : ROWS).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", fail ? "text/plain" : "application/sparql-results+json");
            exchange.sendResponseHeaders(fail ? status : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
        return new RemoteClient(RemoteEndpoints.of(url, null, null), new Retries(3, 10, 40));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aBusyStoreIsAskedAgainUntilItAnswers() throws IOException {
        RemoteClient client = answering(2, 503);
        assertTrue(client.select(QueryFactory.create("SELECT ?n {}")).hasNext());
        assertEquals(3, requests.get());
    }

    @Test
    void aTransactionTheStoreGaveUpOnIsRunAgain() throws IOException {
        RemoteClient client = answering(2, 500, "Virtuoso 40001 Error SR172: Transaction deadlocked");
        assertTrue(client.select(QueryFactory.create("SELECT ?n {}")).hasNext());
        assertEquals(3, requests.get());
    }

    @Test
    void aStoreBusyForTooLongEndsInAnErrorSayingSo() throws IOException {
        RemoteClient client = answering(10, 503);
        CityCoopException error = assertThrows(CityCoopException.class,
            () -> client.select(QueryFactory.create("SELECT ?n {}")));
        assertEquals(ErrorId.REMOTE_UNREACHABLE, error.id());
        assertEquals(3, requests.get());
        assertTrue(error.getMessage().contains("after 3 attempt(s): HTTP 503"), error.getMessage());
    }

    @Test
    void aRefusalIsNotSentAgainAndSaysWhatTheStoreSaid() throws IOException {
        RemoteClient client = answering(10, 400);
        CityCoopException error = assertThrows(CityCoopException.class,
            () -> client.select(QueryFactory.create("SELECT ?n {}")));
        assertEquals(ErrorId.REMOTE_REFUSED, error.id());
        assertEquals(1, requests.get());
        assertTrue(error.getMessage().contains("HTTP 400 (Service busy: try later)"), error.getMessage());
    }

    @Test
    void aStoreThatWantsCredentialsSaysHowToGiveThem() throws IOException {
        RemoteClient client = answering(10, 403);
        CityCoopException error = assertThrows(CityCoopException.class,
            () -> client.select(QueryFactory.create("SELECT ?n {}")));
        assertTrue(error.getMessage().contains("--credentials FILE"), error.getMessage());
    }

    @Test
    void aUrlWithAPasswordInItIsRefused() {
        CityCoopException error = assertThrows(CityCoopException.class,
            () -> RemoteEndpoints.of("http://user:secret@127.0.0.1:3030/ds", null, null));
        assertEquals(ErrorId.BAD_OPTION, error.id());
        assertTrue(!error.getMessage().contains("secret"), error.getMessage());
    }
}
