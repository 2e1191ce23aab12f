package org.citycoop.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.citycoop.query.QueryFiles;

/**
 * The example queries of {@code queries/}: each with its file name, its title (the first comment line) and its text.
 */
record ExampleQueries(List<Example> examples) {

    /** One query. */
    record Example(String file, String title, String text) {
    }

    static ExampleQueries read(Path folder) {
        return new ExampleQueries(QueryFiles.in(folder).stream().map(ExampleQueries::example).toList());
    }

    /** A query as the editor offers it: parameters bound to their defaults, so that it runs as it is. */
    private static Example example(Path file) {
        String text = QueryFiles.withDefaults(file);
        return new Example(file.getFileName().toString(), QueryFiles.title(file, text), text);
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
