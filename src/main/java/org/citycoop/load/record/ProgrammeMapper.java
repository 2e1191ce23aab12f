package org.citycoop.load.record;

import java.util.EnumSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/** Programmes: training (OJT), degree and internship programmes, who runs them and with whom. */
final class ProgrammeMapper extends SectionMapper {
    ProgrammeMapper() {
        super(Family.PROGRAMME, null, "name", "runBy", "partners", "facilitatedBy", "partOf", "hostedIn",
            "participantsFrom", "status", "date", "qualifier", "topics");
    }

    @Override
    void emit(Fields f, Definition self, Emitter out) {
        Node s = self.iri();
        out.label(s, Vocab.RDFS_LABEL, f, "name");
        out.link(s, CC.runBy, f, "runBy", Family.ORGANISATION);
        out.link(s, CC.partner, f, "partners", CooperationMapper.PARTNERS);
        out.link(s, CC.facilitatedBy, f, "facilitatedBy", Family.ORGANISATION);
        out.link(s, CC.partOfProgramme, f, "partOf", Family.PROGRAMME);
        out.link(s, CC.hostedIn, f, "hostedIn", Family.PLACE);
        out.link(s, CC.participantsFrom, f, "participantsFrom", EnumSet.of(Family.ORGANISATION, Family.PLACE));
        out.concepts(s, CC.status, f, "status", CC.Status, CC.STATUS);
        out.date(s, f, "date");
        out.concepts(s, CC.topic, f, "topics", CC.Topic, CC.TOPIC);
    }
}
