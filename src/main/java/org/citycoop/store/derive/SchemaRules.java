package org.citycoop.store.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.modify.TemplateLib;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The rules whose every branch joins one triple of data with the schema alone (super-classes, super-properties,
 * symmetric and inverse properties): what such a rule derives from one triple needs no query of the store, only
 * the schema's rows, read once. A rebuild applies them to each triple it adds as it adds it, so that these rules run
 * over the store once, at their turn in the first round, instead of again after every rule that adds triples.
 *
 * <p>The schema is the triples of {@code rdfs:subClassOf}, {@code rdfs:subPropertyOf} and {@code owl:inverseOf}, and
 * the typing of properties with OWL's classes; a derivation that adds one of them makes the rows stale
 * ({@link #readsSchema}), and the rebuild then runs every rule as if there were none of these.
 */
final class SchemaRules {
    private static final Set<Node> SCHEMA_PREDICATES = Set.of(RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(),
        OWL.inverseOf.asNode());
    /** The filters' evaluation context: one for every triple, made once (they call no function that keeps state). */
    private static final FunctionEnvBase FUNCTION_ENV = new FunctionEnvBase();
    private final boolean[] local;
    private final boolean[] selfClosed;
    /** Per local branch: its data pattern, heads, filters and the schema's rows keyed by the pattern's predicate. */
    private final List<LocalBranch> branches = new ArrayList<>();

    private SchemaRules(List<Rule> rules, DatasetGraph view, Node inferred) {
        this.local = new boolean[rules.size()];
        this.selfClosed = new boolean[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            List<LocalBranch> ruleBranches = new ArrayList<>();
            for (Branch branch : rules.get(i).branches()) {
                LocalBranch one = LocalBranch.of(i, branch, view, inferred);
                if (one == null) {
                    ruleBranches = null;
                    break;
                }
                ruleBranches.add(one);
            }
            if (ruleBranches != null) {
                local[i] = true;
                branches.addAll(ruleBranches);
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            selfClosed[i] = local[i] && selfClosed(i);
        }
    }

    /**
     * Whether what the rule derives from a triple is closed under the rule itself, given that triple: then its own
     * conclusions need not be put through it again. Checked on each schema row, with fresh IRIs for the data
     * pattern's other terms (true of the closures of {@code rdfs:subClassOf+} and {@code rdfs:subPropertyOf+}; not of
     * a symmetric or inverse property, whose conclusion leads back to a premise the inferred graph may lack).
     */
    private boolean selfClosed(int rule) {
        for (LocalBranch branch : branches) {
            if (branch.rule() != rule) {
                continue;
            }
            for (Triple premise : branch.samplePremises()) {
                Set<Quad> once = new HashSet<>(consequences(premise, rule, true));
                for (Quad conclusion : once) {
                    for (Quad twice : consequences(conclusion.asTriple(), rule, true)) {
                        if (!once.contains(twice)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /** Whether the rule's own conclusions need not be put through it again (see {@link #selfClosed(int)}). */
    boolean isSelfClosed(int rule) {
        return selfClosed[rule];
    }

    /** Reads the schema's rows of the rules that join one triple with the schema; call inside a transaction. */
    static SchemaRules of(List<Rule> rules, DatasetGraph view, Node inferred) {
        return new SchemaRules(rules, view, inferred);
    }

    /** Whether the rule at this position is one whose consequences of a triple this derives. */
    boolean isLocal(int rule) {
        return local[rule];
    }

    /** Whether a triple is one of the schema's, which the rows read at the start would miss. */
    static boolean readsSchema(Triple triple) {
        Node p = triple.getPredicate();
        return SCHEMA_PREDICATES.contains(p)
            || RDF.type.asNode().equals(p) && triple.getObject().isURI()
                && triple.getObject().getURI().startsWith(OWL.getURI());
    }

    /**
     * What the local rules derive in one step from one triple, as quads of the inferred graph; {@code except} is a
     * rule left out (below zero: none).
     */
    List<Quad> consequences(Triple triple, int except) {
        return consequences(triple, except, false);
    }

    private List<Quad> consequences(Triple triple, int rule, boolean only) {
        List<Quad> derived = new ArrayList<>();
        for (LocalBranch branch : branches) {
            if ((branch.rule() == rule) == only) {
                branch.derive(triple, derived);
            }
        }
        return derived;
    }

    /**
     * One local branch: its data pattern and the schema's rows, keyed by the values of the pattern's predicate and,
     * where the schema binds it, of its object ({@link Node#ANY} where it does not).
     */
    private record LocalBranch(int rule, Triple data, List<Quad> heads, List<ElementFilter> filters,
            Map<Node, Map<Node, List<Binding>>> rowsByKey) {

        static LocalBranch of(int rule, Branch branch, DatasetGraph view, Node inferred) {
            Triple data = null;
            ElementGroup schema = new ElementGroup();
            List<ElementFilter> filters = new ArrayList<>();
            for (Element element : branch.elements()) {
                if (element instanceof ElementFilter filter) {
                    filters.add(filter);
                } else if (isSchema(element)) {
                    schema.addElement(element);
                } else if (data == null && Branch.triple(element) != null) {
                    data = Branch.triple(element);
                } else {
                    return null;
                }
            }
            if (data == null || schema.isEmpty() || data.getPredicate().isVariable()
                    && !boundBy(schema, Var.alloc(data.getPredicate()))) {
                return null;
            }
            List<Quad> heads = branch.heads().stream().map(t -> Quad.create(inferred, t)).toList();
            Node object = data.getObject().isVariable() && boundBy(schema, Var.alloc(data.getObject()))
                ? data.getObject() : null;
            return new LocalBranch(rule, data, heads, filters, rows(schema, data.getPredicate(), object, view));
        }

        /** One premise per schema row, with a fresh IRI for each variable of the data pattern the row leaves open. */
        List<Triple> samplePremises() {
            List<Triple> premises = new ArrayList<>();
            rowsByKey.values().forEach(byObject -> byObject.values().forEach(rows -> rows.forEach(row -> {
                Node s = sample(data.getSubject(), row, "s");
                Node p = sample(data.getPredicate(), row, "p");
                Node o = sample(data.getObject(), row, "o");
                premises.add(Triple.create(s, p, o));
            })));
            return premises;
        }

        private static Node sample(Node term, Binding row, String name) {
            if (!term.isVariable()) {
                return term;
            }
            Node bound = row.get(Var.alloc(term));
            return bound != null ? bound : NodeFactory.createURI("urn:x-citycoop:sample:" + name);
        }

        void derive(Triple triple, List<Quad> derived) {
            Map<Node, List<Binding>> byObject = rowsByKey.get(triple.getPredicate());
            List<Binding> rows = byObject == null ? null
                : byObject.getOrDefault(triple.getObject(), byObject.get(Node.ANY));
            if (rows == null) {
                return;
            }
            for (Binding row : rows) {
                Binding full = match(row, triple);
                if (full != null && passes(full)) {
                    TemplateLib.calcQuads(heads, List.of(full).iterator()).forEachRemaining(derived::add);
                }
            }
        }

        private Binding match(Binding row, Triple triple) {
            BindingBuilder builder = Binding.builder(row);
            Node[] pattern = {data.getSubject(), data.getPredicate(), data.getObject()};
            Node[] values = {triple.getSubject(), triple.getPredicate(), triple.getObject()};
            for (int i = 0; i < 3; i++) {
                Node term = pattern[i];
                if (term.isVariable()) {
                    Var var = Var.alloc(term);
                    Node bound = builder.get(var);
                    if (bound == null) {
                        builder.add(var, values[i]);
                    } else if (!bound.equals(values[i])) {
                        return null;
                    }
                } else if (!term.equals(values[i])) {
                    return null;
                }
            }
            return builder.build();
        }

        private boolean passes(Binding binding) {
            for (ElementFilter filter : filters) {
                if (!filter.getExpr().isSatisfied(binding, FUNCTION_ENV)) {
                    return false;
                }
            }
            return true;
        }

        /** The schema part's solutions over the union graph, keyed by the data pattern's predicate and object. */
        private static Map<Node, Map<Node, List<Binding>>> rows(ElementGroup schema, Node predicate, Node object,
                DatasetGraph view) {
            Query query = new Query();
            query.setQuerySelectType();
            query.setQueryResultStar(true);
            query.setQueryPattern(new ElementNamedGraph(Quad.unionGraph, schema));
            Map<Node, Map<Node, List<Binding>>> byKey = new HashMap<>();
            try (QueryExec exec = QueryExec.dataset(view).query(query).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(row -> {
                    Node p = predicate.isVariable() ? row.get(Var.alloc(predicate)) : predicate;
                    Node o = object == null ? Node.ANY : row.get(Var.alloc(object));
                    byKey.computeIfAbsent(p, k -> new HashMap<>()).computeIfAbsent(o, k -> new ArrayList<>()).add(row);
                });
            }
            return byKey;
        }

        private static boolean boundBy(ElementGroup schema, Var var) {
            return PatternVars.vars(schema).contains(var);
        }

        private static boolean isSchema(Element element) {
            if (!(element instanceof ElementPathBlock block) || block.getPattern().size() != 1) {
                return false;
            }
            TriplePath path = block.getPattern().get(0);
            if (!path.isTriple()) {
                Set<Node> followed = new HashSet<>();
                Branch.links(path.getPath(), followed);
                return SCHEMA_PREDICATES.containsAll(followed);
            }
            return readsSchema(path.asTriple());
        }
    }
}
