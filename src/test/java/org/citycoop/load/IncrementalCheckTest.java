package org.citycoop.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.citycoop.CityCoopException;
import org.citycoop.TestProject;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking only the nodes a change touched, and deriving only what the change affects, gives what checking the
 * whole store and deriving from scratch give: random sequences of changes to a copy of data/ (rows deleted,
 * twinnings of a place with itself, statuses of the wrong scheme, organisations of another type, files restored,
 * sources removed) are applied to two stores, one checked and derived incrementally and one in full; after every
 * step both report the same outcome and hold the same graphs, the inferred graph included.
 */
class IncrementalCheckTest {
    private static final long SEED = 20261123L;
    private static final int STEPS = 30;
    private static final List<String> FILES = List.of("twins.csv", "places.csv", "posts.csv", "organisations.yaml",
        "seeds/bandung-toyota-simeulue-2017.yaml", "seeds/bappenas-yokohama-2023.yaml");

    @TempDir
    Path temp;

    @Test
    void incrementalAndFullChecksAgreeOnRandomSequencesOfChanges() throws IOException {
        Random random = new Random(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> derivations = new ArrayList<>();
        for (int sequence = 0; sequence < 3; sequence++) {
            Path data = LoaderTest.copyOfData();
            try (Store incremental = Store.open(temp.resolve("incremental-" + sequence));
                 Store full = Store.open(temp.resolve("full-" + sequence))) {
                for (int step = 0; step < STEPS; step++) {
                    String change = change(random, data);
                    String one = apply(incremental, false, change, data, derivations);
                    String other = apply(full, true, change, data, new ArrayList<>());
                    assertEquals(other, one, "step " + step + " of sequence " + sequence + ": " + change);
                    assertTrue(TestProject.isomorphic(TestProject.snapshot(full, Set.of(Vocab.PROV_GENERATED_AT_TIME)),
                        TestProject.snapshot(incremental, Set.of(Vocab.PROV_GENERATED_AT_TIME))), "the stores differ after " + change);
                    outcomes.merge(one.split(":", 2)[0], 1, Integer::sum);
                }
            }
        }
        long followed = derivations.stream().filter(m -> m.matches("inferring from the change: [0-9,]+ triple.*")).count();
        System.out.println("incremental check: " + 3 * STEPS + " changes, seed " + SEED + ": " + outcomes
            + ", derived from the change " + followed + " times");
        long rebuilt = derivations.stream().filter(m -> m.startsWith("inferring: round 1,")).count();
        assertEquals(3, rebuilt, "only the first load of each sequence derives from scratch: " + derivations);
        assertTrue(followed > 5, "too few changes were derived: " + derivations);
        assertTrue(outcomes.getOrDefault("CC301", 0) > 3, "too few changes broke a shape: " + outcomes);
        assertTrue(outcomes.getOrDefault("ok", 0) > 3, "too few changes loaded: " + outcomes);
    }

    /** Loads the folder (or removes a source), checking incrementally or in full; the outcome as a line. */
    private static String apply(Store store, boolean fullCheck, String change, Path data, List<String> progress) {
        Loader loader = Loader.builder().store(store).fullCheck(fullCheck).progress(org.citycoop.Progress.lines(progress::add)).build();
        try {
            LoadReport report = change.startsWith("remove ") ? loader.remove(List.of(change.substring(7)))
                : loader.load(List.of(data));
            return "ok: " + report.sources().stream().map(s -> s.outcome().toString()).toList();
        } catch (CityCoopException e) {
            return e.id().code() + ": " + e.getMessage().replace(data.toString(), "DATA");
        }
    }

    /** Makes one random change to the files (or names a source to remove) and says what it was. */
    private static String change(Random random, Path data) throws IOException {
        String name = FILES.get(random.nextInt(FILES.size()));
        Path file = data.resolve(name);
        int kind = random.nextInt(6);
        if (kind == 0) {
            Files.copy(TestProject.data().resolve(name), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return "restore " + name;
        }
        if (kind == 1) {
            return "remove " + name.replaceFirst("^seeds/", "").replaceFirst("\\.[a-z]+$", "");
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int at = 1 + random.nextInt(lines.size() - 1);
        String line = lines.get(at);
        String changed = switch (kind) {
            case 2 -> null;
            case 3 -> name.equals("twins.csv") ? line.replaceFirst("^([^,]+),[^,]+,", "$1,$1,") : line;
            case 4 -> line.replace("status: completed", "status: signed").replace("status: planned", "status: active");
            default -> line.replace("type: LocalGovernment", "type: Company").replace("type: Ministry", "type: Council");
        };
        if (changed == null) {
            lines.remove(at);
        } else {
            lines.set(at, changed);
        }
        Files.write(file, lines);
        return (changed == null ? "delete line " : "change line ") + (at + 1) + " of " + name;
    }
}
