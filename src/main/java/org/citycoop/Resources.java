package org.citycoop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text the jar ships beside a class: SPARQL queries, tables, pages. */
public final class Resources {
    private Resources() {
    }

    /** The text of the resource {@code name}, looked for beside the class {@code near}. */
    public static String text(Class<?> near, String name) {
        try (InputStream in = near.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + name + " beside " + near.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " beside " + near.getName(), e);
        }
    }
}
