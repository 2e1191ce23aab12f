package org.citycoop.load.record;

import org.apache.jena.graph.Node;
import org.citycoop.ontology.CC;

/** Ratings: the grade an organisation was given under a scheme (SAKIP CC, then A), by whom, when. */
final class RatingMapper extends SectionMapper {
    RatingMapper() {
        super(Family.RATING, CC.Rating, "of", "scheme", "grade", "ratedBy", "supersedes", "date", "qualifier");
    }

    @Override
    void emit(Fields f, Definition self, Emitter out) {
        Node s = self.iri();
        out.link(s, CC.ratingOf, f, "of", Family.ORGANISATION);
        out.link(s, CC.ratingScheme, f, "scheme", Family.SYSTEM);
        ScalarValue grade = out.matching(f, "grade", "[A-Za-z0-9+\\-]{1,8}", "a grade such as A, BB or CC");
        out.literal(s, CC.grade, grade, "grade");
        out.link(s, CC.ratedBy, f, "ratedBy", Family.ORGANISATION);
        out.link(s, CC.supersedes, f, "supersedes", Family.RATING);
        out.date(s, f, "date");
    }
}
