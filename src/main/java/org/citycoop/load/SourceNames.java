package org.citycoop.load;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.InputText;
import org.citycoop.store.StoredSource;

/** Finds the stored sources a user names: by key, graph IRI, or file (as it was named, or by its path). */
final class SourceNames {
    private SourceNames() {
    }

    /** The sources named, each once, in the order named; an unknown name is an error. */
    static List<StoredSource> resolve(List<String> names, List<StoredSource> stored) {
        Set<StoredSource> chosen = new LinkedHashSet<>();
        for (String name : names) {
            StoredSource found = stored.stream().filter(s -> matches(s, name)).findFirst()
                .orElseThrow(() -> new CityCoopException(ErrorId.UNKNOWN_SOURCE, "no source '" + InputText.printable(name)
                    + "' in the store; name a source by its key, graph IRI or file (./citycoop sources lists them)"));
            chosen.add(found);
        }
        return List.copyOf(chosen);
    }

    private static boolean matches(StoredSource source, String name) {
        return name.equals(source.key()) || name.equals(source.graph().getURI()) || name.equals(source.file())
            || (source.path() != null && source.path().equals(absolute(name)));
    }

    private static String absolute(String name) {
        try {
            return Path.of(name).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return name;
        }
    }
}
