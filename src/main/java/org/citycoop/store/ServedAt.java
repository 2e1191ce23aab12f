package org.citycoop.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a running server serves a store, noted in the store's folder (file {@code served-at}) while it runs: a
 * command that finds the store locked by that server reads through it over HTTP instead. A note a killed server left
 * behind is harmless: its store is no longer locked, so the note is not read.
 */
public final class ServedAt {
    private static final String FILE = "served-at";

    private ServedAt() {
    }

    /** Notes that the store in {@code folder} is served at {@code url}. */
    public static void record(Path folder, String url) {
        try {
            Files.writeString(folder.resolve(FILE), url + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the note is a convenience for other commands; the server serves without it
        }
    }

    /** Takes the note away, when the server stops. */
    public static void clear(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE));
        } catch (IOException e) {
            // a note left behind is not read once the store is no longer locked
        }
    }

    /** The URL the store in {@code folder} is served at, if a server noted one. */
    public static Optional<String> read(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            String url = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
            return url.startsWith("http://") || url.startsWith("https://") ? Optional.of(url) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
