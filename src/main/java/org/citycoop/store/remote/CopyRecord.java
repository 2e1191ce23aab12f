package org.citycoop.store.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

import org.citycoop.store.Store;

/**
 * What a local store remembers of the remote stores it keeps copies in: for each (by its update endpoint), the
 * revision it last wrote there, and how many writes the local store had committed then (a store written since
 * without the copy has more). Kept in {@code remote-copies.properties} in the store's folder, written whole to a
 * file beside it and moved in place; a store in memory keeps it in memory.
 */
final class CopyRecord {
    private static final String FILE = "remote-copies.properties";
    private final Path file;
    private final String key;
    private String revision;
    private long writes;

    private CopyRecord(Path file, String key, String revision, long writes) {
        this.file = file;
        this.key = key;
        this.revision = revision;
        this.writes = writes;
    }

    static CopyRecord of(Store store, RemoteEndpoints endpoints) {
        String key = endpoints.update().toString();
        Path file = store.folder().map(f -> f.resolve(FILE)).orElse(null);
        Properties known = file == null ? new Properties() : read(file);
        long writes;
        try {
            writes = Long.parseLong(known.getProperty(key + ".writes", "-2"));
        } catch (NumberFormatException e) {
            writes = -2;
        }
        return new CopyRecord(file, key, known.getProperty(key), writes);
    }

    Optional<String> revision() {
        return Optional.ofNullable(revision);
    }

    /** How many writes the local store had committed when it last wrote the copy; below -1 when not known. */
    long writes() {
        return writes;
    }

    void save(String now, long localWrites) {
        revision = now;
        writes = localWrites;
        if (file == null) {
            return;
        }
        Properties all = read(file);
        all.setProperty(key, now);
        all.setProperty(key + ".writes", Long.toString(localWrites));
        Path next = file.resolveSibling(FILE + ".new");
        try (OutputStream out = Files.newOutputStream(next)) {
            all.store(out, "The revision this store last wrote to each remote store it keeps a copy in");
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the remote store's revision in " + file, e);
        }
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return properties;
    }
}
