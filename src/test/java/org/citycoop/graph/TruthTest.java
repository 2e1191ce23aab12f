package org.citycoop.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

/** Truth values as stores answer EXISTS: Jena with booleans, Virtuoso with 1 and 0. */
class TruthTest {
    @Test
    void booleansAndNumbersAreTruthValues() {
        assertTrue(Truth.of(ResourceFactory.createTypedLiteral("true", XSDDatatype.XSDboolean)));
        assertFalse(Truth.of(ResourceFactory.createTypedLiteral("false", XSDDatatype.XSDboolean)));
        assertTrue(Truth.of(ResourceFactory.createTypedLiteral("1", XSDDatatype.XSDinteger)));
        assertFalse(Truth.of(ResourceFactory.createTypedLiteral("0", XSDDatatype.XSDinteger)));
    }
}
