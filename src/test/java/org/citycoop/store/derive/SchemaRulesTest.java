package org.citycoop.store.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.citycoop.Progress;
import org.citycoop.TestProject;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema rules derive from one triple what the rules' own SPARQL derives from it with the ontology: for a triple
 * of each predicate of data/ (and of each class it types with); a rebuild whose rules derive a schema triple still
 * reaches the rules' fixpoint.
 */
class SchemaRulesTest {
    private static UpdateRequest rules;
    private static List<Rule> parsed;
    private static Graph ontology;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = Store.class.getResourceAsStream("inference.ru")) {
            rules = UpdateFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        parsed = rules.getOperations().stream().map(u -> Rule.of(u, CC.INFERRED_GRAPH)).toList();
        ontology = Ontology.load().terms();
    }

    @Test
    void theRulesThatJoinOneTripleWithTheSchemaAreFound() {
        SchemaRules schema = SchemaRules.of(parsed, withOntology(), CC.INFERRED_GRAPH);
        List<Integer> local = new ArrayList<>();
        List<Integer> selfClosed = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            if (schema.isLocal(i)) {
                local.add(i);
            }
            if (schema.isSelfClosed(i)) {
                selfClosed.add(i);
            }
        }
        // super-classes, super-properties, symmetric and inverse properties; the first two are closures already
        assertEquals(List.of(0, 1, 2, 3), local);
        assertEquals(List.of(0, 1), selfClosed);
    }

    @Test
    void eachTripleDerivesWhatTheRulesDeriveFromIt() {
        SchemaRules schema = SchemaRules.of(parsed, withOntology(), CC.INFERRED_GRAPH);
        Set<Quad> fromTheOntology = byTheRules(schema, null);
        int compared = 0;
        int derivingSomething = 0;
        for (Triple triple : samples()) {
            Set<Quad> derived = new HashSet<>(schema.consequences(triple, -1));
            derivingSomething += fromTheOntology.containsAll(derived) ? 0 : 1;
            derived.addAll(fromTheOntology);
            assertEquals(byTheRules(schema, triple), derived, "from " + triple);
            compared++;
        }
        assertTrue(compared > 30 && derivingSomething > 20, compared + " triples, " + derivingSomething + " deriving");
    }

    @Test
    void aRuleThatDerivesSchemaMakesEveryRuleRunAgain() {
        String ex = "http://example.org/";
        UpdateRequest twoRules = UpdateFactory.create("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX inf:  <https://w3id.org/citycoop/graph/>
            PREFIX ex:   <http://example.org/>
            INSERT { GRAPH inf:inferred { ?x a ?super } }
            WHERE  { GRAPH <urn:x-arq:UnionGraph> { ?c rdfs:subClassOf+ ?super . FILTER(isIRI(?super)) ?x a ?c } } ;
            INSERT { GRAPH inf:inferred { ?c rdfs:subClassOf ex:Animal } }
            WHERE  { GRAPH <urn:x-arq:UnionGraph> { ?c ex:kindOf ex:animals } }
            """);
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI(ex + "g");
        Node dog = NodeFactory.createURI(ex + "Dog");
        Node rex = NodeFactory.createURI(ex + "rex");
        dataset.executeWrite(() -> {
            dataset.add(g, dog, NodeFactory.createURI(ex + "kindOf"), NodeFactory.createURI(ex + "animals"));
            dataset.add(g, rex, RDF.type.asNode(), dog);
            new Derivation(twoRules, CC.INFERRED_GRAPH, CC.RETRACTING_GRAPH).rebuild(dataset, Progress.NONE);
        });
        assertTrue(dataset.calculateRead(() -> dataset.contains(CC.INFERRED_GRAPH, rex, RDF.type.asNode(),
            NodeFactory.createURI(ex + "Animal"))), "rex is an animal once Dog is a sub-class of Animal");
    }

    /** A triple of each predicate that data/ states, and a typing with each class it uses. */
    private static List<Triple> samples() {
        Map<Node, Triple> byKey = new LinkedHashMap<>();
        Graph data = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        try (Store store = Store.inMemory()) {
            org.citycoop.load.Loader.builder().store(store).build().load(List.of(TestProject.data()));
            store.read(() -> {
                store.dataset().stream().filter(q -> !q.getGraph().equals(CC.INFERRED_GRAPH)
                    && !q.getGraph().equals(CC.ONTOLOGY_GRAPH)).forEach(q -> data.add(q.asTriple()));
                return null;
            });
        }
        data.find().forEachRemaining(t -> byKey.putIfAbsent(t.getPredicate().equals(RDF.type.asNode())
            ? t.getObject() : t.getPredicate(), t));
        return new ArrayList<>(byKey.values());
    }

    /** What each local rule's SPARQL derives in one step from the ontology and this one triple (or none: null). */
    private static Set<Quad> byTheRules(SchemaRules schema, Triple triple) {
        List<Update> all = rules.getOperations();
        Set<Quad> derived = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (!schema.isLocal(i)) {
                continue;
            }
            DatasetGraph one = withOntology();
            Update rule = all.get(i);
            one.executeWrite(() -> {
                if (triple != null) {
                    one.add(NodeFactory.createURI(CC.GRAPH + "one"), triple.getSubject(), triple.getPredicate(),
                        triple.getObject());
                }
                UpdateAction.execute(rule, one);
                one.find(CC.INFERRED_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(derived::add);
            });
        }
        return derived;
    }

    private static DatasetGraph withOntology() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        dataset.executeWrite(() -> ontology.find().forEachRemaining(t -> dataset.add(CC.ONTOLOGY_GRAPH,
            t.getSubject(), t.getPredicate(), t.getObject())));
        return dataset;
    }
}
