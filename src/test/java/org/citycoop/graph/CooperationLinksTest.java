package org.citycoop.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.citycoop.Resources;
import org.citycoop.TestProject;
import org.citycoop.ontology.CC;
import org.citycoop.store.Store;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One definition of the cooperation network: the links {@code analyze} reads are the pairs {@code cc:cooperatesWith}
 * joins, each weighted by the sources that state it, counted here another way (one query over the source graphs);
 * an alliance's members are not linked with one another through it, nor is an island linked at all.
 */
class CooperationLinksTest {
    private static final Node BANDUNG = NodeFactory.createURI(CC.ID + "city/bandung");
    private static final Node KYUSHU = NodeFactory.createURI(CC.ID + "island/kyushu");
    private static Store store;
    private static List<CooperationLinks.Link> links;

    @BeforeAll
    static void readTheLinks() {
        store = TestProject.twinTownStore();
        links = store.read(() -> CooperationLinks.read(store));
    }

    @Test
    void theLinksAreThePairsCooperatesWithJoins() {
        Set<List<Node>> inferred = new HashSet<>();
        store.read(() -> {
            store.curated().find(CC.INFERRED_GRAPH, Node.ANY, CC.cooperatesWith, Node.ANY)
                .forEachRemaining(q -> inferred.add(pair(q.getSubject(), q.getObject())));
            return inferred;
        });
        Set<List<Node>> read = new HashSet<>();
        links.forEach(link -> read.add(List.of(link.one(), link.other())));
        assertEquals(inferred, read);
        assertTrue(links.size() > 10, "links: " + links.size());
        assertTrue(links.stream().noneMatch(l -> l.one().equals(KYUSHU) || l.other().equals(KYUSHU)), "Kyushu linked");
    }

    @Test
    void eachLinkNamesTheSourcesThatStateIt() {
        Map<List<Node>, Set<String>> expected = new HashMap<>();
        store.read(() -> {
            store.select(QueryFactory.create(Resources.text(CooperationLinksTest.class, "partner-sources.rq")),
                row -> expected.computeIfAbsent(List.of(row.get("p1").asNode(), row.get("p2").asNode()),
                    k -> new TreeSet<>()).add(CooperationLinks.key(row.get("graph").asNode())));
            return expected;
        });
        for (CooperationLinks.Link link : links) {
            Set<String> sources = expected.getOrDefault(List.of(link.one(), link.other()), Set.of());
            assertEquals(List.copyOf(sources), link.sources(), link.one() + " – " + link.other());
            assertEquals(Math.max(1, sources.size()), link.weight());
        }
        assertTrue(links.stream().anyMatch(l -> l.weight() > 1), "no link stated by two sources");
    }

    @Test
    void analyzeReadsTheSameNetworkWithTheSameWeights() {
        PlaceNetwork network = PlaceNetwork.read(store);
        assertEquals(links.size(), network.graph().edgeSet().size());
        for (CooperationLinks.Link link : links) {
            DefaultWeightedEdge edge = network.graph().getEdge(link.one(), link.other());
            assertEquals(link.weight(), network.graph().getEdgeWeight(edge), 0, link.one() + " – " + link.other());
        }
        Set<Node> partners = new HashSet<>();
        links.stream().filter(l -> l.one().equals(BANDUNG) || l.other().equals(BANDUNG))
            .forEach(l -> partners.add(l.one().equals(BANDUNG) ? l.other() : l.one()));
        assertEquals(partners.size(), network.graph().degreeOf(BANDUNG));
        assertFalse(partners.contains(KYUSHU));
        // members of one alliance (JSCA), which no source links with one another
        List<Node> path = network.path(NodeFactory.createURI(CC.ID + "city/yokohama"),
            NodeFactory.createURI(CC.ID + "city/toyota"));
        assertTrue(path.isEmpty() || path.size() > 2, "Yokohama and Toyota linked: " + path);
    }

    private static List<Node> pair(Node a, Node b) {
        return a.getURI().compareTo(b.getURI()) < 0 ? List.of(a, b) : List.of(b, a);
    }
}
