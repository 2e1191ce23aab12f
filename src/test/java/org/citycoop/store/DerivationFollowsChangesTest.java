package org.citycoop.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.citycoop.load.Loader;
import org.citycoop.ontology.CC;
import org.citycoop.TestProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inferred graph a write leaves behind, derived from the write's change alone, is the one a rebuild from
 * scratch makes: random writes (whole records and single premises taken away, put back, moved between graphs, and
 * new statements recombined from the store's own subjects, predicates and objects) into a store holding data/.
 */
class DerivationFollowsChangesTest {
    private static final long SEED = 20261123L;
    private static final int STEPS = 150;
    private static final Node SCRATCH = NodeFactory.createURI(CC.GRAPH + "scratch");
    private static Store store;
    private static List<Quad> premises;

    @BeforeAll
    static void load() {
        store = Store.inMemory();
        Loader.builder().store(store).build().load(List.of(TestProject.data()));
        premises = store.read(() -> store.dataset().stream()
            .filter(q -> !q.getGraph().equals(CC.INFERRED_GRAPH) && !q.getGraph().equals(CC.ONTOLOGY_GRAPH))
            .filter(q -> !q.getPredicate().equals(CC.method))
            .collect(Collectors.toList()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void derivingFromEachChangeGivesWhatARebuildGives() {
        Random random = new Random(SEED);
        int followed = 0;
        int fromScratch = 0;
        for (int step = 0; step < STEPS; step++) {
            List<Quad> change = change(random);
            boolean remove = random.nextInt(3) > 0;
            List<String> progress = new ArrayList<>();
            store.write(org.citycoop.Progress.lines(progress::add), () -> {
                change.forEach(remove ? store.dataset()::delete : store.dataset()::add);
                return null;
            });
            boolean fromChange = progress.stream().anyMatch(m -> m.matches("inferring from the change: [0-9,]+ triple.*"));
            followed += fromChange ? 1 : 0;
            // a change derived shows its rounds as it goes, not only its count at the end
            assertTrue(!fromChange || progress.contains("inferring from the change: adding, round 1, from "
                + String.format("%,d", change.size()) + " triple(s)") || remove, progress.toString());
            fromScratch += progress.stream().anyMatch(m -> m.startsWith("inferring: round")) ? 1 : 0;
            Graph incremental = inferred();
            store.write(org.citycoop.Progress.NONE, () -> {
                store.deriveAllAtCommit();
                return null;
            });
            Graph rebuilt = inferred();
            assertTrue(rebuilt.isIsomorphicWith(incremental), "step " + step + ", " + (remove ? "removing " : "adding ")
                + change + ": derived from the change " + incremental.size() + " triples, rebuilt " + rebuilt.size()
                + "; only derived from the change: " + difference(incremental, rebuilt) + "; only rebuilt: "
                + difference(rebuilt, incremental));
        }
        System.out.println("derivation: " + STEPS + " writes, seed " + SEED + ": " + followed + " derived from the change, "
            + fromScratch + " rebuilt, " + (STEPS - followed - fromScratch) + " changed nothing");
        assertTrue(followed > STEPS / 2 && fromScratch < STEPS / 10, followed + " derived from the change, " + fromScratch
            + " rebuilt");
    }

    @Test
    void aChangeToTheClassHierarchyIsRebuiltFromScratch() {
        Triple subClass = Triple.create(CC.City, org.apache.jena.vocabulary.RDFS.Nodes.subClassOf, CC.Agreement);
        List<String> progress = new ArrayList<>();
        store.write(org.citycoop.Progress.lines(progress::add), () -> {
            store.dataset().add(Quad.create(SCRATCH, subClass));
            return null;
        });
        assertTrue(progress.stream().anyMatch(m -> m.startsWith("inferring from scratch")), progress.toString());
        store.write(org.citycoop.Progress.NONE, () -> {
            store.dataset().delete(Quad.create(SCRATCH, subClass));
            return null;
        });
        assertEquals(0, TestProject.count(store, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, CC.Agreement)
            - store.read(() -> (long) premisesOfType(CC.Agreement)));
    }

    private static int premisesOfType(Node type) {
        return (int) store.curated().stream(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, type)
            .map(Quad::getSubject).distinct().count();
    }

    /**
     * A whole record (every premise about one subject in one graph), or one to three quads: premises of the store,
     * or new ones made of its nodes, in their graph or another.
     */
    private static List<Quad> change(Random random) {
        if (random.nextInt(4) == 0) {
            Quad chosen = premises.get(random.nextInt(premises.size()));
            return premises.stream().filter(q -> q.getGraph().equals(chosen.getGraph())
                && q.getSubject().equals(chosen.getSubject())).toList();
        }
        List<Quad> quads = new ArrayList<>();
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            Quad stated = premises.get(random.nextInt(premises.size()));
            if (random.nextBoolean()) {
                quads.add(stated);
            } else {
                Quad other = premises.get(random.nextInt(premises.size()));
                Node graph = random.nextBoolean() ? stated.getGraph() : SCRATCH;
                Node object = other.getObject().isLiteral() || random.nextBoolean() ? other.getSubject() : other.getObject();
                quads.add(Quad.create(graph, stated.getSubject(), other.getPredicate(), object));
            }
        }
        return quads;
    }

    private static List<Triple> difference(Graph one, Graph other) {
        return one.find().filterDrop(other::contains).toList();
    }

    private static Graph inferred() {
        return store.read(() -> {
            Graph copy = GraphFactory.createGraphMem();
            store.dataset().getGraph(CC.INFERRED_GRAPH).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
