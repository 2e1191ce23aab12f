package org.citycoop.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How many write transactions a store has committed, kept beside it (in {@code writes} in its folder): a copy of the
 * store elsewhere compares it with the count it last saw, to know whether the store was written without it. The
 * count is raised before the commit, so that a crash between the two can only make a copy send more, never less.
 */
final class WriteStamp {
    private static final String FILE = "writes";
    private final Path file;
    private long count;

    WriteStamp(Path folder) {
        this.file = folder == null ? null : folder.resolve(FILE);
        this.count = read(file);
    }

    long count() {
        return count;
    }

    /** Raises the count; call in the write transaction, before it commits. */
    void raise() {
        count++;
        if (file == null) {
            return;
        }
        Path next = file.resolveSibling(FILE + ".new");
        try {
            Files.writeString(next, Long.toString(count), StandardCharsets.US_ASCII);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the write in " + file, e);
        }
    }

    private static long read(Path file) {
        if (file == null || !Files.exists(file)) {
            return 0;
        }
        try {
            return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            // an unreadable count only makes a copy send everything again
            return -1;
        }
    }
}
