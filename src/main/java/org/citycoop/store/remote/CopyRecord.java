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
 * revision it last wrote there. Kept in {@code remote-copies.properties} in the store's folder, written whole to a
 * file beside it and moved in place; a store in memory keeps it in memory.
 */
final class CopyRecord {
    private static final String FILE = "remote-copies.properties";
    private final Path file;
    private final String key;
    private String revision;

    private CopyRecord(Path file, String key, String revision) {
        this.file = file;
        this.key = key;
        this.revision = revision;
    }

    static CopyRecord of(Store store, RemoteEndpoints endpoints) {
        String key = endpoints.update().toString();
        Path file = store.folder().map(f -> f.resolve(FILE)).orElse(null);
        return new CopyRecord(file, key, file == null ? null : read(file).getProperty(key));
    }

    Optional<String> revision() {
        return Optional.ofNullable(revision);
    }

    void save(String now) {
        revision = now;
        if (file == null) {
            return;
        }
        Properties all = read(file);
        all.setProperty(key, now);
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
