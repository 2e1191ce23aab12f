package org.citycoop.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;
import org.citycoop.ontology.CC;
import org.citycoop.store.StoredSource;

/** What a set of sources must satisfy before anything is written: keys of their own, and the method asked for. */
final class SourceChecks {
    private SourceChecks() {
    }

    /** Two files of one load may not share a key. */
    static void distinctKeys(List<Source> sources) {
        Map<String, Source> byKey = new HashMap<>();
        for (Source source : sources) {
            Source earlier = byKey.putIfAbsent(source.key(), source);
            if (earlier != null) {
                throw new InputException(ErrorId.DUPLICATE_KEY, new Location(source.file(), 0, 0),
                    "source key '" + source.key() + "' also used by " + earlier.file(),
                    "one file per source key (rename the file or its source.key)");
            }
        }
    }

    /** The store's own graphs are no sources. */
    static void notReserved(Source source) {
        if (source.graph().equals(CC.INFERRED_GRAPH) || source.graph().equals(CC.ONTOLOGY_GRAPH)
                || source.graph().equals(CC.RETRACTING_GRAPH)) {
            throw new InputException(ErrorId.SOURCE_COLLISION, new Location(source.file(), 0, 0),
                "source key '" + source.key() + "', the name of the store's own graph <" + source.graph().getURI() + ">",
                "another key (rename the file or set source.key)");
        }
    }

    /** {@code load --extracted} loads drafts and nothing else. */
    static void ofMethod(Source source, String onlyMethod) {
        if (onlyMethod != null && !onlyMethod.equals(source.method())) {
            throw new InputException(ErrorId.BAD_VALUE, new Location(source.file(), 0, 0), "a source made by method '"
                + source.method() + "'", "only sources of method '" + onlyMethod + "' (drafts from extract)");
        }
    }

    /** A source may take the place of a stored one of the same key only if it comes from the same file, or if told. */
    static void noCollisions(List<Source> changed, Map<Node, StoredSource> stored, boolean replace) {
        for (Source source : changed) {
            StoredSource earlier = stored.get(source.graph());
            if (earlier != null && !replace && earlier.path() != null && !earlier.path().equals(source.path())) {
                throw new InputException(ErrorId.SOURCE_COLLISION, new Location(source.file(), 0, 0),
                    "source key '" + source.key() + "', which the store holds from another file, " + earlier.path(),
                    "a key of its own (rename the file or set source.key), or --replace to put this file in its place");
            }
        }
    }
}
