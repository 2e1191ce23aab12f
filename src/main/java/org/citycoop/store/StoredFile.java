package org.citycoop.store;

import org.apache.jena.graph.Node;

/**
 * A stored source as a load of its folder first sees it: its graph, and the file it was loaded from.
 *
 * @param graph the source's named graph
 * @param path  the file's absolute path when it was loaded
 * @param stamp the file's size and time when it was read, with the loader and ontology versions, or null
 */
public record StoredFile(Node graph, String path, String stamp) {

    /** The stored source's file, from its whole description. */
    public static StoredFile of(StoredSource source) {
        return new StoredFile(source.graph(), source.path(), source.stamp());
    }
}
