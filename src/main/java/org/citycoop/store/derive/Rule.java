package org.citycoop.store.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.update.Update;

/**
 * One inference rule: the triples it derives (templates over the body's variables) and its body as a union of
 * conjunctive branches, read from an {@code INSERT { GRAPH g { ... } } WHERE { GRAPH <union> { ... } }}.
 *
 * @param heads    the templates of what the rule derives
 * @param branches the ways its body can match, unions spelled out, each with the heads in its own variables
 */
record Rule(List<Triple> heads, List<Branch> branches) {

    /** Whether a triple of one of these predicates can match the rule's body. */
    boolean reads(Set<Node> predicates) {
        for (Branch branch : branches) {
            Set<Node> read = branch.readPredicates();
            if (read.contains(Node.ANY) ? !predicates.isEmpty() : predicates.stream().anyMatch(read::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Reads a rule; it must write to {@code target} only and read the union graph. */
    static Rule of(Update update, Node target) {
        if (!(update instanceof UpdateModify modify) || modify.hasDeleteClause()) {
            throw unsupported("only INSERT ... WHERE", update);
        }
        List<Triple> heads = new ArrayList<>();
        for (Quad quad : modify.getInsertQuads()) {
            if (!target.equals(quad.getGraph())) {
                throw unsupported("a rule writes to the inferred graph only", update);
            }
            heads.add(quad.asTriple());
        }
        Element body = modify.getWherePattern();
        if (body instanceof ElementGroup group && group.size() == 1) {
            body = group.get(0);
        }
        if (!(body instanceof ElementNamedGraph named) || !Quad.isUnionGraph(named.getGraphNameNode())) {
            throw unsupported("a rule reads the union graph", update);
        }
        List<Branch> branches = expand(named.getElement()).stream().map(way -> Branch.of(heads, way)).toList();
        return new Rule(List.copyOf(heads), branches);
    }

    /** Spells out unions: each way through the pattern as a list of triple patterns, paths, filters and binds. */
    private static List<List<Element>> expand(Element element) {
        if (element instanceof ElementGroup group) {
            List<List<Element>> ways = List.of(List.of());
            for (Element part : group.getElements()) {
                ways = product(ways, expand(part));
            }
            return ways;
        }
        if (element instanceof ElementUnion union) {
            List<List<Element>> ways = new ArrayList<>();
            union.getElements().forEach(part -> ways.addAll(expand(part)));
            return ways;
        }
        if (element instanceof ElementPathBlock block) {
            List<Element> patterns = new ArrayList<>();
            for (TriplePath path : block.getPattern()) {
                ElementPathBlock one = new ElementPathBlock();
                one.addTriplePath(path);
                patterns.add(one);
            }
            return List.of(patterns);
        }
        if (element instanceof ElementFilter || element instanceof ElementBind) {
            return List.of(List.of(element));
        }
        throw new IllegalStateException("an inference rule uses a pattern the derivation cannot follow: " + element);
    }

    private static List<List<Element>> product(List<List<Element>> left, List<List<Element>> right) {
        List<List<Element>> ways = new ArrayList<>();
        for (List<Element> first : left) {
            for (List<Element> second : right) {
                List<Element> way = new ArrayList<>(first);
                way.addAll(second);
                ways.add(way);
            }
        }
        return ways;
    }

    private static IllegalStateException unsupported(String expected, Update update) {
        return new IllegalStateException("inference rule not of the supported form (" + expected + "): " + update);
    }
}
