package org.citycoop.store.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/**
 * One conjunctive body of a rule, with what it derives: triple patterns, property paths and filters. A rule whose
 * body has unions has one branch per way through them; a bind of one variable to another is spelled out by using
 * one name for both, so that whichever of them a change binds, the patterns that use it see it.
 *
 * @param heads    the templates of what the branch derives
 * @param elements its triple patterns (one per element), paths and filters
 */
record Branch(List<Triple> heads, List<Element> elements) {

    /** A branch of a rule: binds of a variable to a variable become one variable. */
    static Branch of(List<Triple> heads, List<Element> elements) {
        List<Triple> renamedHeads = new ArrayList<>(heads);
        List<Element> renamed = new ArrayList<>(elements);
        for (Element element : elements) {
            if (element instanceof ElementBind bind && bind.getExpr().isVariable()) {
                Var from = bind.getVar();
                Var to = bind.getExpr().asVar();
                UnaryOperator<Node> rename = node -> from.equals(node) ? to : node;
                renamed.remove(element);
                renamed.replaceAll(e -> renamed(e, rename));
                renamedHeads.replaceAll(t -> Triple.create(rename.apply(t.getSubject()), rename.apply(t.getPredicate()),
                    rename.apply(t.getObject())));
            } else if (element instanceof ElementBind) {
                throw new IllegalStateException("an inference rule binds an expression the derivation cannot follow: "
                    + element);
            }
        }
        return new Branch(List.copyOf(renamedHeads), List.copyOf(renamed));
    }

    private static Element renamed(Element element, UnaryOperator<Node> rename) {
        if (element instanceof ElementPathBlock block) {
            ElementPathBlock copy = new ElementPathBlock();
            for (TriplePath path : block.getPattern()) {
                Node s = rename.apply(path.getSubject());
                Node o = rename.apply(path.getObject());
                copy.addTriplePath(path.isTriple() ? new TriplePath(Triple.create(s, rename.apply(path.getPredicate()), o))
                    : new TriplePath(s, path.getPath(), o));
            }
            return copy;
        }
        if (element instanceof ElementFilter filter) {
            return new ElementFilter(filter.getExpr().applyNodeTransform(rename::apply));
        }
        return element;
    }

    /** The positions of the plain triple patterns, the ones a changed triple can stand in for. */
    List<Integer> atoms() {
        List<Integer> atoms = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            if (triple(elements.get(i)) != null) {
                atoms.add(i);
            }
        }
        return atoms;
    }

    Triple atom(int position) {
        return triple(elements.get(position));
    }

    /**
     * The predicates the branch matches: those of its triple patterns and paths, with {@link Node#ANY} for a
     * pattern whose predicate is a variable.
     */
    Set<Node> readPredicates() {
        Set<Node> predicates = pathPredicates();
        for (int position : atoms()) {
            Node predicate = atom(position).getPredicate();
            predicates.add(predicate.isVariable() ? Node.ANY : predicate);
        }
        return predicates;
    }

    /** The predicates of the property paths: a change to them reaches beyond one step, so it needs a rebuild. */
    Set<Node> pathPredicates() {
        Set<Node> predicates = new HashSet<>();
        for (Element element : elements) {
            if (element instanceof ElementPathBlock block) {
                block.getPattern().forEach(path -> {
                    if (!path.isTriple()) {
                        links(path.getPath(), predicates);
                    }
                });
            }
        }
        return predicates;
    }

    /**
     * The body with the pattern at {@code skipped} replaced by rows of values, put first so that each row is
     * substituted into the rest; {@code skipped} below zero keeps every pattern. The plain patterns make one basic
     * graph pattern, which TDB2 orders as a whole once a row's values are in it; paths and filters follow.
     */
    Element bound(int skipped, List<Var> vars, List<Binding> rows) {
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementData(vars, rows));
        ElementPathBlock triples = new ElementPathBlock();
        List<Element> paths = new ArrayList<>();
        List<Element> filters = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (i == skipped) {
                continue;
            }
            if (triple(element) != null) {
                triples.addTriple(triple(element));
            } else if (element instanceof ElementPathBlock) {
                paths.add(element);
            } else {
                filters.add(element);
            }
        }
        if (!triples.isEmpty()) {
            group.addElement(triples);
        }
        paths.forEach(group::addElement);
        filters.forEach(group::addElement);
        return group;
    }

    /** Adds the predicates a property path follows. */
    static void links(Path path, Set<Node> predicates) {
        if (path instanceof P_Link link) {
            predicates.add(link.getNode());
        } else if (path instanceof P_ReverseLink link) {
            predicates.add(link.getNode());
        } else if (path instanceof P_Path1 unary) {
            links(unary.getSubPath(), predicates);
        } else if (path instanceof P_Path2 binary) {
            links(binary.getLeft(), predicates);
            links(binary.getRight(), predicates);
        } else {
            throw new IllegalStateException("an inference rule uses a path the derivation cannot follow: " + path);
        }
    }

    /** The element's triple pattern, when it is one plain pattern (not a path); else null. */
    static Triple triple(Element element) {
        if (element instanceof ElementPathBlock block && block.getPattern().size() == 1) {
            TriplePath path = block.getPattern().get(0);
            return path.isTriple() ? path.asTriple() : null;
        }
        return null;
    }
}
