package org.citycoop.load.record;

import org.apache.jena.graph.Node;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/** Government systems: the applications and schemes a government works with (e-budgeting, SAKIP), and who runs them. */
final class SystemMapper extends SectionMapper {
    SystemMapper() {
        super(Family.SYSTEM, CC.GovernmentSystem, "name", "abbreviation", "operatedBy", "topics");
    }

    @Override
    void emit(Fields f, Definition self, Emitter out) {
        Node s = self.iri();
        out.label(s, Vocab.RDFS_LABEL, f, "name");
        out.texts(s, Vocab.SKOS_ALT_LABEL, f, "abbreviation");
        out.link(s, CC.operatedBy, f, "operatedBy", Family.ORGANISATION);
        out.concepts(s, CC.topic, f, "topics", CC.Topic, CC.TOPIC);
    }
}
