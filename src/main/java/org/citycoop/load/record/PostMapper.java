package org.citycoop.load.record;


import org.apache.jena.graph.Node;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/** Posts such as Wali Kota Bandung: a position in an organisation that people hold over time. */
final class PostMapper extends SectionMapper {
    PostMapper() {
        super(Family.POST, CC.Post, "title", "organisation");
    }

    @Override
    void emit(Fields f, Definition self, Emitter out) {
        Node s = self.iri();
        if (!f.has("title")) {
            throw f.missing("title");
        }
        if (!f.has("organisation")) {
            throw f.missing("organisation");
        }
        out.label(s, Vocab.RDFS_LABEL, f, "title");
        out.link(s, Vocab.ORG_POST_IN, f, "organisation", Family.ORGANISATION);
    }
}
