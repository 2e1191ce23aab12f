package org.citycoop.load.record;

import org.apache.jena.graph.Node;
import org.citycoop.ontology.CC;

/**
 * Observations: a figure about a place (its population) as the source gives it at a date, exactly or approximately
 * ({@code approximation: almost} for "hampir mencapai 2,4 juta jiwa").
 */
final class ObservationMapper extends SectionMapper {
    /** Larger than any figure about a place; a bound against a mistyped or hostile number. */
    private static final double MAX_VALUE = 1e15;

    ObservationMapper() {
        super(Family.OBSERVATION, CC.Observation, "about", "measure", "value", "approximation", "date", "qualifier");
    }

    @Override
    void emit(Fields f, Definition self, Emitter out) {
        Node s = self.iri();
        out.link(s, CC.observationAbout, f, "about", Family.PLACE);
        out.concepts(s, CC.measure, f, "measure", CC.Measure, CC.MEASURE);
        out.decimal(s, CC.value, f, "value", 0, MAX_VALUE);
        out.concepts(s, CC.approximation, f, "approximation", CC.Approximation, CC.APPROXIMATION);
        out.date(s, f, "date");
    }
}
