package org.citycoop.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.citycoop.CityCoopException;
import org.citycoop.InputException;
import org.citycoop.Location;
import org.citycoop.ShapeViolationException;
import org.citycoop.TestProject;
import org.citycoop.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad input, as data: each folder of src/test/resources/errors holds one input file and expected.properties
 * (error id, line, column, a part of the message). Each input is loaded into a store that already holds
 * data/; the load must fail with that error at that place, and leave the store exactly as it was.
 */
class LoadErrorsTest {
    private static Store store;
    private static DatasetGraph before;

    @BeforeAll
    static void loadTheCuratedData() {
        store = Store.open(TestProject.tempDir("citycoop-errors"));
        Loader.builder().store(store).build().load(List.of(TestProject.data()));
        before = TestProject.snapshot(store, Set.of());
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsRefusedAtItsLineAndLeavesTheStoreUnchanged() throws IOException {
        Path cases = TestProject.home().resolve("src/test/resources/errors");
        List<Path> folders;
        try (Stream<Path> list = Files.list(cases)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(folders.size() >= 15, "error cases: " + folders.size());
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
    }

    private static void check(Path folder) throws IOException {
        Properties expected = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve("expected.properties"))) {
            expected.load(reader);
        }
        Path input;
        try (Stream<Path> files = Files.list(folder)) {
            input = files.filter(f -> !f.getFileName().toString().equals("expected.properties")).findFirst().orElseThrow();
        }
        CityCoopException error = assertThrows(CityCoopException.class,
            () -> Loader.builder().store(store).build().load(List.of(input)));

        assertEquals(expected.getProperty("id"), error.id().code(), error.getMessage());
        assertTrue(error.getMessage().contains(expected.getProperty("contains")),
            () -> "message lacks '" + expected.getProperty("contains") + "': " + error.getMessage());
        Location location = location(error);
        long line = Long.parseLong(expected.getProperty("line"));
        if (line == 0) {
            assertNull(location, "records from RDF files have no line: " + error.getMessage());
        } else {
            assertEquals(input.toString(), location.file(), error.getMessage());
            assertEquals(line, location.line(), () -> "line of " + error.getMessage());
            if (expected.getProperty("column") != null) {
                assertEquals(Long.parseLong(expected.getProperty("column")), location.column(),
                    () -> "column of " + error.getMessage());
            }
        }
        assertTrue(TestProject.isomorphic(before, TestProject.snapshot(store, Set.of())),
            "the failed load changed the store");
    }

    private static Location location(CityCoopException error) {
        if (error instanceof InputException input) {
            return input.location();
        }
        if (error instanceof ShapeViolationException shapes) {
            return shapes.violations().get(0).location();
        }
        throw new AssertionError("an error without a place: " + error);
    }
}
