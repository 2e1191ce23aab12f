package org.citycoop.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;

import org.citycoop.store.Exporter;
import org.citycoop.store.GraphStore;

/**
 * The dumps of one version of the data, written once to temporary files and served from there: so a dump has a
 * length (HEAD says it), a validator that changes with the data (ETag, from the file's SHA-256) and the time it was
 * made (Last-Modified); a new version of the data makes new files at the next request.
 */
final class DumpFiles {
    /** One dump file of a version of the data. */
    record File(Path path, String etag, Instant made) {
    }

    private final GraphStore store;
    private final Map<DumpServlet.Dump, File> files = new EnumMap<>(DumpServlet.Dump.class);
    private OptionalLong version = OptionalLong.empty();

    DumpFiles(GraphStore store) {
        this.store = store;
    }

    /** The dump of the data as it is now, written first if this version has none yet. */
    synchronized File of(DumpServlet.Dump dump, Exporter.Format format) {
        return store.read(() -> {
            OptionalLong now = store.readVersion();
            if (now.isEmpty() || !now.equals(version)) {
                files.values().forEach(f -> f.path().toFile().delete());
                files.clear();
                version = now;
            }
            return files.computeIfAbsent(dump, d -> write(format));
        });
    }

    private File write(Exporter.Format format) {
        try {
            Path path = Files.createTempFile("citycoop-dump", ".gz");
            path.toFile().deleteOnExit();
            try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(path), 1 << 16)) {
                new Exporter(store).write(format, gzip);
            }
            String etag;
            try (java.io.InputStream in = Files.newInputStream(path)) {
                etag = "\"" + org.citycoop.Sha256.of(in).substring(0, 32) + "\"";
            }
            return new File(path, etag, Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
