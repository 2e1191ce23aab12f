package org.citycoop.store.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** A remote SPARQL store a test runs as a process of its own on loopback ports, with a user allowed to write. */
abstract class RemoteStoreProcess implements AutoCloseable {
    static final String USER = "citycoop";
    final String password = UUID.randomUUID().toString();
    Process process;

    /** The store's endpoints when reached on {@code port} (its own, or a proxy's in front of it). */
    abstract RemoteEndpoints endpoints(int port);

    /** The port the store answers HTTP on. */
    abstract int httpPort();

    RemoteEndpoints endpoints() {
        return endpoints(httpPort());
    }

    RemoteCredentials credentials() {
        return new RemoteCredentials(USER, password);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the store's process with the test's JVM too, should the test not get to close it. */
    void endWithTheJvm() {
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> started.destroyForcibly(), "stop-remote-store"));
    }

    /** Waits until a GET of {@code url} answers 200, failing the test if it does not within two minutes. */
    void awaitAnswer(String url) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the store's process ended with " + process.exitValue());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the store did not answer " + url + " within two minutes");
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
