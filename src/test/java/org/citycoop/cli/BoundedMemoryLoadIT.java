package org.citycoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.citycoop.TestProject;
import org.citycoop.bench.CorpusGenerator;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load holds what one file needs, not what all files need: 20,000 generated records (2,504 files, about 11 MB)
 * load in a child JVM whose heap is capped at 160 MiB. A loader that keeps every parsed record, or the position of
 * every field, until it commits needs more than that for this corpus and fails with an OutOfMemoryError.
 */
class BoundedMemoryLoadIT {
    private static final long RECORDS = 20_000;
    private static final String HEAP = "-Xmx160m";

    @TempDir
    Path temp;

    @Test
    void twentyThousandRecordsLoadWithinAHeapOf160MiB() throws Exception {
        Path corpus = temp.resolve("corpus");
        CorpusGenerator.Summary summary = CorpusGenerator
            .fromGeoNames(TestProject.shared().resolve("data/gazetteer/world/geonames-cities1000.csv"))
            .generate(RECORDS, 11, corpus);
        Path folder = temp.resolve("store");
        Process load = new ProcessBuilder("java", HEAP, "-XX:+ExitOnOutOfMemoryError", "-jar",
            TestProject.home().resolve("target/citycoop.jar").toString(), "load", "--quiet", "--store",
            folder.toString(), corpus.toString()).redirectErrorStream(true).start();
        byte[] output = load.getInputStream().readAllBytes();
        assertTrue(load.waitFor(5, TimeUnit.MINUTES), "the load did not end within 5 minutes");
        String said = new String(output, StandardCharsets.UTF_8);
        String tail = said.substring(Math.max(0, said.length() - 2000));
        assertEquals(0, load.exitValue(), "the load failed with " + HEAP + ":\n" + tail);
        try (Store store = Store.open(folder)) {
            assertEquals(summary.tables() + summary.reports(), store.read(store::sources).size());
            assertTrue(store.read(store::inferredTriples) > RECORDS, "inferred: " + store.read(store::inferredTriples));
        }
    }
}
