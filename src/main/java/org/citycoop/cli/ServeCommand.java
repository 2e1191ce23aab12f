package org.citycoop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.citycoop.load.LoadReport;
import org.citycoop.load.Loader;
import org.citycoop.serve.CityCoopServer;
import org.citycoop.serve.Credentials;
import org.citycoop.serve.ServerConfig;
import org.citycoop.store.Statistics;
import org.citycoop.store.GraphStore;
import org.citycoop.store.Store;

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
        + "(its query endpoint) instead of the local store: pages, dumps, the explorer, the map and a read-only /ds/sparql"
        + " over it. Such a server takes no writes; they go through load --target. See docs/scale.md.")
    String sparqlEndpoint;
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
        if (sparqlEndpoint != null && config.credentials() != null) {
            throw new org.citycoop.CityCoopException(org.citycoop.ErrorId.BAD_OPTION, "a server over a remote store "
                + "(--sparql-endpoint) takes no writes: unset CITYCOOP_ADMIN_PASSWORD and --credentials, and write with "
                + "load --target");
        }
        GraphStore opened = sparqlEndpoint != null ? EndpointOption.openRemote(sparqlEndpoint) : store.open();
        try {
            if (opened instanceof Store local && local.isEmpty() && Files.isDirectory(data)) {
                out.println("store " + opened.description() + " is empty: loading " + data);
                out.flush();
                LoadReport report = Loader.builder().store(local).build().load(List.of(data));
                Reports.print(report, local, out, true);
            }
            CityCoopServer server = CityCoopServer.start(opened, config);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                opened.close();
            }, "citycoop-shutdown"));
            announce(out, opened, server);
            server.join();
            return 0;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private Path defaultBackups() {
        Path folder = store.folder.toAbsolutePath().normalize();
        return folder.resolveSibling(folder.getFileName() + "-backups");
    }

    private static void announce(PrintWriter out, GraphStore store, CityCoopServer server) {
        Statistics stats = Statistics.of(store);
        String url = server.url();
        out.println("CityCoop serves " + store.description() + " (" + stats.quads() + " quads in " + stats.graphs().size()
            + " graphs) on " + url + "/");
        out.println("  query editor      " + url + "/");
        out.println("  SPARQL endpoint   " + url + "/ds/sparql  (curated and imported sources" + (store.withDrafts()
            .isPresent() ? "; drafts as well at " + url + "/drafts/sparql)" : ")"));
        out.println("  example queries   " + url + "/queries");
        out.println("  entity pages      " + url + "/id/city/bandung  (any https://w3id.org/citycoop/... IRI as "
            + url + "/...)");
        out.println("  dataset (VoID)    " + url + "/.well-known/void");
        out.println("  dumps             " + url + "/dumps/citycoop.trig.gz  " + url + "/dumps/citycoop.nq.gz");
        out.println("  writes            " + (server.writable() ? "on for the admin (HTTP Basic): " + url + "/ds/update, "
            + url + "/ds/data" : "off (set CITYCOOP_ADMIN_PASSWORD or use --credentials FILE to enable)"));
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
