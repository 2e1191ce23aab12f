package org.citycoop.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.citycoop.TestProject;
import org.citycoop.load.Loader;
import org.citycoop.store.Store;

/** A real server on a free loopback port over its own store loaded from data/, and an HTTP client for it. */
final class ServerFixture implements AutoCloseable {
    final Store store;
    final CityCoopServer server;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();

    /** Where the server writes backups. */
    final Path backups = TestProject.tempDir("citycoop-backups");
    private final boolean ownsStore;

    ServerFixture(ServerConfig.Builder config) {
        this(loaded(), config, true);
    }

    private ServerFixture(Store store, ServerConfig.Builder config, boolean ownsStore) {
        this.store = store;
        this.ownsStore = ownsStore;
        server = CityCoopServer.start(store, config.port(0).queries(TestProject.queries())
            .backups(backups).build());
    }

    /** A second server over a store another fixture owns. */
    static ServerFixture over(Store store, ServerConfig.Builder config) {
        return new ServerFixture(store, config, false);
    }

    private static Store loaded() {
        Store store = Store.open(TestProject.tempDir("citycoop-server"));
        Loader.builder().store(store).build().load(List.of(TestProject.data()));
        return store;
    }

    String url(String path) {
        return server.url() + path;
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
        if (ownsStore) {
            store.close();
        }
    }
}
