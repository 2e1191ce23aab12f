package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.citycoop.Progress;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hub's description names its first links, not all of them, and does not pass over the rest to count them; its
 * page offers a query that lists them all.
 */
class HubDescriptionTest {
    private static final Node HUB = NodeFactory.createURI(CC.ID + "city/hub");
    private static final Node SMALL = NodeFactory.createURI(CC.ID + "city/small");
    private static final int HUB_LINKS = Describer.INCOMING_CAP + 50;
    private Store store;

    @BeforeEach
    void fill() {
        store = Store.inMemory();
        Node graph = NodeFactory.createURI(CC.ID + "source/links");
        store.write(Progress.NONE, () -> {
            for (int i = 0; i < HUB_LINKS; i++) {
                Node city = NodeFactory.createURI(CC.ID + "city/c" + i);
                store.dataset().add(graph, city, CC.twinnedWith, HUB);
                if (i < 10) {
                    store.dataset().add(graph, city, CC.twinnedWith, SMALL);
                }
            }
            store.dataset().add(graph, HUB, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("Hub", "en"));
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aHubsDescriptionHoldsTheFirstLinksAndSaysThereAreMore() {
        Description hub = new Describer(store).describe(HUB);
        assertEquals(Describer.INCOMING_CAP, hub.incoming().size());
        assertTrue(hub.moreIncoming());
        Description small = new Describer(store).describe(SMALL);
        assertEquals(10, small.incoming().size());
        assertFalse(small.moreIncoming());
    }

    @Test
    void aHubsLinksArePagedEachOnceAndItsPagesLeadToEachOther() {
        Describer describer = new Describer(store);
        Description first = describer.describe(HUB, 0);
        Description second = describer.describe(HUB, 1);
        Set<Node> linking = new HashSet<>();
        first.incoming().forEach(q -> assertTrue(linking.add(q.getSubject()), "twice: " + q));
        second.incoming().forEach(q -> assertTrue(linking.add(q.getSubject()), "on both pages: " + q));
        assertEquals(HUB_LINKS, linking.size());
        assertFalse(second.moreIncoming());
        String firstPage = new EntityPage(first, null).render();
        assertTrue(firstPage.contains("Links 1 to 100: <a href=\"/page/id/city/hub?links=1\">next 100</a>"), firstPage);
        String secondPage = new EntityPage(second, null).render();
        assertTrue(secondPage.contains("Links 101 to 150: <a href=\"/page/id/city/hub\">previous 100</a> · <a"),
            secondPage);
        assertTrue(new EntityPage(describer.describe(HUB, 2), null).render()
            .contains("No links after the first 200: <a href=\"/page/id/city/hub?links=1\">previous 100</a>"));
        assertFalse(new EntityPage(describer.describe(SMALL, 0), null).render().contains("class=\"link-pages\""));
    }

    @Test
    void aLabelWrittenAfterADescriptionShowsInTheNext() {
        Describer describer = new Describer(store);
        Node first = NodeFactory.createURI(CC.ID + "city/c0");
        Node label = NodeFactory.createLiteralLang("First city", "en");
        assertFalse(describer.describe(HUB).quads().contains(Node.ANY, first, Vocab.RDFS_LABEL, label));
        store.write(Progress.NONE, () -> {
            store.dataset().add(NodeFactory.createURI(CC.ID + "source/labels"), first, Vocab.RDFS_LABEL, label);
            return null;
        });
        assertTrue(describer.describe(HUB).quads().contains(Node.ANY, first, Vocab.RDFS_LABEL, label),
            "the labels kept for the data before the write are not those given after it");
    }

    @Test
    void aHubsPageLinksToAQueryThatListsEveryLink() {
        String page = new EntityPage(new Describer(store).describe(HUB), null).render();
        Matcher link = Pattern.compile("href=\"/editor#/dataset/ds/query\\?query=([^\"]+)\"").matcher(page);
        assertTrue(link.find(), "a link to the query editor");
        String query = URLDecoder.decode(link.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
        int rows = store.read(() -> {
            try (QueryExecution exec = QueryExecution.dataset(store.curatedDataset()).query(query).build()) {
                return ResultSetFormatter.consume(exec.execSelect());
            }
        });
        assertEquals(HUB_LINKS, rows, query);
        assertFalse(new EntityPage(new Describer(store).describe(SMALL), null).render().contains("/editor#/dataset/ds/query?query="));
    }
}
