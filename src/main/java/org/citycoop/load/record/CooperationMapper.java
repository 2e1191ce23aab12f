package org.citycoop.load.record;

import java.util.EnumSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * Cooperations between governments, organisations or places, and twinnings (two places in {@code twins}).
 * Partners of a twinning are its twins.
 */
final class CooperationMapper extends SectionMapper {
    static final Set<Family> PARTNERS = EnumSet.of(Family.ORGANISATION, Family.PERSON, Family.PLACE);

    CooperationMapper() {
        super(Family.COOPERATION, CC.Cooperation, "name", "partners", "twins", "through", "status", "date",
            "qualifier", "topics");
    }

    @Override
    void emit(Fields f, Definition self, Emitter out) {
        Node s = self.iri();
        out.label(s, Vocab.RDFS_LABEL, f, "name");
        out.link(s, CC.partner, f, "partners", PARTNERS);
        if (self.type().equals(CC.Twinning)) {
            for (Node twin : out.link(s, CC.twin, f, "twins", Family.PLACE)) {
                out.add(s, CC.partner, twin);
            }
        } else if (f.has("twins")) {
            throw new InputException(ErrorId.BAD_VALUE, f.at("twins"), "field 'twins' in a cooperation of type "
                + self.type().getLocalName(), "'twins' only with type Twinning");
        }
        out.link(s, CC.through, f, "through",
            EnumSet.of(Family.AGREEMENT, Family.PROGRAMME, Family.EVENT, Family.ORGANISATION, Family.COOPERATION));
        out.concepts(s, CC.status, f, "status", CC.Status, CC.STATUS);
        out.date(s, f, "date");
        out.concepts(s, CC.topic, f, "topics", CC.Topic, CC.TOPIC);
    }
}
