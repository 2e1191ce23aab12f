package org.citycoop.load.record;

import org.apache.jena.graph.Node;
import org.citycoop.Location;

/**
 * A thing a record defines: its key, family, IRI and class, and where it is defined.
 *
 * @param key      the readable key records refer to it by
 * @param family   what kind of thing it is
 * @param iri      its IRI
 * @param type     its most specific class
 * @param location where the record is; for a thing found in the store, the file its graph was loaded from, line 0
 * @param graph    the named graph that holds it
 */
public record Definition(String key, Family family, Node iri, Node type, Location location, Node graph) {

    /** Where the definition is, for messages. */
    public String where() {
        if (location == null) {
            return "the store (graph " + graph.getURI() + ")";
        }
        return location.line() > 0 ? location.toString() : location.file() + ", already in the store";
    }
}
