package org.citycoop.load.record;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/** Posts such as Wali Kota Bandung: a position in an organisation that people hold over time. */
final class PostMapper implements SectionMapper {
    @Override
    public Family family() {
        return Family.POST;
    }

    @Override
    public Set<String> fields() {
        return Set.of("key", "type", "title", "organisation", "note", "evidence");
    }

    @Override
    public Node defaultType() {
        return CC.Post;
    }

    @Override
    public void emit(Fields f, Definition self, Emitter out) {
        Node s = self.iri();
        if (!f.has("title")) {
            throw f.missing("title");
        }
        if (!f.has("organisation")) {
            throw f.missing("organisation");
        }
        out.label(s, Vocab.RDFS_LABEL, f, "title");
        out.link(s, Vocab.ORG_POST_IN, f, "organisation", Family.ORGANISATION);
        out.text(s, Vocab.RDFS_COMMENT, f, "note");
        out.evidence(s, f);
    }
}
