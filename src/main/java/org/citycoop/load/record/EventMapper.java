package org.citycoop.load.record;

import java.util.EnumSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * Events with their date and precision, place, host, visitors, delegations and participants. A participant
 * is a {@code cc:Participation} at {@code <event>/participant/<key>}; a delegation is a {@code cc:Delegation}
 * at {@code <event>/delegation/<key>}, and its members are participations in the event.
 */
final class EventMapper extends SectionMapper {
    static final Set<Family> AGENTS = EnumSet.of(Family.ORGANISATION, Family.PERSON);
    private static final Set<String> PARTICIPANT_FIELDS =
        Set.of("person", "organisation", "post", "role", "for", "note", "evidence");
    private static final Set<String> DELEGATION_FIELDS =
        Set.of("key", "name", "sentBy", "leader", "members", "note", "evidence");

    EventMapper() {
        super(Family.EVENT, null, "name", "date", "qualifier", "start", "end", "place", "venue", "hosts",
            "visitors", "status", "followsUp", "partOf", "topics", "concerns", "presents", "delegations",
            "participants");
    }

    @Override
    void emit(Fields f, Definition self, Emitter out) {
        Node s = self.iri();
        out.label(s, Vocab.RDFS_LABEL, f, "name");
        out.date(s, f, "date");
        out.dateTime(s, CC.startTime, f, "start");
        out.dateTime(s, CC.endTime, f, "end");
        out.link(s, CC.place, f, "place", Family.PLACE);
        out.link(s, CC.venue, f, "venue", Family.PLACE);
        out.link(s, CC.host, f, "hosts", AGENTS);
        out.link(s, CC.visitor, f, "visitors", AGENTS);
        out.concepts(s, CC.status, f, "status", CC.Status, CC.STATUS);
        out.link(s, CC.followsUp, f, "followsUp", Family.EVENT);
        out.link(s, CC.partOfEvent, f, "partOf", Family.EVENT);
        out.concepts(s, CC.topic, f, "topics", CC.Topic, CC.TOPIC);
        out.link(s, CC.concerns, f, "concerns", EnumSet.of(Family.AGREEMENT, Family.PROGRAMME, Family.COOPERATION));
        out.link(s, CC.presents, f, "presents", Family.SYSTEM);
        for (Value value : f.records("delegations")) {
            delegation(new Fields(value, "a delegation of event " + self.key(), DELEGATION_FIELDS), self, out);
        }
        for (Value value : f.records("participants")) {
            participant(new Fields(value, "a participant of event " + self.key(), PARTICIPANT_FIELDS), self, null, out);
        }
    }

    private static void delegation(Fields f, Definition event, Emitter out) {
        String key = Emitter.checkKey(f.requiredScalar("key"));
        Node delegation = NodeFactory.createURI(event.iri().getURI() + "/delegation/" + key);
        out.record(delegation, "delegation '" + key + "' of event '" + event.key() + "'", f.location());
        out.type(delegation, CC.Delegation);
        if (!f.has("sentBy")) {
            throw f.missing("sentBy");
        }
        out.label(delegation, Vocab.RDFS_LABEL, f, "name");
        out.link(delegation, CC.sentBy, f, "sentBy", Family.ORGANISATION);
        out.link(delegation, CC.leader, f, "leader", Family.PERSON);
        out.text(delegation, Vocab.RDFS_COMMENT, f, "note");
        out.evidence(delegation, f);
        out.add(event.iri(), CC.participant, delegation);
        for (Value value : f.records("members")) {
            participant(new Fields(value, "a member of delegation " + key, PARTICIPANT_FIELDS), event, delegation, out);
        }
    }

    private static void participant(Fields f, Definition event, Node delegation, Emitter out) {
        ScalarValue who = f.has("person") ? f.scalar("person") : f.has("organisation") ? f.scalar("organisation")
            : f.scalar("post");
        if (who == null) {
            throw new InputException(ErrorId.MISSING_FIELD, f.location(), f.kind() + " that names nobody",
                "a field 'person', 'organisation' or 'post'");
        }
        String key = Emitter.checkKey(who);
        Node participation = NodeFactory.createURI(event.iri().getURI() + "/participant/" + key);
        out.record(participation, "participant '" + key + "' of event '" + event.key() + "'", f.location());
        out.type(participation, CC.Participation);
        out.add(participation, CC.inEvent, event.iri());
        out.link(participation, CC.agent, f, "person", Family.PERSON);
        out.link(participation, CC.agent, f, "organisation", Family.ORGANISATION);
        out.link(participation, CC.inCapacityOf, f, "post", Family.POST);
        out.link(participation, CC.onBehalfOf, f, "for", Family.ORGANISATION);
        if (f.has("role")) {
            out.concept(participation, CC.role, f.scalar("role"), "role", CC.Role, CC.ROLE);
        } else {
            out.add(participation, CC.role, NodeFactory.createURI(CC.ROLE + (delegation == null ? "participant" : "member")));
        }
        if (delegation != null) {
            out.add(participation, CC.inDelegation, delegation);
        }
        out.text(participation, Vocab.RDFS_COMMENT, f, "note");
        out.evidence(participation, f);
    }
}
