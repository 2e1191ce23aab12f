package org.citycoop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citycoop.Progress;
import org.citycoop.TestProject;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Store;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The competency questions about "each" thing answer one page of things, not every thing of the store sorted: on a
 * store of more things than a page, they answer a page of distinct things, each once.
 */
class ListingPagesTest {
    private static final int PAGE = 100;
    private static final int ITEMS = PAGE + 30;
    private static final Node GRAPH = NodeFactory.createURI(CC.ID + "source/many");

    /** One thing of the i-th kind, with what the query needs of it: the first column of the answers names it. */
    private record Listing(String file, String column, BiConsumer<DatasetGraph, Integer> item) {
    }

    @TestFactory
    Stream<DynamicTest> eachListingAnswersOnePage() {
        return Stream.of(
            new Listing("cq04-cooperation-topics.rq", "cooperation", (d, i) -> {
                Node c = id("cooperation/c" + i);
                add(d, c, Vocab.RDF_TYPE, CC.Cooperation);
                add(d, c, Vocab.RDFS_LABEL, en("Cooperation " + i));
                add(d, c, CC.topic, id("topic"));
                add(d, id("topic"), Vocab.RDFS_LABEL, en("a topic"));
            }),
            new Listing("cq05-agreement-status.rq", "agreement", (d, i) -> {
                Node a = id("agreement/a" + i);
                add(d, a, Vocab.RDF_TYPE, CC.Agreement);
                add(d, a, Vocab.RDFS_LABEL, en("Agreement " + i));
                add(d, a, CC.status, id("status"));
                add(d, id("status"), Vocab.RDFS_LABEL, en("planned"));
            }),
            new Listing("cq08-posts-held.rq", "person", (d, i) -> {
                Node tenure = id("tenure/t" + i);
                Node person = id("person/p" + i);
                add(d, tenure, Vocab.RDF_TYPE, CC.Tenure);
                add(d, tenure, CC.holder, person);
                add(d, tenure, CC.post, id("post/mayor"));
                add(d, person, Vocab.FOAF_NAME, NodeFactory.createLiteralString("Person " + i));
                add(d, id("post/mayor"), Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("Wali Kota", "id"));
                add(d, id("post/mayor"), Vocab.ORG_POST_IN, id("org/city"));
                add(d, id("org/city"), Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("Pemerintah Kota", "id"));
            }),
            new Listing("cq12-place-hierarchy.rq", "place", (d, i) -> {
                Node place = id("city/p" + i);
                add(d, place, Vocab.RDF_TYPE, CC.Place);
                add(d, place, Vocab.RDFS_LABEL, en("Place " + i));
            })).map(l -> DynamicTest.dynamicTest(l.file(), () -> check(l)));
    }

    private static void check(Listing listing) throws IOException {
        try (Store store = Store.inMemory()) {
            store.write(Progress.NONE, () -> {
                for (int i = 0; i < ITEMS; i++) {
                    listing.item().accept(store.dataset(), i);
                }
                return null;
            });
            Path file = TestProject.queries().resolve(listing.file());
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            new QueryRunner(store).run(QueryParameters.of(Files.readString(file)).bind(java.util.Map.of()), file.toString(),
                ResultFormat.JSON, json);
            ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(json.toByteArray()), ResultSetLang.RS_JSON);
            Set<String> things = new HashSet<>();
            int count = 0;
            while (rows.hasNext()) {
                things.add(rows.next().get(listing.column()).toString());
                count++;
            }
            assertEquals(PAGE, count, listing.file() + " rows");
            assertEquals(PAGE, things.size(), listing.file() + " distinct " + listing.column());
        }
    }

    private static Node id(String path) {
        return NodeFactory.createURI(CC.ID + path);
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static void add(DatasetGraph dataset, Node s, Node p, Node o) {
        dataset.add(GRAPH, s, p, o);
    }
}
