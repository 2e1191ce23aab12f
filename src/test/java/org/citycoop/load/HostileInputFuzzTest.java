package org.citycoop.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.citycoop.CityCoopException;
import org.citycoop.TestProject;
import org.citycoop.extract.ExtractOptions;
import org.citycoop.extract.Extractor;
import org.citycoop.extract.KnownThings;
import org.citycoop.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input as a property of the code: every kind of input file (YAML and JSON records, CSV tables, Turtle,
 * TriG, a news report) is mutated hundreds of times by a seeded generator (cut, doubled, spliced, control
 * characters, broken UTF-8, quotes, brackets, aliases, deep nesting, huge values). For every mutation the load
 * (or extraction) must end within a bound, with success or with a one-line error that has an id; never another
 * exception; and a refused load must leave the store's content as it was. The counts are printed.
 */
class HostileInputFuzzTest {
    private static final long SEED = 20261123L;
    private static final int MUTATIONS_PER_FILE = 50;
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static Store store;
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeAll
    static void loadTheCuratedData() {
        store = Store.open(TestProject.tempDir("citycoop-fuzz"));
        Loader.builder().store(store).build().load(List.of(TestProject.data()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The files mutated: one of each kind, real records from data/ and the test resources. */
    private static List<Path> seeds(Path dir) throws IOException {
        Path home = TestProject.home();
        Path trig = dir.resolve("links.trig");
        Files.writeString(trig, "PREFIX cc: <https://w3id.org/citycoop/ontology/>\nGRAPH <urn:example:g> {\n"
            + Files.readString(home.resolve("src/test/resources/formats/links.ttl")).replaceAll("(?m)^@prefix.*$", "") + "\n}\n");
        return List.of(home.resolve("data/seeds/bandung-toyota-simeulue-2017.yaml"), home.resolve("data/organisations.yaml"),
            home.resolve("src/test/resources/formats/visit.json"), home.resolve("data/places.csv"),
            home.resolve("data/twins.csv"), home.resolve("src/test/resources/formats/links.ttl"), trig);
    }

    @Test
    void everyMutationOfEveryKindOfFileEndsCleanly(@TempDir Path dir) throws IOException {
        Random random = new Random(SEED);
        int runs = 0;
        for (Path seed : seeds(dir)) {
            byte[] original = Files.readAllBytes(seed);
            for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
                byte[] mutated = Mutations.apply(original, random);
                Path input = Files.createDirectories(dir.resolve("m" + runs)).resolve(seed.getFileName());
                Files.write(input, mutated);
                load(input);
                runs++;
            }
        }
        runs += extractReports(random);
        System.out.println("fuzz: " + runs + " mutations, seed " + SEED + ": " + outcomes + ", " + failures.size()
            + " unclean");
        assertEquals(List.of(), failures, "mutations that did not end cleanly");
        assertTrue(outcomes.keySet().stream().anyMatch(k -> k.startsWith("CC")), "some mutations were refused");
    }

    private void load(Path input) {
        long before = StoreDigest.of(store);
        try {
            // a mutated copy stands in for the file the store holds: it must reach the mapping and the shapes
            assertTimeoutPreemptively(BOUND, () -> Loader.builder().store(store).replace(true).build().load(List.of(input)));
            outcomes.merge("loaded", 1, Integer::sum);
        } catch (CityCoopException e) {
            outcomes.merge(e.id().code(), 1, Integer::sum);
            checkClean(input, e);
            if (StoreDigest.of(store) != before) {
                failures.add(input + ": a refused load changed the store: " + e.getMessage());
            }
        } catch (Throwable e) {
            failures.add(input + ": " + e);
        }
    }

    /** One line per error (a shapes report lists one violation per line), nothing a terminal would act on. */
    private void checkClean(Path input, CityCoopException e) {
        String message = e.getMessage();
        boolean lines = !message.contains("\n") || e instanceof org.citycoop.ShapeViolationException;
        boolean quiet = message.chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F);
        if (!lines || !quiet || message.contains("Exception") || message.contains("\tat ")) {
            failures.add(input + ": not a clean message: " + message);
        }
    }

    private int extractReports(Random random) throws IOException {
        Extractor extractor = new Extractor(KnownThings.of(store));
        byte[] report = Files.readAllBytes(TestProject.home().resolve("src/test/resources/extraction/report/visit.html"));
        for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
            String text = new String(Mutations.apply(report, random), StandardCharsets.UTF_8);
            try {
                assertTimeoutPreemptively(BOUND, () -> extractor.extract(text, new ExtractOptions(null, null, "fuzz")));
                outcomes.merge("extracted", 1, Integer::sum);
            } catch (CityCoopException e) {
                outcomes.merge(e.id().code(), 1, Integer::sum);
            } catch (Throwable e) {
                failures.add("report mutation " + i + ": " + e);
            }
        }
        return MUTATIONS_PER_FILE;
    }

    /** An order-free digest of the store's quads: equal before and after a refused load. */
    private static final class StoreDigest {
        static long of(Store store) {
            return store.read(() -> {
                try (Stream<org.apache.jena.sparql.core.Quad> quads = store.dataset().stream()) {
                    return quads.mapToLong(q -> q.toString().hashCode() * 0x9E3779B97F4A7C15L).sum();
                }
            });
        }
    }
}
