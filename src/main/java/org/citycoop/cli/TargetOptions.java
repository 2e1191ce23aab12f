package org.citycoop.cli;

import java.nio.file.Path;

import org.citycoop.Progress;
import org.citycoop.store.Store;
import org.citycoop.store.remote.RemoteClient;
import org.citycoop.store.remote.RemoteCopy;
import org.citycoop.store.remote.RemoteCredentials;
import org.citycoop.store.remote.RemoteEndpoints;
import org.citycoop.store.remote.Retries;

import picocli.CommandLine.Option;

/** The options of commands that write ({@code load}, {@code import}, {@code remove}) for a remote store. */
final class TargetOptions {
    @Option(names = "--target", paramLabel = "URL", description = "Also write to the remote SPARQL 1.1 store at URL "
        + "(a Fuseki dataset such as http://127.0.0.1:3030/ds, or a SPARQL endpoint), which is kept a copy of the store"
        + " (--store): a write it does not take is not made at all; or to a file of N-Quads (file:PATH, .nq or"
        + " .nq.gz), written whole after every write. See docs/scale.md.")
    String target;
    @Option(names = "--update-endpoint", paramLabel = "URL", description = "With --target: where SPARQL updates go "
        + "(default: the --target URL).")
    String update;
    @Option(names = "--gsp-endpoint", paramLabel = "URL", description = "With --target: where Graph Store Protocol "
        + "requests go (default: the --target URL; Virtuoso: .../sparql-graph-crud-auth).")
    String graphStore;
    @Option(names = "--credentials", paramLabel = "FILE", description = "With --target: a file whose first line is "
        + "user:password for the remote store (default: the environment's " + RemoteCredentials.USER_VARIABLE + " and "
        + RemoteCredentials.PASSWORD_VARIABLE + ", if set).")
    Path credentials;

    /** Makes the remote store, if one is given, a copy of the store; call before the write. */
    void attach(Store store, Progress progress) {
        if (target == null) {
            if (update != null || graphStore != null || credentials != null) {
                throw new org.citycoop.CityCoopException(org.citycoop.ErrorId.BAD_OPTION,
                    "--update-endpoint, --gsp-endpoint and --credentials need --target URL");
            }
            return;
        }
        if (target.startsWith("file:")) {
            if (update != null || graphStore != null || credentials != null) {
                throw new org.citycoop.CityCoopException(org.citycoop.ErrorId.BAD_OPTION,
                    "--update-endpoint, --gsp-endpoint and --credentials are for a remote store, not a file");
            }
            org.citycoop.store.NQuadsCopy.attach(store, java.nio.file.Path.of(target.substring("file:".length())),
                progress);
            return;
        }
        RemoteEndpoints endpoints = RemoteEndpoints.of(target, update, graphStore);
        RemoteCredentials.of(credentials, System.getenv()).ifPresent(c -> c.register(endpoints));
        RemoteCopy.attach(store, new RemoteClient(endpoints, Retries.STANDARD), progress);
    }
}
