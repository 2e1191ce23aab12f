package org.citycoop.load.record;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * The kinds of things records define, each with the ontology class every member belongs to and the IRI segment
 * of its members ({@code https://w3id.org/citycoop/id/<segment>/<key>}). Places take their segment from their
 * class ({@code city/bandung}, {@code regency/simeulue}) so that a kota and a kabupaten of one name stay apart.
 */
public enum Family {
    PLACE("places", "a place", CC.Place, null),
    ORGANISATION("organisations", "an organisation", NodeFactory.createURI(Vocab.ORG + "Organization"), "org"),
    PERSON("people", "a person", CC.Person, "person"),
    POST("posts", "a post", CC.Post, "post"),
    EVENT("events", "an event", CC.Event, "event"),
    AGREEMENT("agreements", "an agreement", CC.Agreement, "agreement"),
    PROGRAMME("programmes", "a programme", CC.Programme, "programme"),
    COOPERATION("cooperations", "a cooperation", CC.Cooperation, "cooperation"),
    SYSTEM("systems", "a government system", CC.GovernmentSystem, "system"),
    RATING("ratings", "a rating", CC.Rating, "rating"),
    OBSERVATION("observations", "an observation", CC.Observation, "observation");

    private final String section;
    private final String noun;
    private final Node base;
    private final String segment;

    Family(String section, String noun, Node base, String segment) {
        this.section = section;
        this.noun = noun;
        this.base = base;
        this.segment = segment;
    }

    /** The top-level field of a record file that lists this family's records. */
    public String section() {
        return section;
    }

    /** "a place", "an event": for messages. */
    public String noun() {
        return noun;
    }

    /** The class every member of the family belongs to. */
    public Node base() {
        return base;
    }

    /** The IRI of the member with this key and class. */
    public Node iri(String key, Node type) {
        String seg = segment != null ? segment : type.getLocalName().toLowerCase(java.util.Locale.ROOT);
        return NodeFactory.createURI(CC.ID + seg + "/" + key);
    }
}
