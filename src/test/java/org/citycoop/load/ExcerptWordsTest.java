package org.citycoop.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Sha256;
import org.citycoop.TestProject;
import org.citycoop.ontology.CC;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the texts of the sources at hand ({@code --texts}), every excerpt keeps its words, cut by its offsets from the
 * text its record names by SHA-256; a load without them keeps what was stored; an excerpt outside its text is refused.
 */
class ExcerptWordsTest {
    private static final Path SEEDS = TestProject.shared().resolve("seeds");
    @TempDir
    Path temp;

    @Test
    void everyExcerptKeepsTheWordsItsOffsetsCutFromItsText() {
        try (Store store = Store.open(temp.resolve("store"))) {
            Loader.builder().store(store).texts(SourceTexts.in(List.of(SEEDS))).build().load(List.of(TestProject.data()));
            Map<Node, String> words = words(store);
            Map<Node, String> cut = cutFromTheSeeds(store);
            assertTrue(cut.size() > 40, "the excerpts of the two seed reports: " + cut.size());
            assertEquals(cut, words);
            assertTrue(store.read(() -> store.dataset().stream(Node.ANY, Node.ANY, CC.text, Node.ANY)
                .allMatch(q -> q.getObject().getLiteralLanguage().equals("id"))), "in the reports' language");
        }
    }

    @Test
    void aLoadWithoutTheTextsKeepsTheWordsAndALaterLoadWithThemAddsThem() {
        try (Store store = Store.open(temp.resolve("store"))) {
            Loader.builder().store(store).build().load(List.of(TestProject.data()));
            assertTrue(words(store).isEmpty());
            LoadReport withTexts = Loader.builder().store(store).texts(SourceTexts.in(List.of(SEEDS))).build()
                .load(List.of(TestProject.data()));
            assertEquals(2, withTexts.sources().stream().filter(s -> s.outcome() == LoadReport.Outcome.REPLACED).count(),
                "the two news sources are read again for their words");
            LoadReport without = Loader.builder().store(store).build().load(List.of(TestProject.data()));
            assertFalse(without.changedAnything(), "a load without the texts leaves the words where they are");
            assertEquals(cutFromTheSeeds(store).keySet(), words(store).keySet());
            LoadReport elsewhere = Loader.builder().store(store).texts(SourceTexts.in(List.of(temp))).build()
                .load(List.of(TestProject.data()));
            assertFalse(elsewhere.changedAnything(), "nor does a load with other texts at hand");
        }
    }

    @Test
    void anExcerptPastTheEndOfItsTextIsRefusedAndNothingIsWritten() throws IOException {
        Path texts = Files.createDirectories(temp.resolve("texts"));
        String report = "Kota Bandung menerima tamu. Kerja sama dimulai.";
        Files.writeString(texts.resolve("report.txt"), report);
        Path record = temp.resolve("records").resolve("report.yaml");
        Files.createDirectories(record.getParent());
        Files.writeString(record, "source:\n  key: report\n  type: NewsArticle\n  title: A report\n  language: id\n"
            + "  sha256: " + Sha256.of(report) + "\n  excerpts:\n    - {key: s1, begin: 0, end: 27}\n"
            + "    - {key: s2, begin: 28, end: 99}\n");
        try (Store store = Store.open(temp.resolve("store"))) {
            InputException refused = assertThrows(InputException.class, () -> Loader.builder().store(store)
                .texts(SourceTexts.in(List.of(texts))).build().load(List.of(record)));
            assertEquals(ErrorId.EXCERPT_OUTSIDE_TEXT, refused.id());
            assertTrue(refused.getMessage().contains(record.toString()), refused.getMessage());
            assertTrue(refused.getMessage().contains("/excerpt/s2 from 28 to 99, where the source's text has 47 "
                + "characters"), refused.getMessage());
            assertTrue(store.isEmpty(), "a failed load writes nothing");
            Loader.builder().store(store).build().load(List.of(record));
            assertEquals(0, words(store).size(), "without the text, offsets are all a record has");
        }
    }

    @Test
    void onlyFilesInUtf8AndFoldersThatExistAreTexts() throws IOException {
        Path texts = Files.createDirectories(temp.resolve("texts"));
        byte[] latin1 = "Kota Bandung menerima tamu di kafé.".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(texts.resolve("latin1.txt"), latin1);
        SourceTexts found = SourceTexts.in(List.of(texts));
        assertTrue(found.text(Sha256.of(latin1)).isEmpty(), "a file not in UTF-8 is no text");
        InputException missing = assertThrows(InputException.class, () -> SourceTexts.in(List.of(temp.resolve("none"))));
        assertEquals(ErrorId.UNREADABLE_INPUT, missing.id());
    }

    private static Map<Node, String> words(Store store) {
        return store.read(() -> {
            Map<Node, String> found = new TreeMap<>(java.util.Comparator.comparing(Node::getURI));
            store.dataset().stream(Node.ANY, Node.ANY, CC.text, Node.ANY).filter(q -> !q.getGraph().equals(CC.INFERRED_GRAPH))
                .forEach(q -> found.put(q.getSubject(), q.getObject().getLiteralLexicalForm()));
            return found;
        });
    }

    /** Each excerpt's words, cut here from the seed report whose digest its source names. */
    private static Map<Node, String> cutFromTheSeeds(Store store) {
        Map<String, String> seeds = new TreeMap<>();
        try (var files = Files.list(SEEDS)) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                seeds.put(Sha256.of(bytes), new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return store.read(() -> {
            Map<Node, String> cut = new TreeMap<>(java.util.Comparator.comparing(Node::getURI));
            store.dataset().stream(Node.ANY, Node.ANY, CC.excerptOf, Node.ANY).map(Quad::getSubject).distinct()
                .forEach(excerpt -> {
                    String text = seeds.get(object(store, object(store, excerpt, CC.excerptOf), CC.sha256)
                        .getLiteralLexicalForm());
                    int begin = ((Number) object(store, excerpt, CC.beginIndex).getLiteralValue()).intValue();
                    int end = ((Number) object(store, excerpt, CC.endIndex).getLiteralValue()).intValue();
                    cut.put(excerpt, text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end))
                        .strip());
                });
            return cut;
        });
    }

    private static Node object(Store store, Node subject, Node property) {
        return store.dataset().stream(Node.ANY, subject, property, Node.ANY).findFirst().orElseThrow().getObject();
    }
}
