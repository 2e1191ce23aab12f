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
 * @param location where the record is, or null when it was found in the store
 * @param graph    the named graph that holds it
 */
public record Definition(String key, Family family, Node iri, Node type, Location location, Node graph) {

    /** Where the definition is, for messages. */
    public String where() {
        return location != null ? location.toString() : "the store (graph " + graph.getURI() + ")";
    }
}
