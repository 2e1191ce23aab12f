package org.citycoop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

import org.citycoop.load.LoadReport;
import org.citycoop.load.Loader;
import org.citycoop.serve.CityCoopServer;
import org.citycoop.serve.Credentials;
import org.citycoop.serve.ServerConfig;
import org.citycoop.store.Statistics;
import org.citycoop.store.GraphStore;
import org.citycoop.store.ServedAt;
import org.citycoop.store.Store;
import org.citycoop.store.remote.RemoteClient;
import org.citycoop.store.remote.RemoteCredentials;
import org.citycoop.store.remote.RemoteEndpoints;
import org.citycoop.store.remote.RemoteStore;
import org.citycoop.store.remote.Retries;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code citycoop serve}: loads {@code data/} into an empty store, then serves the store with the embedded Fuseki
 * server until stopped (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the store: SPARQL, the query editor, linked-data pages, the dataset description and dumps.",
        "Loads data/ first if the store is empty. Writes are off unless credentials are given: set "
            + "CITYCOOP_ADMIN_PASSWORD (and CITYCOOP_ADMIN_USER, default admin) or use --credentials FILE."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Mixin
    TextsOption texts;
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
        description = "Records loaded into an empty store (default: ${DEFAULT-VALUE}).")
    Path data;
    @Option(names = "--port", defaultValue = "3030", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;
    @Option(names = "--host", defaultValue = "localhost",
        description = "localhost (default) to serve this machine only, or 0.0.0.0 to serve the network.")
    String host;
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "Cancel a SPARQL query after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeout;
    @Option(names = "--credentials", paramLabel = "FILE",
        description = "A file with one line user:password that unlocks writes and administration.")
    Path credentials;
    @Option(names = "--backups", paramLabel = "DIR",
        description = "Where backups made through /$/backup go, with credentials (default: the store's folder name + -backups).")
    Path backups;
    @Option(names = "--allow-service", paramLabel = "URL",
        description = "Allow federated queries (SERVICE) to this SPARQL endpoint; repeat for more. Default: none.")
    List<String> allowedServices = List.of();
    @Option(names = "--sparql-endpoint", paramLabel = "URL", description = "Serve the remote SPARQL 1.1 store at URL "
        + "(its query endpoint) instead of the local store: pages, dumps, the explorer, the map and /ds/sparql over it."
        + " With credentials, writes at /ds/update and /ds/data go through the local store (--store), kept the remote"
        + " store's copy. See docs/scale.md.")
    String sparqlEndpoint;
    @Option(names = "--update-endpoint", paramLabel = "URL", description = "With --sparql-endpoint and credentials: "
        + "where SPARQL updates to the remote store go (default: the --sparql-endpoint URL).")
    String updateEndpoint;
    @Option(names = "--gsp-endpoint", paramLabel = "URL", description = "With --sparql-endpoint and credentials: where "
        + "Graph Store Protocol requests to the remote store go (default: the --sparql-endpoint URL; Virtuoso: "
        + ".../sparql-graph-crud-auth).")
    String gspEndpoint;
    @Option(names = "--remote-credentials", paramLabel = "FILE", description = "With --sparql-endpoint: a file whose "
        + "first line is user:password for the remote store (default: the environment's "
        + RemoteCredentials.USER_VARIABLE + " and " + RemoteCredentials.PASSWORD_VARIABLE + ", if set).")
    Path remoteCredentials;
    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
        description = "Example queries offered in the query editor (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Override
    public Integer call() {
        ServerConfig.Builder builder = ServerConfig.builder().host(host).port(port).queryTimeout(Duration.ofSeconds(timeout))
            .credentials(credentials != null ? Credentials.fromFile(credentials) : Credentials.fromEnvironment(System.getenv()))
            .backups(backups != null ? backups : defaultBackups()).queries(queries);
        allowedServices.forEach(builder::allowService);
        ServerConfig config = builder.build();
        PrintWriter out = spec.commandLine().getOut();
        Store copy = sparqlEndpoint != null && config.credentials() != null ? store.open() : null;
        GraphStore opened = open(config, copy);
        try {
            if (opened instanceof Store local && local.isEmpty() && Files.isDirectory(data)) {
                out.println("store " + opened.description() + " is empty: loading " + data);
                out.flush();
                LoadReport report = Loader.builder().store(local).texts(texts.texts()).build().load(List.of(data));
                Reports.print(report, local, out, true);
            }
            CityCoopServer server = CityCoopServer.start(opened, config);
            if (opened instanceof Store local) {
                local.folder().ifPresent(folder -> ServedAt.record(folder, server.url()));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (opened instanceof Store local) {
                    local.folder().ifPresent(ServedAt::clear);
                }
                server.close();
                opened.close();
                closeCopy(copy);
            }, "citycoop-shutdown"));
            announce(out, opened, server, copy);
            server.join();
            return 0;
        } catch (RuntimeException e) {
            opened.close();
            closeCopy(copy);
            throw e;
        }
    }

    /** The store served: the local one, or the remote one, read-only or writing through {@code copy}. */
    private GraphStore open(ServerConfig config, Store copy) {
        if (sparqlEndpoint == null) {
            if (updateEndpoint != null || gspEndpoint != null || remoteCredentials != null) {
                throw new CityCoopException(ErrorId.BAD_OPTION,
                    "--update-endpoint, --gsp-endpoint and --remote-credentials need --sparql-endpoint URL");
            }
            return store.open();
        }
        if (config.credentials() == null && (updateEndpoint != null || gspEndpoint != null)) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--update-endpoint and --gsp-endpoint are for a server "
                + "that takes writes: give --credentials FILE or set CITYCOOP_ADMIN_PASSWORD");
        }
        RemoteEndpoints endpoints = RemoteEndpoints.of(sparqlEndpoint, copy == null ? null : updateEndpoint,
            copy == null ? null : gspEndpoint);
        RemoteCredentials.of(remoteCredentials, System.getenv()).ifPresent(c -> c.register(endpoints));
        RemoteClient client = new RemoteClient(endpoints, Retries.STANDARD);
        try {
            return copy == null ? RemoteStore.open(client) : RemoteStore.openWritingThrough(client, copy,
                ProgressBars.on(spec.commandLine().getErr(), false));
        } catch (RuntimeException e) {
            closeCopy(copy);
            throw e;
        }
    }

    private static void closeCopy(Store copy) {
        if (copy != null) {
            copy.close();
        }
    }

    private Path defaultBackups() {
        Path folder = store.folder.toAbsolutePath().normalize();
        return folder.resolveSibling(folder.getFileName() + "-backups");
    }

    private static void announce(PrintWriter out, GraphStore store, CityCoopServer server, Store copy) {
        Statistics stats = Statistics.ofGraphs(store);
        String url = server.url();
        out.println("CityCoop serves " + store.description() + " (" + stats.quads() + " quads in " + stats.graphs().size()
            + " graphs) on " + url + "/");
        out.println("  home              " + url + "/  (what the graph holds; search at " + url + "/search?q=...)");
        out.println("  query editor      " + url + "/editor#/dataset/ds/query");
        out.println("  explorer, map     " + url + "/explore  " + url + "/map  " + url + "/charts");
        out.println("  SPARQL endpoint   " + url + "/ds/sparql  (curated and imported sources" + (store.withDrafts()
            .isPresent() ? "; drafts as well at " + url + "/drafts/sparql)" : ")"));
        out.println("  example queries   " + url + "/queries");
        out.println("  entity pages      " + url + "/id/city/bandung  (any https://w3id.org/citycoop/... IRI as "
            + url + "/...)");
        out.println("  dataset (VoID)    " + url + "/.well-known/void");
        out.println("  dumps             " + url + "/dumps/citycoop.trig.gz  " + url + "/dumps/citycoop.nq.gz");
        out.println("  writes            " + (server.writable() ? "on for the admin (HTTP Basic): " + url + "/ds/update, "
            + url + "/ds/data" : "off (set CITYCOOP_ADMIN_PASSWORD or use --credentials FILE to enable)"));
        if (copy != null) {
            out.println("                    validated and derived in " + copy.description()
                + ", which keeps the remote store its copy");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
