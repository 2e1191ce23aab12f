package org.citycoop.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.citycoop.TestProject;
import org.junit.jupiter.api.Test;

/**
 * What a load of a folder first reads of the stored sources (graph, path and stamp, in two passes) is what their
 * whole descriptions say.
 */
class StoredFilesTest {

    @Test
    void theFilesOfTheStoredSourcesAreThoseTheirDescriptionsName() {
        Store store = TestProject.dataStore();
        Comparator<StoredFile> byPath = Comparator.comparing(StoredFile::path);
        List<StoredFile> expected = store.read(() -> store.sources().stream().filter(s -> s.path() != null)
            .map(StoredFile::of).sorted(byPath).toList());
        List<StoredFile> files = store.read(() -> store.sourceFiles().stream().sorted(byPath).toList());
        assertTrue(expected.size() >= 6, "sources of data/: " + expected.size());
        assertTrue(expected.stream().allMatch(f -> Objects.nonNull(f.stamp())), "every file's stamp is recorded");
        assertEquals(expected, files);
    }
}
