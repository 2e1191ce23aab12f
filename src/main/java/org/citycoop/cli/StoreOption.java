package org.citycoop.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.store.Store;

import picocli.CommandLine.Option;

/** The {@code --store} option every command takes. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
        description = "The TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path folder;

    /** Opens the store, creating it when the folder does not exist. */
    Store open() {
        return Store.open(folder);
    }

    /** Opens a store that must exist already: commands that only read or take out do not create one. */
    Store openExisting() {
        return Store.open(existing(folder, "choose another with --store"));
    }

    /** The folder, refused with the way {@code otherwise} when no store is there. */
    static Path existing(Path folder, String otherwise) {
        if (!Files.isDirectory(folder)) {
            throw new CityCoopException(ErrorId.STORE_UNAVAILABLE, "there is no store in " + folder
                + " (load one with ./citycoop load, or " + otherwise + ")");
        }
        return folder;
    }
}
