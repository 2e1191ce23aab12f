package org.citycoop.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/** The SPARQL queries of a folder such as {@code queries/}: its {@code .rq} files, in the order of their names. */
public final class QueryFiles {
    private QueryFiles() {
    }

    /**
     * The text of a query file with its declared parameters bound to their defaults: what the benchmarks time and
     * the server offers as an example (a parameter left unbound would match everything).
     */
    public static String withDefaults(Path file) {
        try {
            return QueryParameters.of(Files.readString(file)).bind(java.util.Map.of());
        } catch (IOException e) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A query file's title: its "# title:" line, else its first comment line, else its name. */
    public static String title(Path file, String text) {
        return QueryHeader.of(text, file.getFileName().toString()).title();
    }

    /** The {@code .rq} files of a folder, sorted; none for a folder that does not exist (or null). */
    public static List<Path> in(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, "cannot list the queries in " + folder + ": "
                + e.getMessage(), e);
        }
    }
}
