package org.citycoop.load.record;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.citycoop.ErrorId;
import org.citycoop.InputException;

/**
 * The keys known to a load: those the files being loaded define, and those already in the store, looked up as
 * references and definitions need them (so a load reads of the store what its files name, not every key).
 * A key is unique within its family; a reference names the families it accepts.
 */
public final class KeyIndex {
    private final Map<Family, Map<String, Definition>> byFamily = new EnumMap<>(Family.class);
    private final Stored stored;
    private final Map<String, Collection<Definition>> storedByKey = new HashMap<>();

    /** The keys a store holds, outside the graphs being loaded again. */
    public interface Stored {
        /** The definitions of a key, in any family. */
        Collection<Definition> find(String key);

        /** Some definitions whose keys start with a prefix, for suggestions. */
        List<Definition> startingWith(String prefix, int limit);
    }

    /** An index of the keys the files define, with no store behind them. */
    public KeyIndex() {
        this(new Stored() {
            @Override
            public Collection<Definition> find(String key) {
                return List.of();
            }

            @Override
            public List<Definition> startingWith(String prefix, int limit) {
                return List.of();
            }
        });
    }

    /** An index of the keys the files define, backed by the keys a store holds. */
    public KeyIndex(Stored stored) {
        this.stored = stored;
        for (Family family : Family.values()) {
            byFamily.put(family, new LinkedHashMap<>());
        }
    }

    /** Adds a definition; a key defined twice in one family (here or in the store) is an error at the second. */
    public void define(Definition definition) {
        // each key is defined once: its lookup in the store is not kept, unlike the lookups of references
        Definition earlier = inFamily(stored.find(definition.key()), definition.family());
        if (earlier == null) {
            earlier = byFamily.get(definition.family()).putIfAbsent(definition.key(), definition);
        }
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
            if (found == null) {
                found = storedDefinition(key, family);
            }
            if (found != null) {
                return found;
            }
        }
        String expected = families.stream().map(Family::noun).collect(Collectors.joining(" or "));
        throw new InputException(ErrorId.UNKNOWN_REFERENCE, reference.location(),
            "unknown reference '" + key + "'" + similar(key, families),
            "the key of " + expected + " defined in the files being loaded or in the store");
    }

    private Definition storedDefinition(String key, Family family) {
        return inFamily(storedByKey.computeIfAbsent(key, stored::find), family);
    }

    private static Definition inFamily(Collection<Definition> definitions, Family family) {
        return definitions.stream().filter(d -> d.family() == family).findFirst().orElse(null);
    }

    private String similar(String key, Set<Family> families) {
        String prefix = key.length() > 3 ? key.substring(0, 3) : key;
        Set<String> candidates = new TreeSet<>();
        stored.startingWith(prefix, 20).stream().filter(d -> families.contains(d.family()))
            .forEach(d -> candidates.add(d.key()));
        families.forEach(f -> candidates.addAll(byFamily.get(f).keySet()));
        return candidates.stream()
            .filter(k -> k.startsWith(prefix) || k.contains(key) || key.contains(k))
            .sorted().limit(3).map(k -> "'" + k + "'")
            .collect(Collectors.collectingAndThen(Collectors.joining(", "),
                s -> s.isEmpty() ? "" : " (did you mean " + s + "?)"));
    }
}
