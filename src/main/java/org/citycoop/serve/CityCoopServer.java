package org.citycoop.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.store.Store;

/**
 * The embedded Apache Jena Fuseki server over a store: SPARQL at {@code /ds/sparql}, the Fuseki UI at {@code /},
 * and CityCoop's linked-data paths. Read endpoints are open; writes and administration need credentials.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("store"));
 *      CityCoopServer server = CityCoopServer.start(store, ServerConfig.builder().port(3030).build())) {
 *     server.join();
 * }
 * }</pre>
 */
public final class CityCoopServer implements AutoCloseable {
    /** The authentication realm of writes and administration. */
    public static final String REALM = "CityCoop";
    /** The dataset's name in URLs. */
    public static final String DATASET = "/ds";
    private final FusekiServer server;
    private final ServerConfig config;

    private CityCoopServer(FusekiServer server, ServerConfig config) {
        this.server = server;
        this.config = config;
    }

    /** Builds and starts a server; it runs until {@link #close()}. */
    public static CityCoopServer start(Store store, ServerConfig config) {
        useFusekiBaseOutsideTheWorkingDirectory();
        store.dataset().getContext().set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        FusekiServer.Builder builder = FusekiServer.create()
            .port(config.port())
            .loopback(config.loopback())
            .enablePing(true)
            .enableStats(true)
            .enableCors(true)
            .add(DATASET, store.dataset(), false);
        if (config.credentials() != null) {
            builder.addEndpoint(DATASET, "update", Operation.Update)
                .addEndpoint(DATASET, "data", Operation.GSP_RW);
        }
        builder.fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create(),
            new LinkedDataModule(store, config)));
        FusekiServer server;
        try {
            server = builder.build();
            server.start();
        } catch (RuntimeException e) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "cannot start the server on port " + config.port() + ": "
                + e.getMessage() + " (is the port in use? choose another with --port)", e);
        }
        return new CityCoopServer(server, config);
    }

    /** The administration module keeps its files under FUSEKI_BASE: a temporary folder, not ./run. */
    private static void useFusekiBaseOutsideTheWorkingDirectory() {
        if (System.getenv("FUSEKI_BASE") != null || System.getProperty("FUSEKI_BASE") != null) {
            return;
        }
        try {
            Path base = Files.createTempDirectory("citycoop-fuseki-base");
            base.toFile().deleteOnExit();
            System.setProperty("FUSEKI_BASE", base.toString());
        } catch (IOException e) {
            throw new CityCoopException(ErrorId.STORE_UNAVAILABLE, "cannot create a folder for the server's files: "
                + e.getMessage(), e);
        }
    }

    /** The port the server listens on (the real one when started with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The server's base URL, such as {@code http://localhost:3030}. */
    public String url() {
        String host = config.loopback() ? "localhost" : config.host();
        return "http://" + (host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host) + ":" + port();
    }

    public boolean writable() {
        return config.credentials() != null;
    }

    /** Waits until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
