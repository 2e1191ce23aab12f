package org.citycoop.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.query.QueryFiles;
import org.citycoop.query.QueryHeader;

/**
 * The example queries of {@code queries/}: each with its file name, its header (title, description, parameters),
 * its text as written and its text with the parameters bound to their defaults.
 */
record ExampleQueries(List<Example> examples) {

    /**
     * One query.
     *
     * @param file   its file name, {@code partners-of.rq}
     * @param header what its comment lines say of it
     * @param source its text as written, parameters unbound
     * @param text   its text with parameters bound to their defaults, so that it runs as it is
     */
    record Example(String file, QueryHeader header, String source, String text) {
        String title() {
            return header.title();
        }

        /** Its name in the query pages' paths: the file name without {@code .rq}. */
        String name() {
            return file.substring(0, file.length() - ".rq".length());
        }
    }

    static ExampleQueries read(Path folder) {
        return new ExampleQueries(QueryFiles.in(folder).stream().map(ExampleQueries::example).toList());
    }

    private static Example example(Path file) {
        try {
            String source = Files.readString(file);
            String name = file.getFileName().toString();
            return new Example(name, QueryHeader.of(source, name), source, QueryFiles.withDefaults(file));
        } catch (IOException e) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The query of that name (file name with or without {@code .rq}). */
    Optional<Example> named(String name) {
        return examples.stream().filter(e -> e.file().equals(name) || e.name().equals(name)).findFirst();
    }

    /** The examples as the entries of the query editor's list: {@code {value: "...", text: "..."}}. */
    String asEditorEntries() {
        return examples.stream().map(e -> "{value:" + json(e.text()) + ",text:" + json(e.title()) + "}")
            .collect(Collectors.joining(","));
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
