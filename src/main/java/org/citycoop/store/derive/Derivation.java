package org.citycoop.store.derive;

import java.util.ArrayDeque;
import java.util.Arrays;
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
     * triples of a predicate it reads. When none is left to run, each has run on what all the others left:
     * that is the fixpoint, reached without running again the rules whose premises did not change. The rules that
     * join one triple with the schema alone ({@link SchemaRules}) are applied to each triple as it is added, so they
     * run over the store once; should a rule derive schema triples, every rule runs again the plain way.
     */
    public long rebuild(DatasetGraph dataset, Progress progress) {
        dataset.removeGraph(inferred);
        List<Update> all = request.getOperations();
        // counts what each rule adds as it adds it: the size of a graph of TDB2 is a pass over it
        NewQuads counted = new NewQuads(dataset, SchemaRules.of(rules, dataset, inferred), rules.size());
        boolean[] due = new boolean[all.size()];
        Arrays.fill(due, true);
        int pending = all.size();
        try (Progress.Phase inferring = progress.phase("inferring", -1, " rules run")) {
            for (int round = 0; round < MAX_ROUNDS && pending > 0; round++) {
                for (int i = 0; i < all.size(); i++) {
                    if (!due[i]) {
                        continue;
                    }
                    // a rule over a big store runs for seconds: say which one, first, as a narrow bar cuts the end
                    inferring.at("rule " + (i + 1) + " of " + all.size() + ", round " + (round + 1) + ", from scratch");
                    due[i] = false;
                    pending--;
                    boolean closing = counted.closing();
                    Set<Node> added = counted.run(i, all.get(i));
                    inferring.stepBy(1);
                    if (closing && !counted.closing()) {
                        Arrays.fill(due, true);
                        pending = all.size();
                        continue;
                    }
                    pending += markDue(due, added, counted);
                }
                progress.note("inferring: round " + (round + 1) + ", " + String.format("%,d", counted.added())
                    + " triples");
            }
        }
        return counted.added();
    }

    /**
     * Marks due the rules that read a predicate just added, but for the schema rules, which see each triple as it is
     * added; returns how many it marked.
     */
    private int markDue(boolean[] due, Set<Node> added, NewQuads counted) {
        int marked = 0;
        for (int j = 0; j < rules.size(); j++) {
            if (!due[j] && rules.get(j).reads(added) && !counted.closes(j)) {
                due[j] = true;
                marked++;
            }
        }
        return marked;
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
     * A dataset that adds a quad only when it is not there already, counting those it adds, and puts each quad it
     * adds through the schema rules. The rules' updates run on it (queries still go to TDB2's engine, which unwraps
     * it).
     */
    private static final class NewQuads extends DatasetGraphWrapper {
        private final Set<Quad> added = new HashSet<>();
        private final Set<Node> predicates = new HashSet<>();
        private final ArrayDeque<Quad> pending = new ArrayDeque<>();
        private final boolean[] ran;
        private SchemaRules schema;
        private int running = -1;

        NewQuads(DatasetGraph base, SchemaRules schema, int rules) {
            super(base);
            this.schema = schema;
            this.ran = new boolean[rules];
        }

        long added() {
            return added.size();
        }

        /** Whether added triples still go through the schema rules (no rule has derived a schema triple). */
        boolean closing() {
            return schema != null;
        }

        /** Whether the rule at this position has run over the store and sees every later triple as it is added. */
        boolean closes(int rule) {
            return schema != null && schema.isLocal(rule) && ran[rule];
        }

        /** Runs one rule; returns the predicates of the triples it added. */
        Set<Node> run(int position, Update rule) {
            predicates.clear();
            running = position;
            UpdateAction.execute(rule, this);
            running = -1;
            ran[position] = true;
            return Set.copyOf(predicates);
        }

        @Override
        public void add(Quad quad) {
            if (!addNew(quad) || schema == null) {
                return;
            }
            int except = running >= 0 && schema.isSelfClosed(running) ? running : -1;
            pending.addAll(schema.consequences(quad.asTriple(), except));
            while (!pending.isEmpty() && schema != null) {
                Quad next = pending.poll();
                if (addNew(next)) {
                    pending.addAll(schema.consequences(next.asTriple(), -1));
                }
            }
            pending.clear();
        }

        private boolean addNew(Quad quad) {
            // the inferred graph was emptied when the rebuild began: what it holds now is what was added since, which
            // a set in memory tells without a lookup in every index of the store
            if (!added.add(quad)) {
                return false;
            }
            getW().add(quad);
            predicates.add(quad.getPredicate());
            if (schema != null && SchemaRules.readsSchema(quad.asTriple())) {
                schema = null;
            }
            return true;
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            add(Quad.create(g, s, p, o));
        }
    }
}
