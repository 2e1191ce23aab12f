package org.citycoop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.citycoop.TestProject;
import org.citycoop.load.LoadReport;
import org.citycoop.load.Loader;
import org.citycoop.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus: the same seed gives the same files, it loads cleanly, and partner counts follow a power law. */
class CorpusGeneratorTest {
    private static CorpusGenerator generator;

    @TempDir
    Path temp;

    @BeforeAll
    static void readGeoNames() {
        generator = CorpusGenerator.fromGeoNames(TestProject.shared().resolve("data/gazetteer/world/geonames-cities1000.csv"));
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() {
        generator.generate(800, 7, temp.resolve("a"));
        generator.generate(800, 7, temp.resolve("b"));
        generator.generate(800, 8, temp.resolve("c"));
        Map<String, String> a = contents(temp.resolve("a"));
        assertTrue(a.size() > 20, "files: " + a.keySet());
        assertEquals(a, contents(temp.resolve("b")));
        assertNotEquals(a, contents(temp.resolve("c")));
    }

    @Test
    void theCorpusLoadsCleanly() {
        CorpusGenerator.Summary summary = generator.generate(400, 1, temp.resolve("corpus"));
        assertEquals(400, summary.records(), 8);
        try (Store store = Store.open(temp.resolve("store"))) {
            LoadReport report = Loader.builder().store(store).build().load(List.of(temp.resolve("corpus")));
            assertEquals(summary.tables() + summary.reports(), report.sources().size());
            assertTrue(report.inferred() > summary.records(), "inferred: " + report.inferred());
        }
    }

    @Test
    void partnerCountsFollowAPowerLaw() throws IOException {
        CorpusGenerator.Summary summary = generator.generate(16_000, 3, temp.resolve("corpus"));
        Map<String, Integer> partners = new HashMap<>();
        List<String> rows = new java.util.ArrayList<>();
        for (int part = 1; Files.exists(twinsPart(part)); part++) {
            List<String> lines = Files.readAllLines(twinsPart(part));
            assertTrue(lines.size() - 1 <= 10_000, "rows in part " + part + ": " + (lines.size() - 1));
            rows.addAll(lines.subList(1, lines.size()));
        }
        assertEquals(summary.twinnings(), rows.size());
        for (String row : rows) {
            String[] cells = row.split(",");
            partners.merge(cells[0], 1, Integer::sum);
            partners.merge(cells[1], 1, Integer::sum);
        }
        double mean = 2.0 * summary.twinnings() / summary.cities();
        int most = partners.values().stream().max(Integer::compare).orElseThrow();
        long withOne = partners.values().stream().filter(n -> n == 1).count();
        assertTrue(most > 10 * mean, "the best-connected city has " + most + " partners, the mean is " + mean);
        assertTrue(withOne > partners.size() / 4, "cities with one partner: " + withOne + " of " + partners.size());
    }

    private Path twinsPart(int part) {
        return temp.resolve(String.format("corpus/synthetic-twins-%03d.csv", part));
    }

    private static Map<String, String> contents(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
