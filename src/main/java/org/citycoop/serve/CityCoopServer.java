package org.citycoop.serve;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.store.GraphStore;

/**
 * The embedded Apache Jena Fuseki server over a store: SPARQL over the curated view at {@code /ds/sparql}, over
 * the curated view and the drafts at {@code /drafts/sparql}, the Fuseki UI at {@code /}, and CityCoop's
 * linked-data paths (curated view). Read endpoints are open. A server started without credentials has nothing
 * else: no write endpoint and no administration. With credentials, {@link AdminModule} adds writes and
 * administration behind Jetty's HTTP Basic authentication.
 *
 * <pre>{@code
 * try (GraphStore store = Store.open(Path.of("store"));
 *      CityCoopServer server = CityCoopServer.start(store, ServerConfig.builder().port(3030).build())) {
 *     server.join();
 * }
 * }</pre>
 */
public final class CityCoopServer implements AutoCloseable {
    /** The authentication realm of writes and administration. */
    public static final String REALM = "CityCoop";
    /** The dataset's name in URLs: curated and imported sources. */
    public static final String DATASET = "/ds";
    /** The dataset with drafts made by {@code extract} as well, read-only. */
    public static final String DRAFTS = "/drafts";
    private final FusekiServer server;
    private final ServerConfig config;

    private CityCoopServer(FusekiServer server, ServerConfig config) {
        this.server = server;
        this.config = config;
    }

    /** Builds and starts a server; it runs until {@link #close()}. */
    public static CityCoopServer start(GraphStore store, ServerConfig config) {
        List<DatasetGraph> served = new ArrayList<>(List.of(store.curated()));
        store.withDrafts().ifPresent(served::add);
        served.forEach(d -> d.getContext().set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis())));
        FusekiServer.Builder builder = FusekiServer.create()
            .port(config.port())
            .loopback(config.loopback())
            .enableCors(true, corsSettings())
            .add(DATASET, writable(store, config), false);
        // a remote store keeps no drafts: they stay in the local store that writes it
        store.withDrafts().ifPresent(drafts -> builder.add(DRAFTS, drafts, false));
        List<FusekiModule> modules = new ArrayList<>(List.of(new EndpointModule(served, config),
            new ConsoleModule()));
        if (config.credentials() != null) {
            modules.add(new AdminModule(config.credentials(), config.backups()));
            if (copiesWrites(store, config)) {
                modules.add(new CopiedWritesModule());
            }
        }
        ExampleQueries queries = ExampleQueries.read(config.queries());
        modules.add(new LinkedDataModule(store, queries));
        modules.add(new QueryPagesModule(store, config, queries));
        modules.add(new CrossSourceModule(store));
        NetworkViews views = new NetworkViews(store);
        modules.add(new MapModule(views));
        modules.add(new ChartsModule(views));
        builder.fusekiModules(FusekiModules.create(modules));
        FusekiServer server = builder.build();
        notFoundPage(server);
        try {
            server.start();
        } catch (org.apache.jena.fuseki.FusekiException e) {
            if (bindFailure(e)) {
                throw new CityCoopException(ErrorId.BAD_OPTION, "cannot listen on " + config.host() + ":" + config.port()
                    + ": the port is in use (or the host is not this machine's); choose another with --port", e);
            }
            throw new CityCoopException(ErrorId.BAD_OPTION, "cannot start the server: " + e.getMessage(), e);
        }
        return new CityCoopServer(server, config);
    }

    /**
     * Fuseki's cross-origin settings, written where it reads them: any origin may read, without credentials (a
     * browser refuses an answer that allows any origin with credentials), and ask with the validators of a cache.
     */
    private static String corsSettings() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("citycoop-cors", ".properties");
            file.toFile().deleteOnExit();
            java.nio.file.Files.writeString(file, String.join("\n",
                "allowedOrigins=*",
                "allowedMethods=GET,POST,PUT,DELETE,HEAD,OPTIONS,PATCH",
                "allowedHeaders=X-Requested-With,Content-Type,Accept,Origin,Authorization,If-None-Match,"
                    + "If-Modified-Since,Cache-Control",
                "exposedHeaders=Cache-Control,Content-Language,Content-Length,Content-Type,Expires,Last-Modified,ETag,"
                    + "Location,Content-Location,Vary,Link",
                "allowCredentials=false",
                "chainPreflight=false", ""));
            return file.toString();
        } catch (java.io.IOException e) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "cannot write the server's cross-origin settings: "
                + e.getMessage(), e);
        }
    }

    /** The dataset served at {@link #DATASET}: a remote store's that takes writes answers its refusals clearly. */
    private static DatasetGraph writable(GraphStore store, ServerConfig config) {
        return copiesWrites(store, config) ? new CopiedWrites(store.curated()) : store.curated();
    }

    /** Whether the server takes writes for a store other than the local one: through a local copy of it. */
    private static boolean copiesWrites(GraphStore store, ServerConfig config) {
        return config.credentials() != null && !(store instanceof org.citycoop.store.Store);
    }

    /** A path nothing serves gets the site's page (from {@link SiteServlet}), as every other page's 404 does. */
    private static void notFoundPage(FusekiServer server) {
        org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler pages = new org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler();
        pages.addErrorPage(404, SiteServlet.NOT_FOUND);
        org.eclipse.jetty.ee10.servlet.ServletContextHandler.getServletContextHandler(server.getServletContext())
            .setErrorHandler(pages);
    }

    /** Whether the server could not listen on its address: the port is taken, or the host is not this machine's. */
    private static boolean bindFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
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
