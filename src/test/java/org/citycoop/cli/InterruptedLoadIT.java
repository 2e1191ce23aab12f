package org.citycoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.TestProject;
import org.citycoop.load.Loader;
import org.citycoop.store.Store;
import org.citycoop.store.StoredSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A first load killed (SIGKILL) at several moments, from the making of the store to its commit, leaves a folder
 * that the next command opens: either no store yet or a complete one. A store another process holds is reported
 * as in use by that process.
 */
class InterruptedLoadIT {
    private static final String CREATING = "(creating the store)";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "killed at: {0}")
    @ValueSource(strings = {CREATING, "reading", "loading", "validating", "inferring"})
    void aFirstLoadKilledAnywhereLeavesAStoreThatOpens(String moment) throws Exception {
        Path folder = temp.resolve("store");
        Process load = new ProcessBuilder("java", "-jar", jar().toString(), "load", "--store", folder.toString(),
            TestProject.data().toString()).redirectErrorStream(true).start();
        CountDownLatch reached = watch(load, moment);
        if (moment.equals(CREATING)) {
            awaitSiblingBeingMade(load);
        } else {
            assertTrue(reached.await(2, TimeUnit.MINUTES), "the load never reached " + moment);
        }
        load.destroyForcibly();
        assertTrue(load.waitFor(30, TimeUnit.SECONDS));

        try (Store store = Store.open(folder)) {
            int held = store.read(store::sources).size();
            assertTrue(held == 0 || held == 6, "a store with part of a load: " + held + " sources");
            Loader.builder().store(store).build().load(List.of(TestProject.data()));
            assertEquals(6, store.read(store::sources).stream().map(StoredSource::key).distinct().count());
        }
    }

    @Test
    void aLoadStoppedLikeCtrlCEndsItsProgressLineAndSaysTheStoreIsUnchanged() throws Exception {
        Path folder = temp.resolve("stopped");
        // an import big enough to be stopped while it loads, not after
        Path geonames = TestProject.shared().resolve("data/gazetteer/world/geonames-cities1000.csv");
        Process load = new ProcessBuilder("java", "-jar", jar().toString(), "import", "gazetteer", "--store",
            folder.toString(), geonames.toString()).redirectErrorStream(true).start();
        StringBuffer output = new StringBuffer();
        CountDownLatch loading = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.append(line).append('\n');
                    if (line.startsWith("loading")) {
                        loading.countDown();
                    }
                }
            } catch (IOException e) {
                // the process ended: its output ends here
            }
        }, "load output");
        reader.start();
        assertTrue(loading.await(2, TimeUnit.MINUTES), "the load never reached loading: " + output);
        // SIGTERM, as Ctrl-C's SIGINT: the shutdown hooks run; through the handle, which leaves the output open
        load.toHandle().destroy();
        assertTrue(load.waitFor(30, TimeUnit.SECONDS));
        reader.join(10_000);
        assertTrue(output.toString().contains("interrupted: the write was not committed, the store is unchanged"),
            "exit " + load.exitValue() + ": " + output);
        try (Store store = Store.open(folder)) {
            assertEquals(0, store.read(store::sources).size(), "the interrupted import was committed");
        }
    }

    @Test
    void aStoreInUseNamesTheProcessThatHoldsIt() throws Exception {
        Path folder = temp.resolve("held");
        ServeIT.Running serve = ServeIT.start(temp, "java -jar " + jar() + " serve --port 0 --store " + folder
            + " --data " + TestProject.data() + " --queries " + TestProject.queries());
        try {
            CityCoopException error = assertThrows(CityCoopException.class, () -> Store.open(folder));
            assertEquals(ErrorId.STORE_UNAVAILABLE, error.id());
            assertTrue(error.getMessage().contains("is in use by process " + serve.process().pid()), error.getMessage());
        } finally {
            ServeIT.stop(serve);
        }
    }

    private static Path jar() {
        return TestProject.home().resolve("target/citycoop.jar");
    }

    /** Counts down when the load prints a line starting with the moment's word; drains the rest. */
    private static CountDownLatch watch(Process load, String moment) {
        CountDownLatch reached = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith(moment)) {
                        reached.countDown();
                    }
                }
            } catch (IOException e) {
                // the process was killed: its output ends here
            }
        }, "load output");
        reader.setDaemon(true);
        reader.start();
        return reached;
    }

    /** Waits until the new store's folder is being made beside where it will go. */
    private void awaitSiblingBeingMade(Process load) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && load.isAlive()) {
            try (Stream<Path> entries = Files.list(temp)) {
                if (entries.anyMatch(p -> p.getFileName().toString().startsWith(".store.new-"))) {
                    return;
                }
            }
            Thread.sleep(1);
        }
        throw new AssertionError("the store was never made beside its folder");
    }
}
