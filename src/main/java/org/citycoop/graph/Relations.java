package org.citycoop.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.ontology.CC;
import org.citycoop.store.Exporter;

/** Relation names as the API and the command line accept them, checked against the relations known. */
final class Relations {
    private Relations() {
    }

    /**
     * The IRIs of relations named as full IRIs, prefixed names ({@code cc:party}, {@code org:holds}) or CityCoop
     * local names ({@code party}); a name that is none of {@code known} is an error that lists them.
     */
    static Set<String> named(List<String> names, Set<String> known) {
        Set<String> iris = new HashSet<>();
        for (String raw : names) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            String iri = name.contains("://") ? name : name.contains(":") ? Exporter.prefixes().expand(name) : CC.NS + name;
            if (iri == null || !known.contains(iri)) {
                throw new CityCoopException(ErrorId.BAD_OPTION, "unknown relation '" + name + "', expected one of "
                    + new TreeSet<>(known.stream().map(Relations::shortName).toList()));
            }
            iris.add(iri);
        }
        return iris;
    }

    private static String shortName(String iri) {
        String prefixed = Exporter.prefixes().abbreviate(iri);
        return prefixed == null ? iri : prefixed;
    }
}
