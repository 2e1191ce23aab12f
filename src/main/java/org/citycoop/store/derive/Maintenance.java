package org.citycoop.store.derive;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.citycoop.Progress;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Delete-and-rederive (Gupta, Mumick and Subrahmanian's DRed) over the rules: what the removed triples supported
 * is taken out, whatever still follows from what stays is put back, and what the added triples give is added,
 * round by round, each round starting only from what the previous one changed. The result is the inferred graph a
 * full rebuild would make, at a cost that follows the change.
 */
final class Maintenance {
    /** The rules reach their fixpoint long before this; a change that does not is rebuilt instead. */
    private static final int MAX_ROUNDS = 1000;
    private final DatasetGraph view;
    private final Node inferred;
    private final Node retracting;
    private final Consequences consequences;
    private final Progress progress;
    private final Set<Node> pathPredicates;

    /**
     * @param pathPredicates the predicates of the rules' property paths: a change to them is not followed
     */
    Maintenance(List<Rule> rules, Set<Node> pathPredicates, DatasetGraph view, Node inferred, Node retracting,
            Progress progress) {
        this.view = view;
        this.inferred = inferred;
        this.retracting = retracting;
        this.consequences = new Consequences(rules, view);
        this.progress = progress;
        this.pathPredicates = pathPredicates;
    }

    /** Brings the inferred graph up to date with premises that lost {@code removed} and gained {@code added}. */
    Derivation.Change apply(Collection<Triple> removed, Collection<Triple> added) {
        followable(removed);
        followable(added);
        Set<Triple> gone = new LinkedHashSet<>();
        removed.stream().filter(t -> !stated(t)).forEach(gone::add);
        long inserted;
        long retracted;
        try (Progress.Phase phase = progress.phase("inferring from the change", -1, " triples")) {
            phase.at("retracting what " + String.format("%,d", gone.size()) + " removed triple(s) supported");
            Set<Triple> overdeleted = overdelete(gone, phase);
            overdeleted.forEach(t -> view.delete(inferred, t.getSubject(), t.getPredicate(), t.getObject()));
            phase.at("putting back what still follows");
            Set<Triple> back = overdeleted.isEmpty() ? Set.of() : consequences.stillFollowing(overdeleted);
            back.forEach(t -> view.add(inferred, t.getSubject(), t.getPredicate(), t.getObject()));
            Set<Triple> frontier = new LinkedHashSet<>(added);
            frontier.addAll(back);
            inserted = insert(frontier, phase);
            retracted = overdeleted.size() - back.size();
        }
        progress.note(String.format("inferring from the change: %,d triple(s) retracted, %,d added", retracted,
            inserted));
        return new Derivation.Change(retracted, inserted);
    }

    /**
     * Everything in the inferred graph that has a derivation using a removed triple. The removed triples are put
     * back for the while in a graph of their own, so that a body matching several of them still matches.
     */
    private Set<Triple> overdelete(Set<Triple> gone, Progress.Phase phase) {
        Set<Triple> overdeleted = new HashSet<>();
        if (gone.isEmpty()) {
            return overdeleted;
        }
        gone.forEach(t -> view.add(retracting, t.getSubject(), t.getPredicate(), t.getObject()));
        try {
            Set<Triple> frontier = gone;
            for (int round = 0; !frontier.isEmpty(); round++) {
                checkRounds(round);
                phase.at(String.format("retracting, round %d, from %,d triple(s)", round + 1, frontier.size()));
                Set<Triple> next = new LinkedHashSet<>();
                for (Triple triple : followable(consequences.using(frontier))) {
                    if (!overdeleted.contains(triple) && holds(inferred, triple)) {
                        overdeleted.add(triple);
                        next.add(triple);
                    }
                }
                phase.stepBy(next.size());
                frontier = next;
            }
        } finally {
            view.deleteAny(retracting, Node.ANY, Node.ANY, Node.ANY);
        }
        return overdeleted;
    }

    /** Adds what follows from the frontier, round by round, until a round derives nothing new. */
    private long insert(Set<Triple> start, Progress.Phase phase) {
        long inserted = 0;
        Set<Triple> frontier = start;
        for (int round = 0; !frontier.isEmpty(); round++) {
            checkRounds(round);
            phase.at(String.format("adding, round %d, from %,d triple(s)", round + 1, frontier.size()));
            Set<Triple> next = new LinkedHashSet<>();
            for (Triple triple : followable(consequences.using(frontier))) {
                if (!holds(inferred, triple)) {
                    view.add(inferred, triple.getSubject(), triple.getPredicate(), triple.getObject());
                    next.add(triple);
                }
            }
            inserted += next.size();
            phase.stepBy(next.size());
            frontier = next;
        }
        return inserted;
    }

    /**
     * The triples, when none of them is a step of a property path in a rule (such as the class hierarchy): a change
     * there reaches everything below it, which a rebuild handles better.
     */
    private <T extends Collection<Triple>> T followable(T triples) {
        for (Triple triple : triples) {
            if (pathPredicates.contains(triple.getPredicate())) {
                throw new Derivation.RebuildNeeded("the change touches " + triple.getPredicate()
                    + ", a step of the rules' paths");
            }
        }
        return triples;
    }

    /**
     * Whether a graph other than the inferred one holds the triple. A removed premise that the inferred graph also
     * holds is gone all the same: what derived it may have been derived from it.
     */
    private boolean stated(Triple triple) {
        java.util.Iterator<Quad> quads = view.findNG(Node.ANY, triple.getSubject(), triple.getPredicate(),
            triple.getObject());
        while (quads.hasNext()) {
            if (!inferred.equals(quads.next().getGraph())) {
                return true;
            }
        }
        return false;
    }

    private boolean holds(Node graph, Triple triple) {
        return view.contains(graph, triple.getSubject(), triple.getPredicate(), triple.getObject());
    }

    private static void checkRounds(int round) {
        if (round >= MAX_ROUNDS) {
            throw new Derivation.RebuildNeeded("the change still derived after " + MAX_ROUNDS + " rounds");
        }
    }
}
