package org.citycoop.store.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/**
 * One conjunctive body of a rule, in the order it was written: triple patterns, property paths, filters and binds.
 * A rule whose body has unions has one branch per way through them.
 */
record Branch(List<Element> elements) {

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
     * substituted into the rest; {@code skipped} below zero keeps every pattern.
     */
    Element bound(int skipped, List<Var> vars, List<Binding> rows) {
        ElementGroup group = new ElementGroup();
        ElementData data = new ElementData(vars, rows);
        group.addElement(data);
        ElementPathBlock block = null;
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (i == skipped) {
                continue;
            }
            if (element instanceof ElementPathBlock paths) {
                // consecutive patterns make one basic graph pattern, which TDB2 orders as a whole
                if (block == null) {
                    block = new ElementPathBlock();
                    group.addElement(block);
                }
                paths.getPattern().forEach(block::addTriplePath);
            } else {
                block = null;
                group.addElement(element);
            }
        }
        return group;
    }

    private static void links(Path path, Set<Node> predicates) {
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

    private static Triple triple(Element element) {
        if (element instanceof ElementPathBlock block && block.getPattern().size() == 1) {
            TriplePath path = block.getPattern().get(0);
            return path.isTriple() ? path.asTriple() : null;
        }
        return null;
    }
}
