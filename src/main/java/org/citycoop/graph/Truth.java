package org.citycoop.graph;

import org.apache.jena.rdf.model.Literal;

/** A truth value as a store answers it: a boolean, or a number (Virtuoso answers EXISTS with 1 or 0). */
final class Truth {
    private Truth() {
    }

    static boolean of(Literal value) {
        Object v = value.getValue();
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return Boolean.parseBoolean(value.getLexicalForm());
    }
}
