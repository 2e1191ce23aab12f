package org.citycoop.store.derive;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citycoop.Progress;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateRequest;

/**
 * The inferred graph kept as the rules' fixpoint over the other graphs: rebuilt from scratch, or brought up to date
 * with a change of premises by delete-and-rederive, with the same result. The rules are SPARQL updates of one
 * form: {@code INSERT { GRAPH inferred { templates } } WHERE { GRAPH <urn:x-arq:UnionGraph> { body } }}, where the
 * body has triple patterns, property paths, unions, filters and binds.
 *
 * <pre>{@code
 * Derivation derivation = new Derivation(rules, inferredGraph, scratchGraph);
 * derivation.update(dataset, removedTriples, addedTriples, System.err::println); // inside a write transaction
 * }</pre>
 */
public final class Derivation {
    private static final int MAX_ROUNDS = 20;
    private final UpdateRequest request;
    private final List<Rule> rules;
    private final Set<Node> pathPredicates = new HashSet<>();
    private final Node inferred;
    private final Node retracting;

    /** What an update changed in the inferred graph. */
    public record Change(long retracted, long added) {
    }

    /** Signals a change an update does not follow (the ontology's hierarchy, say); rebuild instead. */
    public static final class RebuildNeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RebuildNeeded(String reason) {
            super(reason);
        }
    }

    /**
     * @param rules      the rules, as SPARQL updates of the supported form
     * @param inferred   the graph the rules write to
     * @param retracting a graph name no source uses, which holds removed triples for the while of an update
     */
    public Derivation(UpdateRequest rules, Node inferred, Node retracting) {
        this.request = rules;
        this.rules = rules.getOperations().stream().map((Update u) -> Rule.of(u, inferred)).toList();
        this.rules.forEach(rule -> rule.branches().forEach(b -> pathPredicates.addAll(b.pathPredicates())));
        this.inferred = inferred;
        this.retracting = retracting;
    }

    /**
     * Derives the inferred graph from scratch; call inside a write transaction. Returns its size. Every rule runs
     * once, in order; then, round after round, a rule runs again only when a rule run since its last run added
     * triples of a predicate its body reads. When none is left to run, each has run on what all the others left:
     * that is the fixpoint, reached without running again the rules whose premises did not change.
     */
    public long rebuild(DatasetGraph dataset, Progress progress) {
        dataset.removeGraph(inferred);
        List<Update> all = request.getOperations();
        // counts what each rule adds as it adds it: the size of a graph of TDB2 is a pass over it
        NewQuads counted = new NewQuads(dataset);
        boolean[] due = new boolean[all.size()];
        java.util.Arrays.fill(due, true);
        int pending = all.size();
        try (Progress.Phase inferring = progress.phase("inferring", -1, " rules run")) {
            for (int round = 0; round < MAX_ROUNDS && pending > 0; round++) {
                inferring.at("from scratch, round " + (round + 1));
                for (int i = 0; i < all.size(); i++) {
                    if (!due[i]) {
                        continue;
                    }
                    due[i] = false;
                    pending--;
                    Set<Node> added = counted.run(all.get(i));
                    inferring.stepBy(1);
                    for (int j = 0; j < rules.size(); j++) {
                        if (!due[j] && rules.get(j).reads(added)) {
                            due[j] = true;
                            pending++;
                        }
                    }
                }
                progress.note("inferring: round " + (round + 1) + ", " + String.format("%,d", counted.added())
                    + " triples");
            }
        }
        return counted.added();
    }

    /**
     * Brings the inferred graph up to date after the premises (the union of the dataset's other graphs) lost
     * {@code removed} and gained {@code added}; call inside a write transaction, with the change made. Either set
     * may hold more than changed: triples still present among the removed, or present before among the added, cost
     * time only.
     *
     * @throws RebuildNeeded when the change is one an update does not follow
     */
    public Change update(DatasetGraph dataset, Collection<Triple> removed, Collection<Triple> added,
            Progress progress) {
        return new Maintenance(rules, pathPredicates, dataset, inferred, retracting, progress).apply(removed, added);
    }

    /**
     * A dataset that adds a quad only when it is not there already, counting those it adds. The rules' updates run
     * on it (queries still go to TDB2's engine, which unwraps it).
     */
    private static final class NewQuads extends DatasetGraphWrapper {
        private long added;
        private final Set<Node> predicates = new HashSet<>();

        NewQuads(DatasetGraph base) {
            super(base);
        }

        long added() {
            return added;
        }

        /** Runs one rule; returns the predicates of the triples it added. */
        Set<Node> run(Update rule) {
            predicates.clear();
            UpdateAction.execute(rule, this);
            return Set.copyOf(predicates);
        }

        @Override
        public void add(Quad quad) {
            if (!getW().contains(quad)) {
                getW().add(quad);
                predicates.add(quad.getPredicate());
                added++;
            }
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            add(Quad.create(g, s, p, o));
        }
    }
}
