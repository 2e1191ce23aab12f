package org.citycoop.cli;

import java.nio.file.Path;

import org.citycoop.store.Store;

import picocli.CommandLine.Option;

/** The {@code --store} option every command takes. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
        description = "The TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path folder;

    Store open() {
        return Store.open(folder);
    }
}
