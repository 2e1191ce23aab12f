package org.citycoop.graph;

import org.apache.jena.rdf.model.Literal;

/** Of the names a place's rows give, the one an English reader takes: English, else one without language, else any. */
final class PreferredName {
    private String name;
    private int rank = Integer.MAX_VALUE;

    void offer(Literal label) {
        int offered = label.getLanguage().equals("en") ? 0 : label.getLanguage().isEmpty() ? 1 : 2;
        if (offered < rank) {
            name = label.getLexicalForm();
            rank = offered;
        }
    }

    /** The name taken, or {@code fallback} when no row gave one. */
    String orElse(String fallback) {
        return name == null ? fallback : name;
    }
}
