package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.TestProject;
import org.citycoop.load.Loader;
import org.citycoop.load.SourceTexts;
import org.citycoop.ontology.CC;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A thing's page shows the words of the excerpts that state it, with their source and paragraph. */
class EvidencePageTest {
    private static final Node TENURE = NodeFactory.createURI(CC.ID + "tenure/hasrul-edyar/bupati-simeulue");
    private static final Node EXCERPT = NodeFactory.createURI(CC.ID + "source/bandung-toyota-simeulue-2017/excerpt/t18");

    @Test
    void theEvidenceOfATenureIsShownByItsWords(@TempDir Path temp) {
        try (Store store = Store.open(temp.resolve("store"))) {
            Loader.builder().store(store).build().load(List.of(TestProject.data()));
            String bare = new EntityPage(new Describer(store).describe(TENURE), null).render();
            assertFalse(bare.contains("<q class=\"excerpt\""), "no words without the report's text");
            Loader.builder().store(store).texts(SourceTexts.in(List.of(TestProject.shared().resolve("seeds")))).build()
                .load(List.of(TestProject.data()));
            String words = store.read(() -> store.dataset().stream(Node.ANY, EXCERPT, CC.text, Node.ANY).findFirst()
                .orElseThrow().getObject().getLiteralLexicalForm());
            String page = new EntityPage(new Describer(store).describe(TENURE), null).render();
            assertTrue(page.contains("<q class=\"excerpt\" lang=\"id\">" + Html.escape(words) + "</q> <span class=\"cite\">"
                + "(<a href=\"/page/id/source/bandung-toyota-simeulue-2017/excerpt/t18\">Kota di Jepang sampai tertarik "
                + "Smart City Bandung, paragraph 18</a>)</span>"), page);
            assertTrue(words.contains("Hasrul Edyar"), words);
        }
    }
}
