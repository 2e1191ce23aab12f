package org.citycoop.load.record;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * People, with academic titles kept apart from the name, and the posts they hold ({@code posts}), each a
 * {@code cc:Tenure} at {@code id/tenure/<person>/<post>}.
 */
final class PersonMapper extends SectionMapper {
    private static final Set<String> TENURE_FIELDS =
        Set.of("post", "title", "acting", "from", "until", "attested", "evidence");

    PersonMapper() {
        super(Family.PERSON, CC.Person, "name", "prefixes", "suffixes", "nicknames", "posts");
    }

    @Override
    void emit(Fields f, Definition self, Emitter out) {
        Node s = self.iri();
        if (!f.has("name")) {
            throw f.missing("name");
        }
        out.text(s, Vocab.FOAF_NAME, f, "name");
        out.text(s, Vocab.RDFS_LABEL, f, "name");
        out.texts(s, Vocab.HONORIFIC_PREFIX, f, "prefixes");
        out.texts(s, Vocab.HONORIFIC_SUFFIX, f, "suffixes");
        out.texts(s, Vocab.FOAF_NICK, f, "nicknames");
        for (Value value : f.records("posts")) {
            tenure(new Fields(value, "a post held by " + self.key(), TENURE_FIELDS), self, out);
        }
    }

    private static void tenure(Fields f, Definition person, Emitter out) {
        ScalarValue postKey = f.requiredScalar("post");
        String from = f.text("from");
        String id = person.key() + "/" + postKey.text().trim() + (from == null ? "" : "-" + from.trim());
        Node tenure = NodeFactory.createURI(CC.ID + "tenure/" + id);
        out.record(tenure, "post '" + postKey.text() + "' of person '" + person.key() + "'", f.location());
        out.type(tenure, CC.Tenure);
        out.add(tenure, CC.holder, person.iri());
        out.link(tenure, CC.post, f, "post", Family.POST);
        out.text(tenure, CC.titleAsStated, f, "title");
        out.bool(tenure, CC.acting, f, "acting");
        out.simpleDate(tenure, CC.startDate, f, "from");
        out.simpleDate(tenure, CC.endDate, f, "until");
        out.simpleDate(tenure, CC.attestedOn, f, "attested");
        out.evidence(tenure, f);
    }
}
