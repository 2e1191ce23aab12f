package org.citycoop.load.record;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.citycoop.ErrorId;
import org.citycoop.InputException;

/**
 * The keys known to a load: those the files being loaded define, and those already in the store.
 * A key is unique within its family; a reference names the families it accepts.
 */
public final class KeyIndex {
    private final Map<Family, Map<String, Definition>> byFamily = new EnumMap<>(Family.class);

    public KeyIndex() {
        for (Family family : Family.values()) {
            byFamily.put(family, new LinkedHashMap<>());
        }
    }

    /** Adds a definition; a key defined twice in one family is an error at the second definition. */
    public void define(Definition definition) {
        Definition earlier = byFamily.get(definition.family()).putIfAbsent(definition.key(), definition);
        if (earlier != null) {
            throw new InputException(ErrorId.DUPLICATE_KEY, definition.location(),
                definition.family().noun() + " with key '" + definition.key() + "' defined again (first in "
                    + earlier.where() + ")", "a key not used by another " + definition.family().noun().replaceFirst("^an? ", ""));
        }
    }

    /** The definition a reference names, looked up in the families it may name. */
    public Definition resolve(ScalarValue reference, Set<Family> families) {
        String key = reference.text().trim();
        for (Family family : Family.values()) {
            if (!families.contains(family)) {
                continue;
            }
            Definition found = byFamily.get(family).get(key);
            if (found != null) {
                return found;
            }
        }
        String expected = families.stream().map(Family::noun).collect(Collectors.joining(" or "));
        String hint = similar(key, families);
        throw new InputException(ErrorId.UNKNOWN_REFERENCE, reference.location(),
            "unknown reference '" + key + "'" + hint,
            "the key of " + expected + " defined in the files being loaded or in the store");
    }

    private String similar(String key, Set<Family> families) {
        String prefix = key.length() > 3 ? key.substring(0, 3) : key;
        return families.stream().flatMap(f -> byFamily.get(f).keySet().stream())
            .filter(k -> k.startsWith(prefix) || k.contains(key) || key.contains(k))
            .sorted().limit(3).map(k -> "'" + k + "'")
            .collect(Collectors.collectingAndThen(Collectors.joining(", "),
                s -> s.isEmpty() ? "" : " (did you mean " + s + "?)"));
    }

}
