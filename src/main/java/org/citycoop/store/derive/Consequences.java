package org.citycoop.store.derive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.util.VarUtils;

/**
 * What the rules derive in one step around some triples: either with one premise among them (the consequences of
 * a change), or with the conclusion among them (whether a triple still follows). Each question is a query per rule
 * branch, with the triples as rows of values that TDB2 substitutes into the rest of the body.
 */
final class Consequences {
    /** Rows per query: enough to amortise planning, few enough to keep the query small. */
    private static final int ROWS_PER_QUERY = 1000;
    private final List<Rule> rules;
    private final DatasetGraph view;

    Consequences(List<Rule> rules, DatasetGraph view) {
        this.rules = rules;
        this.view = view;
    }

    /** What follows in one step from what the view holds, using at least one of {@code premises}. */
    Set<Triple> using(Collection<Triple> premises) {
        Map<Node, List<Triple>> byPredicate = byPredicate(premises);
        Set<Triple> derived = new LinkedHashSet<>();
        for (Rule rule : rules) {
            for (Branch branch : rule.branches()) {
                for (int position : branch.atoms()) {
                    Triple atom = branch.atom(position);
                    evaluate(branch.heads(), branch, position, atom, candidates(atom, premises, byPredicate), derived);
                }
            }
        }
        return derived;
    }

    /** Which of {@code conclusions} follow in one step from what the view holds. */
    Set<Triple> stillFollowing(Set<Triple> conclusions) {
        Map<Node, List<Triple>> byPredicate = byPredicate(conclusions);
        Set<Triple> derived = new HashSet<>();
        for (Rule rule : rules) {
            for (Branch branch : rule.branches()) {
                for (Triple head : branch.heads()) {
                    evaluate(List.of(head), branch, -1, head, candidates(head, conclusions, byPredicate), derived);
                }
            }
        }
        derived.retainAll(conclusions);
        return derived;
    }

    private static Map<Node, List<Triple>> byPredicate(Collection<Triple> triples) {
        Map<Node, List<Triple>> index = new HashMap<>();
        triples.forEach(t -> index.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t));
        return index;
    }

    private static Collection<Triple> candidates(Triple pattern, Collection<Triple> all, Map<Node, List<Triple>> index) {
        return pattern.getPredicate().isVariable() ? all : index.getOrDefault(pattern.getPredicate(), List.of());
    }

    /** Evaluates the branch with {@code pattern} bound to each matching triple, and instantiates the heads. */
    private void evaluate(List<Triple> heads, Branch branch, int skipped, Triple pattern, Collection<Triple> triples,
            Set<Triple> derived) {
        List<Var> vars = List.copyOf(VarUtils.getVars(pattern));
        List<Binding> rows = new ArrayList<>();
        for (Triple triple : triples) {
            Binding row = match(pattern, triple);
            if (row != null) {
                rows.add(row);
            }
            if (rows.size() == ROWS_PER_QUERY) {
                run(heads, branch.bound(skipped, vars, rows), derived);
                rows = new ArrayList<>();
            }
        }
        if (!rows.isEmpty()) {
            run(heads, branch.bound(skipped, vars, rows), derived);
        }
    }

    private void run(List<Triple> heads, Element pattern, Set<Triple> derived) {
        Query query = new Query();
        query.setQuerySelectType();
        query.setQueryResultStar(true);
        query.setQueryPattern(new ElementNamedGraph(Quad.unionGraph, pattern));
        // filters stay after the basic graph pattern: placing them early splits it, and TDB2 could no longer start
        // from the patterns a row's values bind
        try (QueryExec exec = QueryExec.dataset(view).query(query).set(ARQ.optFilterPlacement, false)
                .set(ARQ.optFilterPlacementBGP, false).build()) {
            RowSet results = exec.select();
            results.forEachRemaining(binding -> {
                for (Triple head : heads) {
                    Triple triple = Substitute.substitute(head, binding);
                    if (triple.isConcrete()) {
                        derived.add(triple);
                    }
                }
            });
        }
    }

    /** The values a triple gives a pattern's variables, or null where it does not match the pattern. */
    private static Binding match(Triple pattern, Triple triple) {
        BindingBuilder row = BindingBuilder.create();
        Node[] want = {pattern.getSubject(), pattern.getPredicate(), pattern.getObject()};
        Node[] have = {triple.getSubject(), triple.getPredicate(), triple.getObject()};
        for (int i = 0; i < 3; i++) {
            if (want[i].isVariable()) {
                Var var = Var.alloc(want[i]);
                Node bound = row.get(var);
                if (bound == null) {
                    row.add(var, have[i]);
                } else if (!bound.equals(have[i])) {
                    return null;
                }
            } else if (!want[i].equals(have[i])) {
                return null;
            }
        }
        return row.build();
    }
}
