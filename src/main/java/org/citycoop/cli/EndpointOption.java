package org.citycoop.cli;

import java.io.PrintWriter;
import java.util.Optional;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

import org.citycoop.store.GraphStore;
import org.citycoop.store.ServedAt;
import org.citycoop.store.Store;
import org.citycoop.store.remote.RemoteClient;
import org.citycoop.store.remote.RemoteCredentials;
import org.citycoop.store.remote.RemoteEndpoints;
import org.citycoop.store.remote.RemoteStore;
import org.citycoop.store.remote.Retries;

import picocli.CommandLine.Option;

/** The {@code --endpoint URL} option of commands that read: read a remote SPARQL store instead of the local one. */
final class EndpointOption {
    @Option(names = "--endpoint", paramLabel = "URL", description = "Read the remote SPARQL 1.1 store at URL (its "
        + "query endpoint, e.g. http://127.0.0.1:3030/ds) instead of the local store; credentials, if it asks for "
        + "them, from " + RemoteCredentials.USER_VARIABLE + " and " + RemoteCredentials.PASSWORD_VARIABLE + ".")
    String url;

    /** Whether a remote store was asked for. */
    boolean isRemote() {
        return url != null;
    }

    /**
     * The remote store if one was asked for, otherwise the local one, which must exist: a mistyped {@code --store}
     * is refused rather than answered from a new, empty store. An empty local store is said so on {@code err}.
     */
    GraphStore open(StoreOption store, PrintWriter err) {
        if (url != null) {
            return openRemote(url);
        }
        Store opened;
        try {
            opened = store.openExisting();
        } catch (CityCoopException e) {
            Optional<String> served = e.id() == ErrorId.STORE_UNAVAILABLE ? ServedAt.read(store.folder) : Optional.empty();
            if (served.isEmpty()) {
                throw e;
            }
            // the store is locked by the server that serves it: read what it serves
            err.println("note: the store in " + store.folder + " is served at " + served.get() + ": reading through it");
            err.flush();
            return openRemote(served.get() + "/ds/sparql");
        }
        warnIfEmpty(opened, err);
        return opened;
    }

    /** Says on {@code err} that a store holds nothing yet, so that an empty answer is not taken for a finding. */
    static void warnIfEmpty(Store store, PrintWriter err) {
        if (store.isEmpty()) {
            err.println("note: the store in " + store.description() + " holds no sources yet (load some with "
                + "./citycoop load, or choose another with --store)");
            err.flush();
        }
    }

    /** The remote store at a query endpoint, with the environment's credentials if set. */
    static RemoteStore openRemote(String url) {
        RemoteEndpoints endpoints = RemoteEndpoints.of(url, null, null);
        RemoteCredentials.fromEnvironment(System.getenv()).ifPresent(c -> c.register(endpoints));
        return RemoteStore.open(new RemoteClient(endpoints, Retries.STANDARD));
    }
}
