package org.citycoop.load.record;

import java.util.EnumSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/** Organisations: governments, ministries and units, councils, alliances, companies, schools, care homes. */
final class OrganisationMapper extends SectionMapper {
    OrganisationMapper() {
        super(Family.ORGANISATION, null, "name", "abbreviation", "unitOf", "governs", "jurisdiction", "basedIn",
            "memberPlaces", "members", "wikidata");
    }

    @Override
    void emit(Fields f, Definition self, Emitter out) {
        Node s = self.iri();
        out.label(s, Vocab.RDFS_LABEL, f, "name");
        out.texts(s, Vocab.SKOS_ALT_LABEL, f, "abbreviation");
        out.link(s, Vocab.ORG_UNIT_OF, f, "unitOf", Family.ORGANISATION);
        out.link(s, CC.governs, f, "governs", Family.PLACE);
        out.link(s, CC.jurisdiction, f, "jurisdiction", Family.PLACE);
        out.link(s, CC.basedIn, f, "basedIn", Family.PLACE);
        out.link(s, CC.memberPlace, f, "memberPlaces", Family.PLACE);
        out.link(s, Vocab.ORG_HAS_MEMBER, f, "members", EnumSet.of(Family.ORGANISATION, Family.PERSON));
        ScalarValue wikidata = out.matching(f, "wikidata", "Q[1-9][0-9]*", "a Wikidata id such as Q10389");
        out.literal(s, CC.wikidataId, wikidata, "wikidata");
        out.exactMatch(s, wikidata, Vocab.WIKIDATA_ENTITY, "");
    }
}
