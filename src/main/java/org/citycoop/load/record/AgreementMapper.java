package org.citycoop.load.record;


import org.apache.jena.graph.Node;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/** Agreements (LoI, MoU, sister-city, cooperation, joint) with parties, status and what they still need. */
final class AgreementMapper extends SectionMapper {
    AgreementMapper() {
        super(Family.AGREEMENT, null, "name", "parties", "status", "date", "qualifier", "signatories",
            "intendedSignatories", "requiresApprovalOf", "draftedBy", "topics");
    }

    @Override
    void emit(Fields f, Definition self, Emitter out) {
        Node s = self.iri();
        out.label(s, Vocab.RDFS_LABEL, f, "name");
        out.link(s, CC.party, f, "parties", EventMapper.AGENTS);
        if (!f.has("status")) {
            throw f.missing("status");
        }
        out.concepts(s, CC.status, f, "status", CC.Status, CC.STATUS);
        out.date(s, f, "date");
        out.link(s, CC.signatory, f, "signatories", Family.PERSON);
        out.link(s, CC.intendedSignatory, f, "intendedSignatories", Family.POST);
        out.link(s, CC.requiresApprovalOf, f, "requiresApprovalOf", Family.ORGANISATION);
        out.link(s, CC.draftedBy, f, "draftedBy", EventMapper.AGENTS);
        out.concepts(s, CC.topic, f, "topics", CC.Topic, CC.TOPIC);
    }
}
